package dev.wstutor.view;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What each connection has waiting in a printer's queue, which all connections share: so that one busy peer can
 * be told to wait (its reads paused) while it holds more than its share, instead of filling the queue and making
 * every other connection wait behind it.
 */
final class Backlogs {
    private record Tally(int events, long bytes) {
    }

    private final ConcurrentHashMap<Integer, Tally> byConnection = new ConcurrentHashMap<>();
    private final int shareEvents;
    private final long shareBytes;

    Backlogs(int shareEvents, long shareBytes) {
        this.shareEvents = shareEvents;
        this.shareBytes = shareBytes;
    }

    void queued(int connection, long weight) {
        byConnection.merge(connection, new Tally(1, weight), (t, one) -> new Tally(t.events + 1, t.bytes + weight));
    }

    /** An event has left the queue; a connection with nothing left is forgotten, so the table never outgrows it. */
    void printed(int connection, long weight) {
        byConnection.computeIfPresent(connection,
                (c, t) -> t.events <= 1 ? null : new Tally(t.events - 1, t.bytes - weight));
    }

    boolean overShare(int connection) {
        Tally t = byConnection.get(connection);
        return t != null && (t.events > shareEvents || t.bytes > shareBytes);
    }
}
