package dev.wstutor.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.utils.Signals;

/**
 * How a long-running command (serve, inspect) lives until it is told to stop: the operator's lines come from the
 * console; Ctrl-C, Ctrl-D, a signal or the JVM shutting down all end in the same stop action, run exactly once.
 */
final class UntilStopped {
    private final Console console;
    private final Runnable action;
    private final CountDownLatch signalled = new CountDownLatch(1);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread hook;

    UntilStopped(String name, Console console, Runnable action) {
        this.console = console;
        this.action = action;
        this.hook = new Thread(this::stopOnce, "wstutor-" + name + "-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!console.interactive()) {
            // Without a terminal nothing catches Ctrl-C for us: close the clients properly and exit 0 anyway.
            Runnable interrupted = () -> {
                signalled.countDown();
                console.wake();
            };
            Signals.register("INT", interrupted);
            Signals.register("TERM", interrupted);
        }
    }

    /**
     * The operator's next line, or null when the session is over. When a pipe's input ends (stdin from /dev/null,
     * a script), the command keeps running until a signal arrives.
     */
    Console.Line nextLine(String prompt) {
        Console.Input in = console.readLine(prompt);
        if (in instanceof Console.End && !console.interactive()) {
            try {
                signalled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
        return in instanceof Console.Line line ? line : null;
    }

    /** Runs the stop action (unless a signal already did) and drops the shutdown hook. */
    void stop() {
        stopOnce();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or ran; the action runs once either way
        }
    }

    private void stopOnce() {
        if (stopped.compareAndSet(false, true)) {
            action.run();
        }
    }
}
