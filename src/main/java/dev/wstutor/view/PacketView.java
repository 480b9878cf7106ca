package dev.wstutor.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wstutor.event.WireEvent;
import dev.wstutor.socketio.EngineCodec;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.OpenHandshake;
import dev.wstutor.socketio.PacketExplainer;
import dev.wstutor.socketio.PacketFormatException;
import dev.wstutor.socketio.PacketPart;
import dev.wstutor.socketio.PacketType;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.wire.HttpMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Renders the layers Socket.IO adds above the wire, so a learner sees that {@code 42["chat message","hi"]}
 * is one frame carrying one Engine.IO MESSAGE carrying one Socket.IO EVENT. The carrier (a frame, or an
 * HTTP long-polling request or response) prints first; each Engine.IO packet follows indented under it, and
 * the Socket.IO packet under that:
 *
 * <pre>
 * +0.010s #1  client → server  text frame, 29 bytes on the wire, received by the server
 *   …
 *   └ Engine.IO 4 MESSAGE
 *     └ Socket.IO 2 EVENT / "chat message" ["hi"]
 * </pre>
 *
 * At SUMMARY the two layers share one line; at FULL the Engine.IO packet's raw text follows with every part
 * labelled by {@link PacketExplainer}. Every character a peer controls is escaped.
 */
public final class PacketView {
    static final int PREVIEW_CHARS = 80;
    private static final String ENGINE = "  └ ";
    private static final String SOCKET = "    └ ";
    private static final String LABEL = "      ";

    private final Style style;
    private final Detail detail;

    public PacketView(Style style, Detail detail) {
        this.style = style;
        this.detail = detail;
    }

    /** "POST /socket.io/?EIO=4&transport=polling&sid=… (body 11 bytes)", then the body and, at FULL, the headers. */
    public List<String> render(WireEvent.PollSeen e) {
        if (detail == Detail.NONE) {
            return List.of();
        }
        Caption c = Caption.live(e.connection(), e.since(), e.observer(), e.direction());
        HttpMessage head = e.head();
        String start = head.isResponse() ? head.status() + " " + head.reason() : head.startLine()
                .replaceFirst(" HTTP/1\\.[01]$", "");
        int bytes = e.body() == null ? 0 : e.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        List<String> lines = new ArrayList<>();
        lines.add(lead(c) + style.bold(Payloads.visible(start, PREVIEW_CHARS * 2))
                + style.dim("  (" + (bytes == 0 ? "no body" : "body " + bytes + " bytes") + ", HTTP long-polling)"));
        if (detail == Detail.FULL) {
            for (HttpMessage.Header h : head.headers()) {
                lines.add(field(Payloads.visible(h.name(), 40) + ":", Payloads.visible(h.value(), PREVIEW_CHARS)));
            }
        }
        if (detail.compareTo(Detail.NORMAL) >= 0 && bytes > 0) {
            lines.add(field("body", Payloads.quote(e.body(), detail == Detail.FULL ? 4 * PREVIEW_CHARS : PREVIEW_CHARS,
                    bytes)));
        }
        return lines;
    }

    /** "└ Engine.IO 4 MESSAGE" (at SUMMARY a MESSAGE leaves its line to the Socket.IO packet it carries). */
    public List<String> render(WireEvent.EnginePacketSeen e) {
        EnginePacket p = e.packet();
        if (detail == Detail.NONE || (detail == Detail.SUMMARY && p.type() == EngineType.MESSAGE)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(ENGINE + engine(p));
        if (detail == Detail.FULL) {
            if (p.isBinary()) {
                lines.add(label(Payloads.hex(p.binary(), 16), PacketExplainer.explainBinary(p.binary()).get(0).meaning()));
            } else {
                String text = EngineCodec.encode(p);
                lines.add(label("raw", Payloads.quote(text, 4 * PREVIEW_CHARS, p.dataLength() + 1)));
                for (PacketPart part : PacketExplainer.explain(text)) {
                    lines.add(label(Payloads.quote(part.text(), 30,
                                    part.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                            Payloads.visible(part.meaning(), 2 * PREVIEW_CHARS)));
                }
            }
        }
        return lines;
    }

    /** "└ Socket.IO 2 EVENT / "chat message" ["hi"]": type, namespace, ack id, event, arguments, attachments. */
    public List<String> render(WireEvent.SocketPacketSeen e) {
        return switch (detail) {
            case NONE -> List.of();
            case SUMMARY -> List.of(ENGINE + "Engine.IO " + EngineType.MESSAGE.code() + " " + EngineType.MESSAGE
                    + " › " + socket(e.packet()));
            case NORMAL, FULL -> List.of(SOCKET + socket(e.packet()));
        };
    }

    /** A caption line of its own for a packet whose carrier is not the line above it ("+0.801s #1  client → server  in a WebSocket frame:"). */
    String carrierLine(WireEvent e, dev.wstutor.event.Direction direction, String what) {
        return lead(Caption.live(e.connection(), e.since(), e.observer(), direction)) + what;
    }

    /** A packet that broke a rule of Engine.IO or Socket.IO: shown at every detail, like a rejected frame. */
    public List<String> render(WireEvent.PacketRejected e) {
        Caption c = Caption.live(e.connection(), e.since(), e.observer(), e.direction());
        List<String> lines = new ArrayList<>();
        lines.add(lead(c) + style.red("✗ packet rejected: " + Payloads.visible(e.reason(), 2 * PREVIEW_CHARS)));
        if (detail.compareTo(Detail.NORMAL) >= 0 && e.raw() != null) {
            lines.add(field("raw", Payloads.quote(e.raw(), PREVIEW_CHARS, e.raw().length())));
        }
        return lines;
    }

    /** "Engine.IO 0 OPEN sid "…", upgrades [websocket], …", "Engine.IO 2 PING "probe"". */
    String engine(EnginePacket p) {
        if (p.isBinary()) {
            return "Engine.IO " + style.bold(EngineType.MESSAGE.toString()) + ", binary: "
                    + Payloads.hex(p.binary(), 16);
        }
        String head = "Engine.IO " + p.type().code() + " " + style.bold(p.type().toString());
        if (p.text().isEmpty() || p.type() == EngineType.MESSAGE) {
            return head;
        }
        if (p.type() == EngineType.OPEN) {
            try {
                OpenHandshake h = OpenHandshake.parse(p.text());
                return head + " sid " + Payloads.quote(h.sid(), 40, h.sid().length()) + ", upgrades "
                        + Payloads.visible(h.upgrades().toString(), 40) + ", pingInterval " + h.pingInterval()
                        + " ms, pingTimeout " + h.pingTimeout() + " ms, maxPayload " + h.maxPayload() + " bytes";
            } catch (PacketFormatException e) {
                // Shown as plain data below; whoever reads it reports the rejection.
            }
        }
        return head + " " + Payloads.quote(p.text(), PREVIEW_CHARS, p.dataLength());
    }

    /** "Socket.IO 2 EVENT / ack 12 "chat message" ["hi"]  (1 attachment)". */
    public String socket(SocketPacket p) {
        StringBuilder sb = new StringBuilder("Socket.IO ").append(p.type().code()).append(' ')
                .append(typeColour(p.type())).append(' ').append(Payloads.visible(p.namespace(), 40));
        if (p.ackId() != null) {
            sb.append(" ack ").append(p.ackId());
        }
        switch (p.type().plain()) {
            case EVENT -> {
                if (p.data() != null && p.data().isArray() && !p.data().isEmpty()) {
                    sb.append(' ').append(Payloads.visible(json(p.data().get(0)), 40));
                }
                sb.append(' ').append(args(p.arguments()));
            }
            case ACK -> sb.append(' ').append(args(p.arguments()));
            default -> {
                if (p.data() != null) {
                    sb.append(' ').append(Payloads.visible(json(p.data()), PREVIEW_CHARS));
                }
            }
        }
        int n = p.attachmentCount();
        if (n > 0) {
            sb.append(style.dim("  (" + n + " binary attachment" + (n == 1 ? "" : "s") + ")"));
        }
        return sb.toString();
    }

    private String typeColour(PacketType t) {
        String name = t.toString();
        return switch (t) {
            case EVENT, BINARY_EVENT -> style.green(name);
            case ACK, BINARY_ACK -> style.cyan(name);
            case CONNECT_ERROR -> style.red(name);
            default -> style.yellow(name);
        };
    }

    private static String args(List<JsonNode> args) {
        StringBuilder sb = new StringBuilder("[");
        for (JsonNode a : args) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(json(a));
        }
        return Payloads.visible(sb.append(']').toString(), PREVIEW_CHARS);
    }

    /** Compact JSON, with a binary part shown as its size rather than as base64 a reader cannot check. */
    static String json(JsonNode node) {
        if (node.isBinary()) {
            try {
                return "<" + node.binaryValue().length + " bytes>";
            } catch (java.io.IOException e) {
                return "<bytes>";
            }
        }
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                sb.append(json(it.next())).append(it.hasNext() ? "," : "");
            }
            return sb.append(']').toString();
        }
        if (node.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(new TextNode(e.getKey())).append(':').append(json(e.getValue())).append(it.hasNext() ? "," : "");
            }
            return sb.append('}').toString();
        }
        return node.toString();
    }

    private String lead(Caption c) {
        return style.dim(c.lead()) + "  " + (c.sender() == null ? "" : c.arrow(style) + "  ");
    }

    private String field(String name, String value) {
        return "  " + style.dim(String.format("%-9s", name)) + " " + value;
    }

    private String label(String part, String meaning) {
        return LABEL + String.format("%-14s", part) + " " + style.dim(meaning);
    }
}
