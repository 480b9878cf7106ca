package dev.wstutor.lesson;

import dev.wstutor.view.Console;
import dev.wstutor.view.LineWrap;
import dev.wstutor.view.LineWriter;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/** The {@link DemoContext} of one demo directive in one lesson run. */
final class DemoRun implements DemoContext {
    /** Separates the learner's lines in a {@code script:} argument. */
    static final String SCRIPT_SEPARATOR = "\\s*\\|\\s*";

    private final Console learner;
    private final Style style;
    private final Map<String, String> args;
    private final LessonSession session;
    private final Deque<String> script = new ArrayDeque<>();
    /** Demo lines folded to the learner's width at spaces, as lesson text is, rather than by the terminal mid-word. */
    private final PrintWriter out;

    DemoRun(Console learner, Style style, Map<String, String> args, LessonSession session) {
        this.learner = learner;
        this.style = style;
        this.args = Map.copyOf(args);
        this.session = session;
        this.out = new PrintWriter(new LineWriter(this::printAbove), true);
        String lines = args.get("script");
        if (lines != null && !lines.isBlank()) {
            script.addAll(Arrays.asList(lines.strip().split(SCRIPT_SEPARATOR)));
        }
    }

    @Override
    public Style style() {
        return style;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public void printAbove(String line) {
        for (String folded : LineWrap.wrap(line, learner.width())) {
            learner.out().println(folded);
        }
    }

    @Override
    public boolean interactive() {
        return learner.interactive();
    }

    @Override
    public int width() {
        return learner.width();
    }

    @Override
    public Map<String, String> args() {
        return args;
    }

    @Override
    public Optional<String> readLine(String prompt) {
        if (learner.interactive()) {
            return learner.ask(prompt);
        }
        String next = script.poll();
        if (next != null) {
            printAbove(prompt + next);
        }
        return Optional.ofNullable(next);
    }

    @Override
    public <T extends AutoCloseable> T session(Class<T> type, SessionFactory<T> create) throws Exception {
        return session.get(type, create);
    }
}
