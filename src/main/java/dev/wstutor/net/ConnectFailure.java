package dev.wstutor.net;

import java.io.IOException;

/** A connection that could not be opened, with one line saying why. */
public final class ConnectFailure extends IOException {
    public ConnectFailure(String message) {
        super(message);
    }
}
