package dev.wstutor.socketio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Socket.IO v5 packets of one connection, accepting and refusing what socket.io-parser 4.2 accepts
 * and refuses. It is the one stateful codec: a BINARY_EVENT or BINARY_ACK is complete only when its
 * attachments have arrived, each in its own binary Engine.IO MESSAGE. One per connection; not thread-safe.
 * After a {@link PacketFormatException} it forgets any packet it was assembling (the peer is closed anyway).
 */
public final class SocketDecoder {
    /** Event names with a meaning of their own in socket.io; a peer may not send them (socket.io-parser). */
    public static final Set<String> RESERVED_EVENTS = Set.of(
            "connect", "connect_error", "disconnect", "disconnecting", "newListener", "removeListener");

    private final int maxAttachments;
    private SocketText pending;
    private JsonNode pendingData;
    private final List<byte[]> received = new ArrayList<>();

    /** @param maxAttachments the most attachments one packet may announce (socket.io-parser's default is 10) */
    public SocketDecoder(int maxAttachments) {
        if (maxAttachments < 0) {
            throw new IllegalArgumentException("maxAttachments must be 0 or more: " + maxAttachments);
        }
        this.maxAttachments = maxAttachments;
    }

    /** Whether a binary packet is still waiting for attachments. */
    public boolean awaitingAttachments() {
        return pending != null;
    }

    /** One text Engine.IO MESSAGE's data; empty while it starts a binary packet still waiting for attachments. */
    public Optional<SocketPacket> text(String s) throws PacketFormatException {
        if (pending != null) {
            int missing = pending.attachments() - received.size();
            reset();
            throw new PacketFormatException("a text packet arrived while " + missing + " binary attachment"
                    + (missing == 1 ? " was" : "s were") + " still expected");
        }
        SocketText t = SocketText.split(s, maxAttachments);
        JsonNode data = null;
        if (!t.json().isEmpty()) {
            data = parseJson(t);
            checkShape(t.type(), data);
        }
        if (!t.type().isBinary()) {
            return Optional.of(new SocketPacket(t.type(), t.namespace(), t.ackId(), data));
        }
        checkPlaceholders(data, t.attachments());
        pending = t;
        pendingData = data;
        return Optional.empty();
    }

    /** One binary Engine.IO MESSAGE: the next attachment of the packet being assembled. */
    public Optional<SocketPacket> binary(byte[] b) throws PacketFormatException {
        if (pending == null) {
            throw new PacketFormatException("a binary attachment arrived but no BINARY_EVENT or BINARY_ACK"
                    + " announced one");
        }
        received.add(b.clone());
        if (received.size() < pending.attachments()) {
            return Optional.empty();
        }
        SocketText t = pending;
        JsonNode data = pendingData == null ? null : reconstruct(pendingData, received);
        reset();
        return Optional.of(new SocketPacket(t.type(), t.namespace(), t.ackId(), data));
    }

    private void reset() {
        pending = null;
        pendingData = null;
        received.clear();
    }

    static JsonNode parseJson(SocketText t) throws PacketFormatException {
        if (Character.isWhitespace(t.json().charAt(0))) {
            // socket.io-parser would read the blank as the ack id 0 (JavaScript coerces " " to 0); we refuse it.
            throw new PacketFormatException("the data of " + article(t.type()) + " must follow its header directly,"
                    + " without blanks");
        }
        try {
            return Json.parse(t.json());
        } catch (JsonProcessingException e) {
            throw new PacketFormatException("the data of " + article(t.type()) + " is not JSON: "
                    + Escapes.excerpt(t.json(), 40));
        }
    }

    /** "an EVENT", "a CONNECT": the type with its article, for reasons that read as sentences. */
    static String article(PacketType type) {
        return (type == PacketType.EVENT || type == PacketType.ACK ? "an " : "a ") + type;
    }

    /** socket.io-parser's isPayloadValid: which JSON each type may carry. */
    static void checkShape(PacketType type, JsonNode data) throws PacketFormatException {
        switch (type) {
            case CONNECT -> {
                if (!data.isObject()) {
                    throw new PacketFormatException("the data of a CONNECT must be a JSON object");
                }
            }
            case DISCONNECT -> throw new PacketFormatException("a DISCONNECT carries no data");
            case CONNECT_ERROR -> {
                if (!data.isObject() && !data.isTextual()) {
                    throw new PacketFormatException("the data of a CONNECT_ERROR must be a JSON object or string");
                }
            }
            case EVENT, BINARY_EVENT -> {
                if (!data.isArray() || data.isEmpty()) {
                    throw new PacketFormatException("the data of an " + type.plain()
                            + " must be a JSON array starting with the event name");
                }
                JsonNode name = data.get(0);
                if (!name.isTextual() && !name.isNumber()) {
                    throw new PacketFormatException("the event name (first element of the array) must be a string");
                }
                if (name.isTextual() && RESERVED_EVENTS.contains(name.asText())) {
                    throw new PacketFormatException("the event name \"" + name.asText()
                            + "\" is reserved by socket.io and may not be sent by a peer");
                }
            }
            case ACK, BINARY_ACK -> {
                if (!data.isArray()) {
                    throw new PacketFormatException("the data of an ACK must be a JSON array of arguments");
                }
            }
        }
    }

    /** Every placeholder must name an attachment that will arrive: {"_placeholder":true,"num":0..n-1}. */
    private static void checkPlaceholders(JsonNode node, int attachments) throws PacketFormatException {
        if (node == null) {
            return;
        }
        if (isPlaceholder(node)) {
            JsonNode num = node.get("num");
            if (num == null || !num.canConvertToExactIntegral() || num.asLong() < 0 || num.asLong() >= attachments) {
                throw new PacketFormatException("placeholder " + Escapes.excerpt(node.toString(), 40)
                        + " does not name one of the " + attachments + " attachment"
                        + (attachments == 1 ? "" : "s") + " announced");
            }
            return;
        }
        for (JsonNode child : node) {
            checkPlaceholders(child, attachments);
        }
    }

    private static boolean isPlaceholder(JsonNode node) {
        JsonNode flag = node.isObject() ? node.get("_placeholder") : null;
        return flag != null && flag.isBoolean() && flag.booleanValue();
    }

    private static JsonNode reconstruct(JsonNode node, List<byte[]> buffers) {
        return Json.map(node, n -> isPlaceholder(n) ? BinaryNode.valueOf(buffers.get(n.get("num").asInt())) : null);
    }
}
