package dev.wstutor.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.CloseBody;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.MessageAssembler;
import dev.wstutor.wire.Opcode;
import dev.wstutor.wire.ProtocolViolation;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;

/**
 * NDJSON: one JSON object per event, on one line, for jq and for tests of other programs. Field names are
 * snake_case and stable; payloads are given in full (a program may need every byte), hex in compact form.
 */
public final class EventJson implements EventFormat {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public List<String> lines(WireEvent event) {
        return List.of(write(object(event)));
    }

    public ObjectNode object(WireEvent event) {
        ObjectNode o = mapper.createObjectNode();
        if (event instanceof WireEvent.Dropped d) {
            o.put("type", "dropped");
            o.put("count", d.count());
            return o;
        }
        if (event instanceof WireEvent.HandshakeSeen h) {
            common(o, "handshake", event, h.direction());
            handshake(o, h.head());
        } else if (event instanceof WireEvent.FrameSeen f) {
            common(o, "frame", event, f.direction());
            frame(o, f.frame());
        } else if (event instanceof WireEvent.FrameRejected r) {
            common(o, "rejected", event, r.direction());
            violation(o, r.violation());
            if (r.raw() != null) {
                o.put("raw_hex", Hex.compact(r.raw()));
            }
        } else if (event instanceof WireEvent.Opened op) {
            common(o, "opened", event, null);
            o.put("local", address(op.local()));
            o.put("remote", address(op.remote()));
        } else if (event instanceof WireEvent.Closed c) {
            common(o, "closed", event, null);
            o.put("code", c.code());
            o.put("reason", c.reason());
            o.put("by_peer", c.byPeer());
        } else if (event instanceof WireEvent.Failed fl) {
            common(o, "failed", event, null);
            o.put("message", fl.message());
        }
        return o;
    }

    /** A frame found by {@code decode}: no connection or time, but its place in the bytes. */
    public String frame(Frame f, int index, long offset, Endpoint sender) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", "frame");
        o.put("index", index);
        o.put("offset", offset);
        if (sender != null) {
            o.put("from", lower(sender));
            o.put("to", lower(sender.peer()));
        }
        frame(o, f);
        return write(o);
    }

    /** A message joined from fragments by {@code decode}. */
    public String message(MessageAssembler.Message m) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", "message");
        o.put("opcode_name", m.type().label());
        o.put("frames", m.frames());
        o.put("length", m.data().length);
        if (m.type() == Opcode.TEXT) {
            o.put("payload_text", Payloads.utf8(m.data()));
        } else {
            o.put("payload_hex", Hex.compact(m.data()));
        }
        return write(o);
    }

    private void common(ObjectNode o, String type, WireEvent e, Direction direction) {
        o.put("type", type);
        o.put("connection", e.connection());
        o.put("observer", lower(e.observer()));
        if (direction != null) {
            o.put("direction", direction.name().toLowerCase(Locale.ROOT));
            o.put("from", lower(direction.sender(e.observer())));
            o.put("to", lower(direction.sender(e.observer()).peer()));
        }
        // Fractional milliseconds: frames of one burst often fall within the same millisecond.
        o.put("since_ms", e.since().toNanos() / 1000 / 1000.0);
    }

    private void frame(ObjectNode o, Frame f) {
        o.put("fin", f.fin());
        ArrayNode rsv = o.putArray("rsv");
        rsv.add(f.rsv1()).add(f.rsv2()).add(f.rsv3());
        o.put("opcode", f.opcode());
        o.put("opcode_name", f.knownOpcode().map(Opcode::label).orElse("reserved"));
        o.put("masked", f.masked());
        if (f.masked()) {
            o.put("masking_key", Hex.compact(f.maskingKey()));
        }
        o.put("length", f.payloadLength());
        o.put("length_bits", f.lengthBits());
        if (f.is(Opcode.CLOSE)) {
            f.closeBody().ifPresent((CloseBody b) -> {
                o.put("close_code", b.code());
                o.put("close_reason", b.reason());
            });
        } else if (Payloads.isText(f)) {
            o.put("payload_text", f.text());
        } else {
            o.put("payload_hex", Hex.compact(f.payload()));
        }
        o.put("raw_hex", Hex.compact(f.raw()));
    }

    private static void handshake(ObjectNode o, HttpMessage head) {
        o.put("kind", head.isResponse() ? "response" : "request");
        o.put("start_line", head.startLine());
        ArrayNode headers = o.putArray("headers");
        for (HttpMessage.Header h : head.headers()) {
            headers.addObject().put("name", h.name()).put("value", h.value());
        }
    }

    private static void violation(ObjectNode o, ProtocolViolation v) {
        o.put("rule", v.rule());
        o.put("section", v.section());
        o.put("offset", v.offset());
        o.put("close_code", v.closeCode());
    }

    private String write(ObjectNode o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lower(Endpoint e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String address(InetSocketAddress a) {
        return a == null ? null : a.getHostString() + ":" + a.getPort();
    }
}
