package dev.wstutor.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Sec-WebSocket-Accept computation of RFC 6455 4.2.2 step 5.4, kept step by step so it can be shown:
 * the client's key, the key with the GUID appended, the SHA-1 of that, and its base64.
 */
public final class AcceptKey {
    /** The fixed GUID every WebSocket server appends (RFC 6455 1.3). */
    public static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private AcceptKey() {
    }

    /** Every intermediate value of the derivation. */
    public record Derivation(String key, String keyWithGuid, byte[] sha1, String accept) {
        public String sha1Hex() {
            return Hex.compact(sha1);
        }
    }

    public static Derivation derive(String key) {
        String joined = key + GUID;
        byte[] sha1 = sha1(joined.getBytes(StandardCharsets.US_ASCII));
        return new Derivation(key, joined, sha1, Base64.getEncoder().encodeToString(sha1));
    }

    public static String accept(String key) {
        return derive(key).accept();
    }

    /** A key must be base64 of exactly 16 bytes (4.1); returns why not, or null when it is. */
    public static String keyProblem(String key) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            return "is not base64";
        }
        return decoded.length == 16 ? null : "decodes to " + decoded.length + " bytes, not 16";
    }

    /** A key from 16 bytes the caller chose at random: the randomness stays outside this pure class. */
    public static String keyFrom(byte[] sixteenRandomBytes) {
        if (sixteenRandomBytes.length != 16) {
            throw new IllegalArgumentException("a key is made from 16 bytes");
        }
        return Base64.getEncoder().encodeToString(sixteenRandomBytes);
    }

    private static byte[] sha1(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-1", e);
        }
    }
}
