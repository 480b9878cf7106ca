package dev.wstutor.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * One decoded frame: every header field as it was on the wire, the payload after unmasking, and the
 * raw bytes it was decoded from.
 *
 * @param opcode the 4-bit opcode as sent (may be reserved; see {@link #knownOpcode()})
 * @param lengthBits 7, 16 or 64: which length form the header used
 * @param maskingKey the 4-byte key, or an empty array when MASK is 0
 * @param payload the application data, unmasked
 * @param raw the frame's bytes exactly as on the wire
 */
public record Frame(boolean fin, boolean rsv1, boolean rsv2, boolean rsv3, int opcode, boolean masked,
                    byte[] maskingKey, long payloadLength, int lengthBits, byte[] payload, byte[] raw) {

    public Optional<Opcode> knownOpcode() {
        return Opcode.of(opcode);
    }

    public boolean isControl() {
        return WebSocketProtocol.isControl(opcode);
    }

    public boolean is(Opcode op) {
        return opcode == op.code();
    }

    public int headerLength() {
        return raw.length - payload.length;
    }

    /** The payload as sent: masked bytes when MASK is set. */
    public byte[] wirePayload() {
        return Arrays.copyOfRange(raw, headerLength(), raw.length);
    }

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** For close frames: the status code and reason, or empty for an empty close body. */
    public Optional<CloseBody> closeBody() {
        if (!is(Opcode.CLOSE) || payload.length < 2) {
            return Optional.empty();
        }
        int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        return Optional.of(new CloseBody(code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && Arrays.equals(raw, f.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "Frame[" + Opcode.describe(opcode) + ", fin=" + fin + ", masked=" + masked + ", length=" + payloadLength + "]";
    }
}
