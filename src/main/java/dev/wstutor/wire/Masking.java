package dev.wstutor.wire;

/** The XOR masking of RFC 6455 5.3: octet i of the payload is XORed with octet i mod 4 of the key. */
public final class Masking {
    private Masking() {
    }

    /** Returns a masked (or, applied again, unmasked) copy of {@code data}. */
    public static byte[] apply(byte[] data, byte[] key) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ key[i & 3]);
        }
        return out;
    }
}
