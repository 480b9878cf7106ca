package dev.wstutor.lesson;

import java.io.PrintWriter;
import java.util.Optional;

/** A pipe, a file or a script: everything is printed, nothing is ever waited for. */
public final class PlainLearner implements Learner {
    private final PrintWriter out;
    private final int width;

    public PlainLearner(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public Optional<String> readLine(String prompt) {
        return Optional.empty();
    }

    @Override
    public int width() {
        return width;
    }
}
