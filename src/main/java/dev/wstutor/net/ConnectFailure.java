package dev.wstutor.net;

import dev.wstutor.wire.HttpMessage;
import java.io.IOException;
import java.util.Optional;

/** A connection that could not be opened, with one line saying why, and the server's answer when there was one. */
public final class ConnectFailure extends IOException {
    private final transient HttpMessage response;

    public ConnectFailure(String message) {
        this(message, null);
    }

    public ConnectFailure(String message, HttpMessage response) {
        super(message);
        this.response = response;
    }

    /** The handshake answer that refused the connection (a 3xx redirect, a 401, a 404...), if one came. */
    public Optional<HttpMessage> response() {
        return Optional.ofNullable(response);
    }
}
