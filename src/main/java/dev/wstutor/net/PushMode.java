package dev.wstutor.net;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a timestamped tick to every client at a fixed period without being asked: the server push that
 * plain HTTP cannot do. Messages from clients are ignored. {@link #close} stops the ticking.
 */
public final class PushMode implements TapServer.Handler, AutoCloseable {
    private final Set<Peer> clients = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private final AtomicLong ticks = new AtomicLong();
    private final ScheduledExecutorService timer;

    public PushMode(Clock clock, Duration period) {
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wstutor-push");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, period.toMillis());
        timer.scheduleAtFixedRate(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** "tick 3 2026-11-25T18:30:01.000Z" */
    String tickText(long n, Instant at) {
        return "tick " + n + " " + at.truncatedTo(ChronoUnit.MILLIS);
    }

    private void tick() {
        if (clients.isEmpty()) {
            return;
        }
        String text = tickText(ticks.incrementAndGet(), clock.instant());
        for (Peer p : clients) {
            p.send(text);
        }
    }

    @Override
    public void opened(Peer peer) {
        clients.add(peer);
    }

    @Override
    public void closed(Peer peer, int code, String reason, boolean byPeer) {
        clients.remove(peer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
