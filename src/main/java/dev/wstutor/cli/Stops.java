package dev.wstutor.cli;

import dev.wstutor.view.Console;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.utils.Signals;

/**
 * How a running command is asked to stop, so that it can return to whoever ran it (the shell's prompt, or
 * {@code main}) instead of the JVM ending under it. A long-running command says what stopping means to it
 * ({@link #during}); Ctrl-C while no prompt is showing, and SIGINT or SIGTERM without a terminal, {@link #fire} that.
 * With no command listening, {@link #fire} does what the signal would have done anyway: the shell interrupts the
 * command's thread; a process running one command exits with 130, as a shell expects after Ctrl-C.
 */
final class Stops {
    private volatile Runnable current;
    private volatile Runnable otherwise = () -> System.exit(130);
    private final AtomicBoolean signals = new AtomicBoolean();


    /**
     * For the shell: signals keep their JVM meaning (SIGTERM ends the process, shell and all); Ctrl-C reaches
     * {@link #fire} through the terminal instead, and {@code otherwise} runs when no command listens.
     */
    void forShell(Runnable otherwise) {
        this.otherwise = otherwise;
        signals.set(true);
    }

    /** Routes SIGINT and SIGTERM here rather than to the JVM's shutdown; done once, when a command first needs it. */
    void catchSignals(boolean interrupt) {
        if (signals.compareAndSet(false, true)) {
            if (interrupt) {
                Signals.register("INT", this::fire);
            }
            Signals.register("TERM", this::fire);
        }
    }

    /** While the returned handle is open, a stop request runs {@code action} (once) and releases {@link Session#await}. */
    Session during(Runnable action) {
        Session s = new Session(action);
        current = s::stop;
        return s;
    }

    void fire() {
        Runnable r = current;
        (r != null ? r : otherwise).run();
    }

    /** One command's time of listening for a stop request. */
    final class Session implements AutoCloseable {
        private final Runnable action;
        private final CountDownLatch stopped = new CountDownLatch(1);

        private Session(Runnable action) {
            this.action = action;
        }

        void stop() {
            if (stopped.getCount() > 0) {
                stopped.countDown();
                action.run();
            }
        }

        boolean requested() {
            return stopped.getCount() == 0;
        }

        /** Waits until a stop is requested (a pipe's input ended but the command runs on until told to stop). */
        void await() {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * The operator's next line, or null when the command should stop: Ctrl-C, Ctrl-D at a terminal, a stop
         * request. When a pipe's input ends (stdin from /dev/null, a script), the command runs on until a stop request.
         */
        Console.Line next(Console console, String prompt) {
            Console.Input in = console.read(prompt);
            if (in instanceof Console.End && !console.interactive()) {
                await();
                return null;
            }
            return in instanceof Console.Line line ? line : null;
        }

        @Override
        public void close() {
            current = null;
        }
    }
}
