package dev.wstutor.lesson;

import java.io.PrintWriter;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * A person at a terminal, through JLine. Every line printed goes through {@link LineReader#printAbove}, which
 * is safe from any thread and keeps a half-typed answer intact while frames arrive.
 */
public final class TerminalLearner implements Learner {
    private final LineReader reader;
    private final PrintWriter out;

    public TerminalLearner(LineReader reader) {
        this.reader = reader;
        this.out = new PrintWriter(new LineWriter(reader::printAbove), true);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public Optional<String> readLine(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (UserInterruptException | EndOfFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public int width() {
        int w = reader.getTerminal().getWidth();
        return w > 0 ? w : 80;
    }
}
