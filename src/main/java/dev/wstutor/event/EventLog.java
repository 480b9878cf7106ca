package dev.wstutor.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Keeps every event it hears and lets a caller wait for one that matches: how demos and tests follow a connection. */
public final class EventLog implements WireListener {
    private final List<WireEvent> events = new ArrayList<>();

    @Override
    public synchronized void on(WireEvent event) {
        events.add(event);
        notifyAll();
    }

    public synchronized List<WireEvent> events() {
        return List.copyOf(events);
    }

    public synchronized int size() {
        return events.size();
    }

    /** Waits for the first event at or after {@code from} that matches, up to {@code timeout}. */
    public synchronized <T extends WireEvent> Optional<T> await(int from, Class<T> type, Predicate<T> match, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int i = from;
        while (true) {
            for (; i < events.size(); i++) {
                WireEvent e = events.get(i);
                if (type.isInstance(e) && match.test(type.cast(e))) {
                    return Optional.of(type.cast(e));
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public synchronized <T extends WireEvent> List<T> all(Class<T> type, Predicate<T> match) {
        return all(0, type, match);
    }

    /** Every matching event at or after index {@code from}. */
    public synchronized <T extends WireEvent> List<T> all(int from, Class<T> type, Predicate<T> match) {
        List<T> out = new ArrayList<>();
        for (WireEvent e : events.subList(Math.min(from, events.size()), events.size())) {
            if (type.isInstance(e) && match.test(type.cast(e))) {
                out.add(type.cast(e));
            }
        }
        return out;
    }
}
