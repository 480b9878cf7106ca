package dev.wstutor.view;

import java.io.PrintWriter;

/** Where the printer thread writes finished lines: a terminal, a pipe, or a line reader's printAbove. */
@FunctionalInterface
public interface LineSink {
    void line(String text);

    /** Flushes after every line (each escaped by {@link Printable#line}, the last guard before a terminal): a learner watching a live connection must see each frame as it comes. */
    static LineSink of(PrintWriter out) {
        return text -> {
            out.println(Printable.line(text));
            out.flush();
        };
    }
}
