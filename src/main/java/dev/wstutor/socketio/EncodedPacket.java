package dev.wstutor.socketio;

import java.util.List;

/**
 * A Socket.IO packet ready for Engine.IO: the text (without the Engine.IO {@code 4}) and, for a
 * BINARY_EVENT or BINARY_ACK, the attachments that follow it, each as its own binary MESSAGE.
 */
public record EncodedPacket(String text, List<byte[]> attachments) {
    public EncodedPacket {
        attachments = List.copyOf(attachments);
    }

    /** Every Engine.IO MESSAGE this packet needs, in the order they go on the wire. */
    public List<EnginePacket> enginePackets() {
        List<EnginePacket> out = new java.util.ArrayList<>(1 + attachments.size());
        out.add(EnginePacket.of(EngineType.MESSAGE, text));
        attachments.forEach(a -> out.add(EnginePacket.binary(a)));
        return out;
    }
}
