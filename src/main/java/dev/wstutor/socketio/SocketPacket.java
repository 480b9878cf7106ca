package dev.wstutor.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Socket.IO v5 packet (socket.io-protocol, "Packet format"): its type, namespace ("/" unless another is
 * named), acknowledgement id (null when none) and JSON data (null when absent). Binary parts inside the data
 * are Jackson {@code BinaryNode}s. A decoded packet keeps the type it had on the wire, so a BINARY_EVENT stays
 * a BINARY_EVENT with its attachments put back in place; {@link PacketType#plain()} gives EVENT for it. Treat
 * {@code data} as read-only: the same packet may reach many listeners.
 */
public record SocketPacket(PacketType type, String namespace, Long ackId, JsonNode data) {
    public static final String MAIN_NAMESPACE = "/";

    public SocketPacket {
        Objects.requireNonNull(type, "type");
        namespace = namespace == null || namespace.isEmpty() ? MAIN_NAMESPACE : namespace;
        if (!namespace.startsWith("/") || namespace.indexOf(',') >= 0) {
            throw new IllegalArgumentException("a namespace starts with '/' and has no ',': " + namespace);
        }
        if (ackId != null && ackId < 0) {
            throw new IllegalArgumentException("an ack id is 0 or more: " + ackId);
        }
        if (data != null && data.isMissingNode()) {
            data = null;
        }
    }

    public static SocketPacket event(String nsp, Long ackId, String event, List<JsonNode> args) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(1 + args.size()).add(event);
        a.addAll(args);
        return new SocketPacket(PacketType.EVENT, nsp, ackId, a);
    }

    public static SocketPacket ack(String nsp, long id, List<JsonNode> args) {
        return new SocketPacket(PacketType.ACK, nsp, id, Json.MAPPER.createArrayNode().addAll(args));
    }

    /** A CONNECT; {@code auth} (the client's payload, or the server's {"sid":…} reply) may be null. */
    public static SocketPacket connect(String nsp, JsonNode auth) {
        return new SocketPacket(PacketType.CONNECT, nsp, null, auth);
    }

    /** A CONNECT_ERROR as socket.io 4 sends it: {"message":…}. */
    public static SocketPacket connectError(String nsp, String message) {
        ObjectNode o = Json.MAPPER.createObjectNode().put("message", message);
        return new SocketPacket(PacketType.CONNECT_ERROR, nsp, null, o);
    }

    public static SocketPacket disconnect(String nsp) {
        return new SocketPacket(PacketType.DISCONNECT, nsp, null, null);
    }

    /**
     * The event name of an EVENT or BINARY_EVENT: the first element of its data. The reference parser also
     * accepts a number there; it is given as its JSON text.
     */
    public Optional<String> eventName() {
        if (type.plain() != PacketType.EVENT || data == null || !data.isArray() || data.isEmpty()) {
            return Optional.empty();
        }
        JsonNode first = data.get(0);
        if (first.isTextual()) {
            return Optional.of(first.asText());
        }
        return first.isNumber() ? Optional.of(first.toString()) : Optional.empty();
    }

    /** The arguments: an event's data after its name, an acknowledgement's whole data; else none. */
    public List<JsonNode> arguments() {
        if (data == null || !data.isArray()) {
            return List.of();
        }
        int from = type.plain() == PacketType.EVENT ? 1 : type.plain() == PacketType.ACK ? 0 : data.size();
        List<JsonNode> args = new ArrayList<>(Math.max(0, data.size() - from));
        for (int i = from; i < data.size(); i++) {
            args.add(data.get(i));
        }
        return args;
    }

    /** How many binary parts the data holds: the attachments this packet travels with. */
    public int attachmentCount() {
        return countBinary(data);
    }

    private static int countBinary(JsonNode node) {
        if (node == null) {
            return 0;
        }
        if (node.isBinary()) {
            return 1;
        }
        int n = 0;
        for (JsonNode child : node) {
            n += countBinary(child);
        }
        return n;
    }
}
