package dev.wstutor.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.PacketType;
import dev.wstutor.socketio.SocketEncoder;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.wire.CloseBody;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.MessageAssembler;
import dev.wstutor.wire.Opcode;
import dev.wstutor.wire.ProtocolViolation;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NDJSON: one JSON object per event, on one line, for jq and for tests of other programs. Field names are
 * snake_case and stable; payloads are given in full (a program may need every byte), hex in compact form.
 */
public final class EventJson implements EventFormat {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Timeline timeline;

    public EventJson() {
        this(Timeline.perConnection());
    }

    /** With {@code wall}, each object also carries {@code "at"}, the ISO-8601 instant; with none, no time. */
    public EventJson(Timeline timeline) {
        this.timeline = timeline;
    }

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
        } else if (event instanceof WireEvent.PollSeen p) {
            common(o, "poll", event, p.direction());
            handshake(o, p.head());
            if (p.head().isResponse()) {
                o.put("status", p.head().status());
            } else {
                String[] parts = p.head().startLine().split(" ", 3);
                o.put("method", parts[0]);
                o.put("target", parts.length > 1 ? parts[1] : "");
            }
            o.put("body", p.body());
        } else if (event instanceof WireEvent.EnginePacketSeen p) {
            common(o, "engine_packet", event, p.direction());
            engine(o, p);
        } else if (event instanceof WireEvent.SocketPacketSeen p) {
            common(o, "socket_packet", event, p.direction());
            socket(o, p.packet());
        } else if (event instanceof WireEvent.PacketRejected r) {
            common(o, "packet_rejected", event, r.direction());
            o.put("reason", r.reason());
            o.put("raw", r.raw());
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
        if (timeline.mode() != Timeline.Mode.NONE) {
            o.put("since_ms", e.since().toNanos() / 1000 / 1000.0);
        }
        if (timeline.mode() == Timeline.Mode.WALL) {
            o.put("at", java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                    timeline.wall(e.since()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        }
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

    /** An Engine.IO packet: its transport, type (engine.io-protocol's lowercase name) and data. */
    private static void engine(ObjectNode o, WireEvent.EnginePacketSeen e) {
        EnginePacket p = e.packet();
        o.put("transport", e.transport().wireName());
        o.put("engine_type", p.type().name().toLowerCase(Locale.ROOT));
        o.put("engine_code", String.valueOf(p.type().code()));
        o.put("binary", p.isBinary());
        o.put("length", p.dataLength());
        if (p.isBinary()) {
            o.put("data_hex", Hex.compact(p.binary()));
        } else {
            o.put("data", p.text());
        }
    }

    /**
     * A Socket.IO packet with each layer as a field: the Engine.IO type that carried it, the Socket.IO type
     * (socket.io-protocol's uppercase name), namespace, ack id, event, arguments (binary parts as the
     * placeholders they travel as) and the attachments in hex.
     */
    private static void socket(ObjectNode o, SocketPacket p) {
        o.put("engine_type", EngineType.MESSAGE.name().toLowerCase(Locale.ROOT));
        o.put("socket_type", p.type().name());
        o.put("socket_code", p.type().code());
        o.put("namespace", p.namespace());
        if (p.ackId() == null) {
            o.putNull("ack_id");
        } else {
            o.put("ack_id", p.ackId());
        }
        p.eventName().ifPresent(name -> o.put("event", name));
        List<byte[]> attachments = new ArrayList<>();
        JsonNode data = p.data() == null ? null : SocketEncoder.deconstruct(p.data(), attachments);
        PacketType plain = p.type().plain();
        if (plain == PacketType.EVENT || plain == PacketType.ACK) {
            ArrayNode args = o.putArray("args");
            if (data != null && data.isArray()) {
                for (int i = plain == PacketType.EVENT ? 1 : 0; i < data.size(); i++) {
                    args.add(data.get(i));
                }
            }
        } else if (data != null) {
            o.set("data", data);
        }
        o.put("attachments", attachments.size());
        if (!attachments.isEmpty()) {
            ArrayNode hex = o.putArray("attachments_hex");
            attachments.forEach(a -> hex.add(Hex.compact(a)));
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
