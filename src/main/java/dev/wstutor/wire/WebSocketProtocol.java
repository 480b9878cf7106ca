package dev.wstutor.wire;

/**
 * The numbers of the RFC 6455 frame header (section 5.2), named once. Every class that reads or writes a header
 * uses these instead of bare bit masks and length markers, so a reader can find each rule by its name.
 */
public final class WebSocketProtocol {
    /** Byte 0: the final fragment of a message (5.2, 5.4). */
    public static final int B0_FLAG_FIN = 0x80;
    /** Byte 0: the three bits reserved for extensions; permessage-deflate (RFC 7692) gives RSV1 a meaning. */
    public static final int B0_FLAG_RSV1 = 0x40;
    public static final int B0_FLAG_RSV2 = 0x20;
    public static final int B0_FLAG_RSV3 = 0x10;
    /** Byte 0: the opcode in the low four bits. */
    public static final int B0_MASK_OPCODE = 0x0F;
    /** Where the RSV bits start in byte 0: {@code rsv << B0_SHIFT_RSV} puts a 3-bit value (RSV1 = 4) in place. */
    public static final int B0_SHIFT_RSV = 4;
    /** Byte 1: the payload is masked (5.3); client-to-server frames must set it, server frames must not (5.1). */
    public static final int B1_FLAG_MASK = 0x80;
    /** Byte 1: the 7-bit payload length or one of the two markers below. */
    public static final int B1_MASK_LENGTH = 0x7F;

    /** The largest length that fits in byte 1 itself (5.2). */
    public static final int PAYLOAD_SHORT_MAX = 125;
    /** Byte 1 says 126: a 16-bit length follows (5.2). */
    public static final int PAYLOAD_LONG_16 = 126;
    /** The largest length the 16-bit form holds; anything longer takes the 64-bit form. */
    public static final int PAYLOAD_LONG_16_MAX = 0xFFFF;
    /** Byte 1 says 127: a 64-bit length follows, its most significant bit 0 (5.2). */
    public static final int PAYLOAD_LONG_64 = 127;
    /** The most significant bit of the 64-bit length's first byte, which must be 0 (5.2). */
    public static final int LONG_64_FLAG_MSB = 0x80;

    /** Opcodes with this bit set are control frames: close, ping, pong (5.5). */
    public static final int OPCODE_FLAG_CONTROL = 0x08;
    /** A control frame carries at most 125 bytes of payload and is never fragmented (5.5). */
    public static final int MAX_CONTROL_PAYLOAD = PAYLOAD_SHORT_MAX;
    /** A close body starts with a 2-byte status code (5.5.1). */
    public static final int CLOSE_CODE_LENGTH = 2;
    /** So a close reason takes at most 123 bytes. */
    public static final int MAX_CLOSE_REASON = MAX_CONTROL_PAYLOAD - CLOSE_CODE_LENGTH;
    /** The masking key is four bytes (5.3). */
    public static final int MASK_KEY_LENGTH = 4;

    private WebSocketProtocol() {
    }

    /** Whether an opcode names a control frame (5.5). */
    public static boolean isControl(int opcode) {
        return (opcode & OPCODE_FLAG_CONTROL) != 0;
    }
}
