package dev.wstutor.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.wstutor.wire.WebSocketProtocol.*;

/**
 * Decodes RFC 6455 frames from bytes and names every rule a frame breaks. One public entry point per use:
 * {@link #decode} for one frame at an offset, {@link #decodeAll} for a run of frames. The private steps follow
 * the sections of the RFC: the first two header bytes (5.2), the extended length (5.2), the masking key (5.3),
 * then the rules on control frames (5.5) and on payload content (5.5.1, 8.1).
 */
public final class FrameDecoder {
    /** Whether frames must be masked: client-to-server frames must, server-to-client frames must not (5.1). */
    public enum MaskRule { ANY, REQUIRED, FORBIDDEN }

    /**
     * @param allowRsv true when an extension was negotiated that gives the RSV bits a meaning
     * @param maxPayload frames declaring more payload than this are refused with 1009
     */
    public record Options(MaskRule mask, boolean allowRsv, long maxPayload) {
        public static Options lenient() {
            return new Options(MaskRule.ANY, false, Integer.MAX_VALUE - 16);
        }

        public static Options fromClient(long maxPayload) {
            return new Options(MaskRule.REQUIRED, false, maxPayload);
        }

        public static Options fromServer(long maxPayload) {
            return new Options(MaskRule.FORBIDDEN, false, maxPayload);
        }
    }

    /** A decoded frame and the offset just after it. */
    public record Decoded(Frame frame, int next) {
    }

    private final Options options;

    public FrameDecoder(Options options) {
        this.options = options;
    }

    public FrameDecoder() {
        this(Options.lenient());
    }

    /** Decodes every frame in {@code data}, which must end exactly at a frame boundary. */
    public List<Frame> decodeAll(byte[] data) throws ProtocolViolation {
        List<Frame> frames = new ArrayList<>();
        int at = 0;
        while (at < data.length) {
            Decoded d = decode(data, at);
            frames.add(d.frame());
            at = d.next();
        }
        return frames;
    }

    /** Decodes the frame that starts at {@code offset}; offsets in violations count from the start of {@code data}. */
    public Decoded decode(byte[] data, int offset) throws ProtocolViolation {
        need(data, offset, 2, "frame header");
        int b0 = data[offset] & 0xFF;
        int b1 = data[offset + 1] & 0xFF;
        boolean fin = (b0 & B0_FLAG_FIN) != 0;
        int opcode = b0 & B0_MASK_OPCODE;
        boolean masked = (b1 & B1_FLAG_MASK) != 0;
        readFirstTwoBytes(b0, opcode, masked, offset);

        int at = offset + 2;
        int length7 = b1 & B1_MASK_LENGTH;
        long length;
        int lengthBits;
        if (length7 == PAYLOAD_LONG_16) {
            need(data, at, 2, "16-bit extended payload length");
            length = ((data[at] & 0xFFL) << 8) | (data[at + 1] & 0xFFL);
            lengthBits = 16;
            if (length < PAYLOAD_LONG_16) {
                throw violation("payload length " + length + " sent in the 16-bit form; the shortest form is required",
                        "5.2", at, CloseCode.PROTOCOL_ERROR);
            }
            at += 2;
        } else if (length7 == PAYLOAD_LONG_64) {
            need(data, at, 8, "64-bit extended payload length");
            if ((data[at] & LONG_64_FLAG_MSB) != 0) {
                throw violation("64-bit payload length has its most significant bit set", "5.2", at, CloseCode.PROTOCOL_ERROR);
            }
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | (data[at + i] & 0xFFL);
            }
            lengthBits = 64;
            if (length <= PAYLOAD_LONG_16_MAX) {
                throw violation("payload length " + length + " sent in the 64-bit form; the shortest form is required",
                        "5.2", at, CloseCode.PROTOCOL_ERROR);
            }
            at += 8;
        } else {
            length = length7;
            lengthBits = 7;
        }
        readControlFrameRules(opcode, fin, length, offset);
        if (length > options.maxPayload()) {
            throw violation("payload of " + length + " bytes exceeds the limit of " + options.maxPayload(),
                    "7.4.1", offset + 1, CloseCode.MESSAGE_TOO_BIG);
        }

        byte[] key = new byte[0];
        if (masked) {
            need(data, at, MASK_KEY_LENGTH, "masking key");
            key = Arrays.copyOfRange(data, at, at + MASK_KEY_LENGTH);
            at += MASK_KEY_LENGTH;
        }
        int payloadStart = at;
        if (data.length - payloadStart < length) {
            throw violation("frame truncated: header announces " + length + " payload bytes, only "
                    + (data.length - payloadStart) + " present", "5.2", data.length, CloseCode.PROTOCOL_ERROR);
        }
        int end = payloadStart + (int) length;
        byte[] wire = Arrays.copyOfRange(data, payloadStart, end);
        byte[] payload = masked ? Masking.apply(wire, key) : wire;
        readPayloadRules(opcode, fin, payload, payloadStart);

        Frame frame = new Frame(fin, (b0 & B0_FLAG_RSV1) != 0, (b0 & B0_FLAG_RSV2) != 0, (b0 & B0_FLAG_RSV3) != 0,
                opcode, masked, key, length, lengthBits, payload, Arrays.copyOfRange(data, offset, end));
        return new Decoded(frame, end);
    }

    private void readFirstTwoBytes(int b0, int opcode, boolean masked, int offset) throws ProtocolViolation {
        if (!options.allowRsv() && (b0 & (B0_FLAG_RSV1 | B0_FLAG_RSV2 | B0_FLAG_RSV3)) != 0) {
            String which = (b0 & B0_FLAG_RSV1) != 0 ? "RSV1" : (b0 & B0_FLAG_RSV2) != 0 ? "RSV2" : "RSV3";
            throw violation(which + " is set but no extension was negotiated", "5.2", offset, CloseCode.PROTOCOL_ERROR);
        }
        if (Opcode.of(opcode).isEmpty()) {
            throw violation("opcode " + Opcode.describe(opcode) + " is reserved", "5.2", offset, CloseCode.PROTOCOL_ERROR);
        }
        if (options.mask() == MaskRule.REQUIRED && !masked) {
            throw violation("a client-to-server frame must be masked", "5.1", offset + 1, CloseCode.PROTOCOL_ERROR);
        }
        if (options.mask() == MaskRule.FORBIDDEN && masked) {
            throw violation("a server-to-client frame must not be masked", "5.1", offset + 1, CloseCode.PROTOCOL_ERROR);
        }
    }

    private static void readControlFrameRules(int opcode, boolean fin, long length, int offset) throws ProtocolViolation {
        if (!isControl(opcode)) {
            return;
        }
        if (length > MAX_CONTROL_PAYLOAD) {
            throw violation("control frame longer than " + MAX_CONTROL_PAYLOAD + " bytes (" + length + ")", "5.5", offset + 1, CloseCode.PROTOCOL_ERROR);
        }
        if (!fin) {
            throw violation("control frame is fragmented (FIN is 0)", "5.5", offset, CloseCode.PROTOCOL_ERROR);
        }
    }

    private static void readPayloadRules(int opcode, boolean fin, byte[] payload, int payloadStart) throws ProtocolViolation {
        if (opcode == Opcode.CLOSE.code()) {
            if (payload.length == 1) {
                throw violation("close body of 1 byte: a status code takes " + CLOSE_CODE_LENGTH, "5.5.1", payloadStart, CloseCode.PROTOCOL_ERROR);
            }
            if (payload.length >= CLOSE_CODE_LENGTH) {
                int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
                if (!CloseCode.allowedOnWire(code)) {
                    throw violation("close code " + code + " (" + CloseCode.nameOf(code) + ") may not be sent in a close frame",
                            CloseCode.section(code), payloadStart, CloseCode.PROTOCOL_ERROR);
                }
                byte[] reason = Arrays.copyOfRange(payload, CLOSE_CODE_LENGTH, payload.length);
                int bad = Utf8.firstInvalid(reason);
                if (bad >= 0) {
                    throw violation("close reason is not valid UTF-8", "5.5.1", payloadStart + CLOSE_CODE_LENGTH + bad, CloseCode.INVALID_PAYLOAD);
                }
            }
        } else if (opcode == Opcode.TEXT.code()) {
            // A fragment may end inside a character; only a final frame must end on a character boundary.
            Utf8 utf8 = new Utf8();
            int bad = utf8.feed(payload, 0, payload.length);
            if (bad < 0 && fin && !utf8.complete()) {
                bad = payload.length;
            }
            if (bad >= 0) {
                throw violation("text payload is not valid UTF-8", "8.1", payloadStart + bad, CloseCode.INVALID_PAYLOAD);
            }
        }
    }

    private static void need(byte[] data, int at, int count, String what) throws ProtocolViolation {
        if (data.length - at < count) {
            throw violation("frame truncated: " + what + " needs " + count + " bytes, only " + Math.max(0, data.length - at)
                    + " present", "5.2", data.length, CloseCode.PROTOCOL_ERROR);
        }
    }

    private static ProtocolViolation violation(String rule, String section, long offset, CloseCode closeCode) {
        return new ProtocolViolation(rule, section, offset, closeCode);
    }

    /**
     * The total size of the frame starting at {@code offset}, or -1 when fewer bytes than its header are present.
     * Used to cut a byte stream into frames before decoding them.
     */
    public static long frameSize(byte[] data, int offset, int limit) {
        if (limit - offset < 2) {
            return -1;
        }
        int b1 = data[offset + 1] & 0xFF;
        int length7 = b1 & B1_MASK_LENGTH;
        int header = 2 + ((b1 & B1_FLAG_MASK) != 0 ? MASK_KEY_LENGTH : 0);
        long length;
        if (length7 == PAYLOAD_LONG_16) {
            if (limit - offset < 4) {
                return -1;
            }
            length = ((data[offset + 2] & 0xFFL) << 8) | (data[offset + 3] & 0xFFL);
            header += 2;
        } else if (length7 == PAYLOAD_LONG_64) {
            if (limit - offset < 10) {
                return -1;
            }
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | (data[offset + 2 + i] & 0xFFL);
            }
            header += 8;
        } else {
            length = length7;
        }
        return length < 0 ? Long.MAX_VALUE : header + length;
    }
}
