package dev.wstutor.net;

/** Receives tap events on network threads: implementations must return quickly and never block on a terminal. */
@FunctionalInterface
public interface WireListener {
    void on(WireEvent event);

    WireListener NONE = event -> { };

    default WireListener and(WireListener other) {
        return event -> {
            on(event);
            other.on(event);
        };
    }
}
