package dev.wstutor.net;

import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.RefusedHandshake;
import java.io.IOException;
import java.util.Optional;

/** A connection that could not be opened, with one line saying why, and the server's answer when there was one. */
public final class ConnectFailure extends IOException {
    private final transient HttpMessage response;
    /** The server's own answer, body included, when it refused the handshake, so a proxy can pass it on. */
    private final transient RefusedHandshake refusal;

    public ConnectFailure(String message) {
        this(message, null, null);
    }

    public ConnectFailure(String message, HttpMessage response) {
        this(message, response, null);
    }

    public ConnectFailure(String message, HttpMessage response, RefusedHandshake refusal) {
        super(message);
        this.response = response != null || refusal == null ? response : refusal.head();
        this.refusal = refusal;
    }

    /** The handshake answer that refused the connection (a 3xx redirect, a 401, a 404...), if one came. */
    public Optional<HttpMessage> response() {
        return Optional.ofNullable(response);
    }

    /** The refusal as sent, with its body, when the server answered other than 101. */
    public Optional<RefusedHandshake> refusal() {
        return Optional.ofNullable(refusal);
    }
}
