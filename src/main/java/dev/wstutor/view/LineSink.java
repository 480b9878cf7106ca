package dev.wstutor.view;

import java.io.PrintWriter;

/** Where the printer thread writes finished lines: a terminal, a pipe, or a line reader's printAbove. */
@FunctionalInterface
public interface LineSink {
    void line(String text);

    /** Flushes after every line: a learner watching a live connection must see each frame as it comes. */
    static LineSink of(PrintWriter out) {
        return text -> {
            out.println(text);
            out.flush();
        };
    }
}
