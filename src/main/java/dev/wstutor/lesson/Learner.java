package dev.wstutor.lesson;

import java.io.PrintWriter;
import java.util.Optional;

/** The person (or pipe) a lesson talks to: where lines go and where answers come from. */
public interface Learner {
    /** True when someone can be waited for at a terminal. */
    boolean interactive();

    /** Thread-safe, line by line; interactive implementations print above a showing prompt. */
    PrintWriter out();

    /** A line typed at {@code prompt}; empty at end of input, on Ctrl-D or Ctrl-C, and always when not interactive. */
    Optional<String> readLine(String prompt);

    /** Columns to wrap text to. */
    int width();
}
