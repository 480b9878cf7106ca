package dev.wstutor.net.http;

/**
 * What one TCP peer may make the server hold: the size of a request head and body, how long a request may take
 * to arrive whole (a slow or silent client), how long a kept-alive connection may sit idle, the largest WebSocket
 * frame, and how many chunks may wait for a peer that does not read. Hitting one closes only that connection.
 */
public record Limits(int maxHead, long maxBody, long requestTimeoutMs, long idleTimeoutMs, int maxFrame, int maxQueuedWrites) {
    public static Limits defaults(long maxBody) {
        return new Limits(16 * 1024, maxBody, 10_000, 30_000, (int) Math.min(Integer.MAX_VALUE - 64, Math.max(maxBody, 1024) + 64), 4096);
    }
}
