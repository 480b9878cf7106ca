package dev.wstutor.net;

import java.util.function.IntSupplier;

/**
 * The number and start time of a session that spans several connections (an Engine.IO session: its polls,
 * then its WebSocket): a tap numbered by one counts its time from the session's start, not from its own first
 * byte, so every line of the session reads on one clock.
 */
record SessionNumbering(int connection, long startNanos) implements IntSupplier {
    @Override
    public int getAsInt() {
        return connection;
    }
}
