package dev.wstutor.view;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * The one seam between the engines (lessons, the quiz, the live commands) and whoever sits at the other end: a
 * person at a terminal (the cli implements it with JLine) or a pipe (plain stdin and stdout). Three things only:
 * ask for a line, show a line in the conversation, show a line from another thread above a prompt being typed at.
 * Engines never learn which terminal library, if any, is behind it.
 */
public interface Console extends LineSink, AutoCloseable {

    /** What asking for a line gave. */
    sealed interface Input permits Line, End, Interrupt, Woken {
    }

    record Line(String text) implements Input {
    }

    /** End of input: Ctrl-D at a terminal, the end of a pipe. */
    record End() implements Input {
    }

    /** Ctrl-C at the prompt. */
    record Interrupt() implements Input {
    }

    /** {@link #wake()} was called: something else (a connection closing, a stop request) ends the wait. */
    record Woken() implements Input {
    }

    /** Asks for a line at {@code prompt}. */
    Input read(String prompt);

    /** A typed line, or empty when there is none to come (end of input, Ctrl-C, Ctrl-D, woken). */
    default Optional<String> ask(String prompt) {
        return read(prompt) instanceof Line line ? Optional.of(line.text()) : Optional.empty();
    }

    /**
     * Shows one line; safe from any thread, and at a terminal printed above a prompt being typed at, keeping the
     * half-typed line intact (show-above). Lines are never split or interleaved with each other.
     */
    void show(String line);

    /** The same as {@link #show}, for {@link LineSink} users such as the event printer. */
    @Override
    default void line(String text) {
        show(text);
    }

    /** A writer over {@link #show}: whole lines only, so concurrent writers never mix within a line. */
    PrintWriter out();

    /** True when a person can be waited for; false for pipes, scripts and {@code --plain}. */
    boolean interactive();

    /** Columns to wrap text to (80 when the terminal does not say). */
    int width();

    /** Makes a pending (or the next) {@link #read} return {@link Woken}. */
    void wake();

    /** Gives back what the console borrowed (a terminal's history, its completer); the output stays usable. */
    @Override
    default void close() {
    }

    /** A console that prints to {@code out} and never has a line to give: for pipes, files and {@code --plain}. */
    static Console printing(PrintWriter out, int width) {
        return new PrintingConsole(out, width);
    }
}
