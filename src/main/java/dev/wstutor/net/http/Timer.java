package dev.wstutor.net.http;

/** A task the loop runs once at its time unless cancelled first. */
public final class Timer {
    final long due;
    final Runnable task;
    boolean cancelled;

    Timer(long due, Runnable task) {
        this.due = due;
        this.task = task;
    }

    /** Loop thread only. */
    public void cancel() {
        cancelled = true;
    }
}
