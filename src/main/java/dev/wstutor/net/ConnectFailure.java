package dev.wstutor.net;

import dev.wstutor.wire.RefusedHandshake;
import java.io.IOException;
import java.util.Optional;

/** A connection that could not be opened, with one line saying why. */
public final class ConnectFailure extends IOException {
    /** The server's own answer when it refused the handshake (a 401, 403, 404 ...), so a proxy can pass it on. */
    private final transient RefusedHandshake refusal;

    public ConnectFailure(String message) {
        this(message, null);
    }

    public ConnectFailure(String message, RefusedHandshake refusal) {
        super(message);
        this.refusal = refusal;
    }

    public Optional<RefusedHandshake> refusal() {
        return Optional.ofNullable(refusal);
    }
}
