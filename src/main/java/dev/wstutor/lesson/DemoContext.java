package dev.wstutor.lesson;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import dev.wstutor.view.Style;

/**
 * What a running demo may use. The same demo code serves a learner at a terminal (interactive) and a pipe
 * or script ({@code --plain}), so a demo never asks which one it is talking to except to decide whether to
 * wait for a person.
 */
public interface DemoContext {

    /** How to decorate text: ANSI colour at a terminal, plain otherwise. All colour goes through it. */
    Style style();

    /**
     * Where the demo prints. Safe to call from any thread (network callbacks included): each line is
     * printed whole, and in interactive mode above the learner's half-typed input rather than through it.
     */
    PrintWriter out();

    /** Prints one line, safely from any thread, above a prompt that may be showing. Same as {@code out().println}. */
    void printAbove(String line);

    /** True when a person is at a terminal and may be waited for; false for {@code --plain}, pipes and scripts. */
    boolean interactive();

    /** Columns available for text (80 when the terminal does not say). */
    int width();

    /** The directive's {@code key: value} lines, e.g. {@code key: dGhlIHNhbXBsZSBub25jZQ==}. */
    Map<String, String> args();

    default String arg(String key, String fallback) {
        return args().getOrDefault(key, fallback);
    }

    /**
     * The next line the learner typed, or empty when there is no more input (Enter on an empty line is an
     * empty string, not empty). Interactive: reads at the terminal with {@code prompt}, while lines printed
     * by other threads appear above it. Plain: takes the next entry of the directive's {@code script:}
     * argument (entries separated by {@code |}), echoing prompt and entry so the transcript reads naturally;
     * empty once the script is used up.
     */
    Optional<String> readLine(String prompt);

    /**
     * An object shared by every demo of one lesson run, created on first use and closed (in reverse order of
     * creation) when the run ends, also when the learner quits midway. One live server and client connection
     * can so serve the request, response, frames and close steps of a lesson in turn. Keyed by type.
     */
    <T extends AutoCloseable> T session(Class<T> type, SessionFactory<T> create) throws Exception;

    /** Creates a session object; may fail like the network does. */
    @FunctionalInterface
    interface SessionFactory<T> {
        T create() throws Exception;
    }
}
