package dev.wstutor.net.http;

/** Answers the requests of an {@link HttpLoop}; called on the loop's one thread, so it must never block. */
@FunctionalInterface
public interface HttpHandler {
    /** A whole request arrived: answer it now, later (a held long-poll), or upgrade it to a WebSocket. */
    void request(Exchange exchange);
}
