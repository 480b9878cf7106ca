package dev.wstutor.socketio;

import java.util.Arrays;
import java.util.Objects;

/**
 * One Engine.IO packet. {@code text} is what follows the type digit ("" when nothing does); {@code binary}
 * is set only for a binary MESSAGE (a WebSocket binary frame, or {@code b}+base64 on polling), and then
 * {@code text} is "".
 */
public record EnginePacket(EngineType type, String text, byte[] binary) {

    public EnginePacket {
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        if (binary != null && type != EngineType.MESSAGE) {
            throw new IllegalArgumentException("only a MESSAGE carries binary data, not " + type);
        }
        if (binary != null && !text.isEmpty()) {
            throw new IllegalArgumentException("a binary MESSAGE has no text");
        }
    }

    public static EnginePacket of(EngineType type, String text) {
        return new EnginePacket(type, text, null);
    }

    public static EnginePacket binary(byte[] data) {
        return new EnginePacket(EngineType.MESSAGE, "", Objects.requireNonNull(data, "data").clone());
    }

    public boolean isBinary() {
        return binary != null;
    }

    /** The binary data (a copy), so a record handed to many listeners cannot be changed by one. */
    @Override
    public byte[] binary() {
        return binary == null ? null : binary.clone();
    }

    /** Bytes of data: the binary length, or the UTF-8 length of the text. */
    public int dataLength() {
        return binary != null ? binary.length : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnginePacket p && p.type == type && p.text.equals(text) && Arrays.equals(p.binary, binary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, text) * 31 + Arrays.hashCode(binary);
    }

    @Override
    public String toString() {
        return binary != null ? "EnginePacket[MESSAGE, " + binary.length + " bytes binary]"
                : "EnginePacket[" + type + ", " + Escapes.excerpt(text, 80) + "]";
    }
}
