package dev.wstutor.wire;

/** Bytes that do not form an HTTP handshake head at all. */
public final class HandshakeFormatException extends Exception {
    public HandshakeFormatException(String message) {
        super(message);
    }
}
