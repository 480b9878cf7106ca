package dev.wstutor.event;

/** Whether the observing endpoint received or sent what an event describes. */
public enum Direction {
    IN, OUT;

    /** The endpoint the bytes travelled from, given who observed them. */
    public Endpoint sender(Endpoint observer) {
        return this == OUT ? observer : observer.peer();
    }
}
