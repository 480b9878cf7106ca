package dev.wstutor.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels every part of an Engine.IO packet and of the Socket.IO packet inside it: for {@code 4212["x"]},
 * {@code 4} Engine.IO MESSAGE, {@code 2} Socket.IO EVENT, {@code 12} ack id, {@code ["x"]} event "x" with no
 * arguments. The parts concatenate back to the input. What breaks a rule is labelled with the reason and
 * ends the list. Meanings are protocol vocabulary; lessons carry the prose.
 */
public final class PacketExplainer {
    private PacketExplainer() {
    }

    /** One Engine.IO packet in text form: a WebSocket text frame or one polling record. */
    public static List<PacketPart> explain(String engineText) {
        List<PacketPart> parts = new ArrayList<>();
        if (engineText.isEmpty()) {
            parts.add(new PacketPart("", "malformed: empty Engine.IO packet"));
            return parts;
        }
        char first = engineText.charAt(0);
        String rest = engineText.substring(1);
        if (first == EngineCodec.BINARY_PREFIX) {
            parts.add(new PacketPart("b", "binary MESSAGE, base64 follows"));
            try {
                EnginePacket p = EngineCodec.decode(engineText);
                parts.add(new PacketPart(rest, plural(p.dataLength(), "byte") + " of binary data in base64"));
            } catch (PacketFormatException e) {
                parts.add(new PacketPart(rest, "malformed: " + e.getMessage()));
            }
            return parts;
        }
        EngineType type;
        try {
            type = EngineType.of(first);
        } catch (PacketFormatException e) {
            parts.add(new PacketPart(engineText, "malformed: " + e.getMessage()));
            return parts;
        }
        parts.add(new PacketPart(String.valueOf(first), "Engine.IO " + type));
        if (rest.isEmpty()) {
            return parts;
        }
        switch (type) {
            case MESSAGE -> parts.addAll(explainSocket(rest));
            case OPEN -> parts.add(new PacketPart(rest, handshake(rest)));
            case PING, PONG -> parts.add(new PacketPart(rest, "probe".equals(rest)
                    ? "probe: tests the WebSocket before the upgrade" : "data"));
            default -> parts.add(new PacketPart(rest, "data"));
        }
        return parts;
    }

    /** An HTTP long-polling body: each record explained, the U+001E separators labelled between them. */
    public static List<PacketPart> explainPayload(String body) {
        List<PacketPart> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = body.indexOf(EngineCodec.SEPARATOR, start);
            parts.addAll(explain(end < 0 ? body.substring(start) : body.substring(start, end)));
            if (end < 0) {
                return parts;
            }
            parts.add(new PacketPart(String.valueOf(EngineCodec.SEPARATOR), "record separator"));
            start = end + 1;
        }
    }

    /** A binary Engine.IO MESSAGE (a WebSocket binary frame): raw bytes, no type digit. */
    public static List<PacketPart> explainBinary(byte[] frame) {
        return List.of(new PacketPart("", "binary MESSAGE: " + plural(frame.length, "byte")
                + ", no type digit (a Socket.IO attachment when one is awaited)"));
    }

    /** One Socket.IO packet's text, without the Engine.IO {@code 4}. */
    public static List<PacketPart> explainSocket(String text) {
        List<PacketPart> parts = new ArrayList<>();
        SocketText t;
        try {
            t = SocketText.split(text, Integer.MAX_VALUE);
        } catch (PacketFormatException e) {
            // Label the type digit when it is fine, so the reason points at what follows it.
            try {
                PacketType type = PacketType.of(text.charAt(0));
                parts.add(new PacketPart(text.substring(0, 1), "Socket.IO " + type));
                parts.add(new PacketPart(text.substring(1), "malformed: " + e.getMessage()));
            } catch (PacketFormatException | IndexOutOfBoundsException notEven) {
                parts.add(new PacketPart(text, "malformed: " + e.getMessage()));
            }
            return parts;
        }
        parts.add(new PacketPart(text.substring(0, 1), "Socket.IO " + t.type()));
        if (!t.attachmentsText().isEmpty()) {
            parts.add(new PacketPart(t.attachmentsText(), plural(t.attachments(), "binary attachment")
                    + (t.attachments() == 1 ? " follows" : " follow")));
        }
        if (!t.namespaceText().isEmpty()) {
            parts.add(new PacketPart(t.namespaceText(), "namespace " + t.namespace()));
        }
        if (t.ackId() != null) {
            parts.add(new PacketPart(t.ackText(), "ack id " + t.ackId()));
        }
        if (!t.json().isEmpty()) {
            parts.add(new PacketPart(t.json(), data(t)));
        }
        return parts;
    }

    private static String data(SocketText t) {
        JsonNode data;
        try {
            data = SocketDecoder.parseJson(t);
            SocketDecoder.checkShape(t.type(), data);
        } catch (PacketFormatException e) {
            return "malformed: " + e.getMessage();
        }
        SocketPacket p = new SocketPacket(t.type(), t.namespace(), t.ackId(), data);
        return switch (t.type().plain()) {
            case EVENT -> {
                int n = p.arguments().size();
                String name = p.eventName().map(e -> data.get(0).isTextual() ? new TextNode(e).toString() : e)
                        .orElse("?");
                yield "event " + name + " with " + (n == 0 ? "no arguments" : plural(n, "argument"));
            }
            case ACK -> "acknowledgement with " + (data.isEmpty() ? "no arguments" : plural(data.size(), "argument"));
            case CONNECT -> data.has("sid") ? "connect reply: the socket's id" : "connect payload (auth)";
            case CONNECT_ERROR -> "connect refused: " + (data.isTextual() ? data.asText()
                    : data.path("message").asText(data.toString()));
            default -> "data";
        };
    }

    private static String handshake(String json) {
        try {
            OpenHandshake h = OpenHandshake.parse(json);
            return "handshake: sid " + h.sid() + ", upgrades " + h.upgrades() + ", pingInterval "
                    + h.pingInterval() + " ms, pingTimeout " + h.pingTimeout() + " ms, maxPayload "
                    + h.maxPayload() + " bytes";
        } catch (PacketFormatException e) {
            return "malformed: " + e.getMessage();
        }
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
