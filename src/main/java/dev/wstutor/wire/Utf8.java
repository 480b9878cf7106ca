package dev.wstutor.wire;

/**
 * A streaming UTF-8 validator (RFC 3629), so that a text message split over fragments can be checked as
 * it arrives (RFC 6455 8.1) and the offset of the first bad byte reported.
 */
public final class Utf8 {
    private int needed;
    private int seen;
    private int lower = 0x80;
    private int upper = 0xBF;

    /** Index of the first byte of {@code bytes} that cannot be part of valid UTF-8, or -1. */
    public static int firstInvalid(byte[] bytes) {
        Utf8 v = new Utf8();
        int bad = v.feed(bytes, 0, bytes.length);
        if (bad >= 0) {
            return bad;
        }
        return v.complete() ? -1 : bytes.length;
    }

    public static boolean isValid(byte[] bytes) {
        return firstInvalid(bytes) < 0;
    }

    /** Feeds bytes; returns the index (within the range) of the first invalid byte, or -1. */
    public int feed(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!accepts(bytes[i] & 0xFF)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Feeds the masked payload bytes {@code bytes[from..to)} of a frame (RFC 6455 5.3), unmasked on the fly with
     * the 4-byte key at {@code bytes[keyAt]}, {@code phase} being the position in the payload of {@code from}: a
     * reader can check a frame in place, as much of it as has arrived, without copying it.
     */
    public int feedMasked(byte[] bytes, int from, int to, int keyAt, long phase) {
        for (int i = from; i < to; i++) {
            int b = (bytes[i] ^ bytes[keyAt + (int) ((phase + i - from) & 3)]) & 0xFF;
            if (!accepts(b)) {
                return i;
            }
        }
        return -1;
    }

    private boolean accepts(int b) {
        if (needed == 0) {
            if (b <= 0x7F) {
                return true;
            } else if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (b == 0xE0) {
                    lower = 0xA0;
                } else if (b == 0xED) {
                    upper = 0x9F; // no UTF-16 surrogates
                }
                needed = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (b == 0xF0) {
                    lower = 0x90;
                } else if (b == 0xF4) {
                    upper = 0x8F; // nothing above U+10FFFF
                }
                needed = 3;
            } else {
                return false;
            }
            return true;
        }
        if (b < lower || b > upper) {
            return false;
        }
        lower = 0x80;
        upper = 0xBF;
        if (++seen == needed) {
            needed = 0;
            seen = 0;
        }
        return true;
    }

    /** True when no multi-byte sequence is left open. */
    public boolean complete() {
        return needed == 0;
    }
}
