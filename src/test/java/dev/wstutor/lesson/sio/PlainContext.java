package dev.wstutor.lesson.sio;

import dev.wstutor.lesson.DemoContext;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

/** A demo context for tests: plain text into a string, no learner, no arguments. */
final class PlainContext implements DemoContext {
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text, true);

    String output() {
        out.flush();
        return text.toString();
    }

    @Override
    public Style style() {
        return Style.PLAIN;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public void printAbove(String line) {
        out.println(line);
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public int width() {
        return 120;
    }

    @Override
    public Map<String, String> args() {
        return Map.of();
    }

    @Override
    public Optional<String> readLine(String prompt) {
        return Optional.empty();
    }

    @Override
    public <T extends AutoCloseable> T session(Class<T> type, SessionFactory<T> create) throws Exception {
        return create.create();
    }
}
