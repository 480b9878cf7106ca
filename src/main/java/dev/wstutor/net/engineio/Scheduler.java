package dev.wstutor.net.engineio;

import dev.wstutor.net.http.Timer;

/** Runs a task later on the server's loop thread (heartbeats, upgrade and close timeouts). */
@FunctionalInterface
public interface Scheduler {
    Timer schedule(long delayMs, Runnable task);
}
