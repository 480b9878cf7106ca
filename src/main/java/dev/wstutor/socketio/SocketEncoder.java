package dev.wstutor.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Socket.IO v5 packets: {@code <type>[<attachments>-][<nsp>,][<ackId>][JSON]} (socket.io-protocol,
 * "Packet encoding"). Binary parts leave the JSON as {@code {"_placeholder":true,"num":N}}, numbered depth
 * first as socket.io-parser numbers them, and travel as attachments.
 */
public final class SocketEncoder {
    private SocketEncoder() {
    }

    /**
     * Encodes a packet. Whether it is binary follows from its data, as in socket.io-parser: an EVENT or
     * BINARY_EVENT with binary parts is sent as BINARY_EVENT, without them as EVENT (likewise ACK).
     */
    public static EncodedPacket encode(SocketPacket p) {
        List<byte[]> attachments = new ArrayList<>();
        JsonNode data = p.data() == null ? null : deconstruct(p.data(), attachments);
        PacketType type = p.type();
        if (type.plain() == PacketType.EVENT || type.plain() == PacketType.ACK) {
            type = attachments.isEmpty() ? type.plain()
                    : type.plain() == PacketType.EVENT ? PacketType.BINARY_EVENT : PacketType.BINARY_ACK;
        } else if (!attachments.isEmpty()) {
            throw new IllegalArgumentException("only an EVENT or ACK can carry binary data, not " + type);
        }
        StringBuilder sb = new StringBuilder().append(type.code());
        if (type.isBinary()) {
            sb.append(attachments.size()).append('-');
        }
        if (!SocketPacket.MAIN_NAMESPACE.equals(p.namespace())) {
            sb.append(p.namespace()).append(',');
        }
        if (p.ackId() != null) {
            sb.append(p.ackId());
        }
        if (data != null) {
            sb.append(Json.write(data));
        }
        return new EncodedPacket(sb.toString(), attachments);
    }

    /**
     * A copy of {@code node} with each binary part replaced by its placeholder, the bytes appended to
     * {@code attachments} in placeholder order: the data as it is written on the wire.
     */
    public static JsonNode deconstruct(JsonNode node, List<byte[]> attachments) {
        return Json.map(node, n -> {
            if (!n.isBinary()) {
                return null;
            }
            ObjectNode placeholder = JsonNodeFactory.instance.objectNode();
            placeholder.put("_placeholder", true);
            placeholder.put("num", attachments.size());
            attachments.add(binaryOf(n));
            return placeholder;
        });
    }

    private static byte[] binaryOf(JsonNode node) {
        try {
            byte[] bytes = node.binaryValue();
            return bytes == null ? new byte[0] : bytes.clone();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a BinaryNode always has its bytes", e);
        }
    }
}
