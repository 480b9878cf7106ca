package dev.wstutor.net;

import dev.wstutor.wire.HttpMessage;

/**
 * A client's opening handshake that the server has read and found acceptable, waiting for its
 * {@link TapServer.Handler} to decide: {@link #accept} lets the library answer 101 and open the connection,
 * {@link #answer} sends the client another answer instead and closes. Until then the client's bytes are held.
 * Either may be called from any thread, once.
 */
public final class PendingHandshake {
    private final GuardedSocket socket;
    private final HttpMessage request;
    private final int connection;

    PendingHandshake(GuardedSocket socket, HttpMessage request, int connection) {
        this.socket = socket;
        this.request = request;
        this.connection = connection;
    }

    /** The request head as the client sent it. */
    public HttpMessage request() {
        return request;
    }

    /** The number this connection's events carry. */
    public int connection() {
        return connection;
    }

    /**
     * Opens the connection, with {@code attachment} given to its {@link Peer}; false when the client went away
     * meanwhile (nothing was opened).
     */
    public boolean accept(Object attachment) {
        return socket.release(attachment);
    }

    /** Sends {@code response} (a whole HTTP answer) instead of 101, reports {@code why}, and closes. */
    public void answer(byte[] response, String statusLine, String why) {
        socket.answer(response, statusLine, why);
    }
}
