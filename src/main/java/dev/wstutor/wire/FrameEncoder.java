package dev.wstutor.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.wstutor.wire.WebSocketProtocol.*;

/** Builds frame bytes: header in the shortest length form (RFC 6455 5.2), payload masked when a key is given (5.3). */
public final class FrameEncoder {
    private FrameEncoder() {
    }

    /**
     * @param rsv the three RSV bits as a number 0-7 (RSV1 is 4)
     * @param maskingKey four bytes, or null for an unmasked frame
     */
    public static byte[] encode(boolean fin, int rsv, int opcode, byte[] payload, byte[] maskingKey) {
        if (maskingKey != null && maskingKey.length != MASK_KEY_LENGTH) {
            throw new IllegalArgumentException("a masking key is 4 bytes, got " + maskingKey.length);
        }
        int length = payload.length;
        int extended = length <= PAYLOAD_SHORT_MAX ? 0 : length <= PAYLOAD_LONG_16_MAX ? 2 : 8;
        int header = 2 + extended + (maskingKey != null ? MASK_KEY_LENGTH : 0);
        byte[] out = new byte[header + length];
        out[0] = (byte) ((fin ? B0_FLAG_FIN : 0) | ((rsv & 7) << B0_SHIFT_RSV) | (opcode & B0_MASK_OPCODE));
        int mask = maskingKey != null ? B1_FLAG_MASK : 0;
        int at = 2;
        if (extended == 0) {
            out[1] = (byte) (mask | length);
        } else if (extended == 2) {
            out[1] = (byte) (mask | PAYLOAD_LONG_16);
            out[at++] = (byte) (length >>> 8);
            out[at++] = (byte) length;
        } else {
            out[1] = (byte) (mask | PAYLOAD_LONG_64);
            long l = length;
            for (int i = 7; i >= 0; i--) {
                out[at++] = (byte) (l >>> (8 * i));
            }
        }
        byte[] body = payload;
        if (maskingKey != null) {
            System.arraycopy(maskingKey, 0, out, at, MASK_KEY_LENGTH);
            at += MASK_KEY_LENGTH;
            body = Masking.apply(payload, maskingKey);
        }
        System.arraycopy(body, 0, out, at, length);
        return out;
    }

    public static byte[] encode(Opcode opcode, byte[] payload, byte[] maskingKey) {
        return encode(true, 0, opcode.code(), payload, maskingKey);
    }

    public static byte[] text(String text, byte[] maskingKey) {
        return encode(Opcode.TEXT, text.getBytes(StandardCharsets.UTF_8), maskingKey);
    }

    public static byte[] close(int code, String reason, byte[] maskingKey) {
        return encode(Opcode.CLOSE, closePayload(code, reason), maskingKey);
    }

    /** A close body: the code in network byte order, then the reason in UTF-8 (5.5.1). */
    public static byte[] closePayload(int code, String reason) {
        byte[] r = reason.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[CLOSE_CODE_LENGTH + r.length];
        out[0] = (byte) (code >>> 8);
        out[1] = (byte) code;
        System.arraycopy(r, 0, out, CLOSE_CODE_LENGTH, r.length);
        return out;
    }

    /**
     * Splits one message into {@code parts} frames: the first carries the opcode, the rest are continuations,
     * only the last has FIN (5.4). {@code keys} supplies one masking key per frame, or is null.
     */
    public static List<byte[]> fragments(Opcode opcode, byte[] payload, int parts, List<byte[]> keys) {
        if (parts < 1) {
            throw new IllegalArgumentException("a message needs at least one frame");
        }
        int n = Math.min(parts, Math.max(1, payload.length));
        List<byte[]> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int from = (int) ((long) payload.length * i / n);
            int to = (int) ((long) payload.length * (i + 1) / n);
            int op = i == 0 ? opcode.code() : Opcode.CONTINUATION.code();
            frames.add(encode(i == n - 1, 0, op, Arrays.copyOfRange(payload, from, to), keys == null ? null : keys.get(i)));
        }
        return frames;
    }
}
