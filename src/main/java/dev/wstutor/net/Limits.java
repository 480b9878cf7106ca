package dev.wstutor.net;

import java.time.Duration;

/**
 * What one peer may make a server hold. Each limit, when hit, closes only that peer and is reported in one
 * line naming the limit and the peer. The defaults fit the launcher's 256 MB heap with thousands of ordinary
 * clients, and with 8 peers sending the largest allowed frame at once (each frame is held a few times over:
 * by the library, the tap, the echo and the view).
 *
 * @param handshakeTimeout time from TCP accept to a complete request head (slowloris, silent sockets)
 * @param maxHeader bytes of request head (request line and headers)
 * @param maxFrame payload bytes of one frame (close 1009 over it)
 * @param maxMessage payload bytes of one message, its fragments summed (close 1009 over it)
 * @param maxQueued bytes waiting to be written to one peer; a peer that does not read is closed with 1008
 * @param maxClients connections at once, open or still in their handshake (503 over it)
 */
public record Limits(Duration handshakeTimeout, int maxHeader, int maxFrame, int maxMessage, long maxQueued, int maxClients) {
    public static final int DEFAULT_MAX_FRAME = 1 << 20;
    public static final int DEFAULT_MAX_MESSAGE = 4 << 20;

    public Limits {
        if (handshakeTimeout.isNegative() || handshakeTimeout.isZero() || maxHeader < 256 || maxFrame < 1
                || maxMessage < 1 || maxQueued < 1 || maxClients < 1) {
            throw new IllegalArgumentException("every limit must be positive (and a request head at least 256 bytes)");
        }
    }

    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(10), 8 * 1024, DEFAULT_MAX_FRAME, DEFAULT_MAX_MESSAGE, 16L << 20, 5_000);
    }

    public Limits withMaxFrame(int bytes) {
        return new Limits(handshakeTimeout, maxHeader, bytes, Math.max(bytes, maxMessage), maxQueued, maxClients);
    }
}
