package dev.wstutor.cli;

import dev.wstutor.view.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The terminal seam, built once per process and handed to every command: one JLine {@link Terminal} and one
 * {@link LineReader} when stdin and stdout are a terminal, plain stdin and stdout otherwise. Commands ask it for a
 * {@link Console} and never read {@code System.in} or build a terminal themselves; the engines only ever see the
 * {@link Console}. The terminal is built on first use, so commands that need none (decode, accept) start fast.
 */
final class Io implements AutoCloseable {
    private final boolean terminal;
    private final InputStream stdin;
    private final PrintWriter stdout;
    private final Path home;
    private final Stops stops;
    private Terminal jline;
    private LineReaderImpl reader;
    private PlainConsole plain;

    private Io(boolean terminal, InputStream stdin, PrintWriter stdout, Path home, Stops stops) {
        this.terminal = terminal;
        this.stdin = stdin;
        this.stdout = stdout;
        this.home = home;
        this.stops = stops;
    }

    /** The process's own: a terminal when there is one ({@code System.console()}), else stdin and stdout. */
    static Io system(PrintWriter stdout, Path home) {
        return new Io(System.console() != null, System.in, stdout, home, new Stops());
    }

    /** No terminal: lines from {@code in}. For tests and for commands run from a pipe. */
    static Io plain(InputStream in, PrintWriter stdout, Path home) {
        return new Io(false, in, stdout, home, new Stops());
    }

    /** $WSTUTOR_HOME: where histories and the self-signed TLS certificate are kept (may be null in tests). */
    Path home() {
        return home;
    }

    /** The process's standard input as bytes, for commands that read data rather than lines ({@code decode -}). */
    InputStream stdin() {
        return stdin;
    }

    /** True when a person is at a terminal. */
    boolean terminal() {
        return terminal;
    }

    /** How a running command is told to stop (Ctrl-C outside a prompt, a signal); see {@link Stops}. */
    Stops stops() {
        return stops;
    }

    /**
     * Listens for a stop request until closed: {@code onStop} runs on Ctrl-C outside a prompt, and without a terminal
     * on SIGINT or SIGTERM; at a terminal SIGTERM too. The command then returns, as it would after /quit.
     */
    Stops.Session untilStopped(Runnable onStop) {
        stops.catchSignals(!terminal);
        return stops.during(onStop);
    }

    /**
     * A console for one command. At a terminal it reads through the one line reader with its own history
     * ({@code historyName} under WSTUTOR_HOME, or kept in memory when null) and no completion; closing it gives the
     * reader back its previous history and completer (the shell's). Without a terminal, lines come from stdin.
     */
    Console console(String historyName) {
        if (!terminal) {
            return plainConsole();
        }
        Path file = null;
        if (historyName != null && home != null) {
            try {
                Files.createDirectories(home);
                file = home.resolve(historyName);
            } catch (IOException | RuntimeException e) {
                // no history file then; the command works without it
            }
        }
        return new JLineConsole(reader(), file);
    }

    /** Lines from stdin, also at a terminal ({@code --plain}); one reader of stdin per process. */
    synchronized Console plainConsole() {
        if (plain == null) {
            plain = new PlainConsole(stdin, stdout);
        }
        return plain;
    }

    /** The process's one line reader, built with the terminal on first use. */
    synchronized LineReaderImpl reader() {
        if (reader == null) {
            try {
                // A signal handler other than SIG_DFL makes JLine route SIGINT to the terminal's handlers, so Ctrl-C
                // while a command runs (not at a prompt) reaches Stops instead of killing the JVM.
                jline = TerminalBuilder.builder().system(true).signalHandler(signal -> { }).build();
            } catch (IOException e) {
                throw new UserError("cannot open the terminal: " + e.getMessage());
            }
            jline.handle(Terminal.Signal.INT, signal -> stops.fire());
            // Only Ctrl-C is ours: Ctrl-Z and Ctrl-\ keep their usual meaning (suspend, quit with a thread dump).
            jline.handle(Terminal.Signal.TSTP, Terminal.SignalHandler.SIG_DFL);
            jline.handle(Terminal.Signal.QUIT, Terminal.SignalHandler.SIG_DFL);
            reader = (LineReaderImpl) LineReaderBuilder.builder().terminal(jline)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is data here, not history expansion
                    .build();
        }
        return reader;
    }

    @Override
    public void close() {
        if (jline != null) {
            try {
                jline.close();
            } catch (IOException e) {
                // closing is all we wanted
            }
        }
        if (plain != null) {
            plain.close();
        }
    }
}
