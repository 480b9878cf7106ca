package dev.wstutor.cli;

import dev.wstutor.view.LineSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where an operator types and where live lines appear: a JLine line reader in a terminal (lines arriving
 * while the user types are printed above the prompt, the half-typed line stays intact), or plain stdin and
 * stdout for pipes and scripts.
 */
interface Console extends AutoCloseable {

    /** What reading a line gave. */
    sealed interface Input permits Line, End, Interrupt, Woken {
    }

    record Line(String text) implements Input {
    }

    /** End of input: Ctrl-D in a terminal, the end of a pipe. */
    record End() implements Input {
    }

    /** Ctrl-C at the prompt. */
    record Interrupt() implements Input {
    }

    /** {@link #wake()} was called: something else (the connection closing) ends the session. */
    record Woken() implements Input {
    }

    Input readLine(String prompt);

    /** Where the event printer writes; safe from any thread. */
    LineSink sink();

    /** Makes a pending (or the next) {@link #readLine} return {@link Woken}. */
    void wake();

    boolean interactive();

    @Override
    void close();

    /** JLine when stdin and stdout are a terminal, plain lines otherwise. */
    static Console open(Path history, PrintWriter out) {
        if (System.console() != null) {
            try {
                return JLineConsole.open(history);
            } catch (IOException | RuntimeException e) {
                // no usable terminal after all: fall back to plain lines
            }
        }
        return new PlainConsole(System.in, out);
    }
}
