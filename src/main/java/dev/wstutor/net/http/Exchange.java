package dev.wstutor.net.http;

import dev.wstutor.event.WireListener;
import dev.wstutor.net.DrivenWebSocket;
import java.net.InetSocketAddress;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * One request and the answer it is owed. A handler may answer at once or keep the exchange and answer later (a
 * long-poll held until there is something to say); if the peer goes away first, {@link #onAbort} runs instead.
 * Loop thread only.
 */
public final class Exchange {
    private final HttpConnection connection;
    private final HttpRequest request;
    private boolean answered;
    private Runnable onAbort = () -> { };

    Exchange(HttpConnection connection, HttpRequest request) {
        this.connection = connection;
        this.request = request;
    }

    public HttpRequest request() {
        return request;
    }

    public InetSocketAddress remote() {
        return connection.remote();
    }

    /** Whether the answer is still owed and the peer is still there to read it. */
    public boolean pending() {
        return !answered && connection.isOpen();
    }

    public void respond(HttpResponse response) {
        respond(response, false);
    }

    /** Answers and closes the connection after the answer is written. */
    public void respond(HttpResponse response, boolean close) {
        if (answered) {
            return;
        }
        answered = true;
        connection.respond(this, response, close || request.bodyTooLarge());
    }

    /** Closes the connection without an answer, as a server does with a peer it will not talk to. */
    public void hangUp() {
        if (!answered) {
            answered = true;
            connection.close();
        }
    }

    /** What to do if the peer leaves before the answer (a long-poll's client went away). */
    public void onAbort(Runnable action) {
        this.onAbort = action;
    }

    /**
     * Hands the connection to Java-WebSocket's protocol engine, which answers the handshake itself (101, or 404 for
     * a request it refuses). {@code numbering} gives the connection its number in the events.
     */
    public DrivenWebSocket upgrade(DrivenWebSocket.Handler handler, WireListener listener, IntSupplier numbering,
                                   LongSupplier nanoClock) {
        answered = true;
        return connection.upgrade(handler, listener, numbering, nanoClock);
    }

    /** Runs {@code action} on the loop after {@code delayMs}. */
    public Timer later(long delayMs, Runnable action) {
        return connection.loop().schedule(delayMs, action);
    }

    void aborted() {
        if (!answered) {
            answered = true;
            onAbort.run();
        }
    }
}
