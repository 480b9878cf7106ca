package dev.wstutor.quiz;

import dev.wstutor.view.Console;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One quiz session at the console: ask, read, grade, give feedback, and sum up at the end. Talks to the learner
 * only through the {@link Console} seam, so it runs the same at a terminal, in the shell and from a pipe.
 */
public final class QuizSession {
    /** The outcomes of the questions answered or skipped, and whether the learner stopped before the end. */
    public record Result(List<Outcome> outcomes, boolean stoppedEarly, int planned) {
    }

    private static final int WIDTH = 78;

    private final AnswerGrader grader;
    private final Presenter presenter;
    private final Console input;
    private final PrintWriter out;
    private final Style style;
    private final Consumer<Outcome> onOutcome;

    public QuizSession(AnswerGrader grader, Presenter presenter, Console input, PrintWriter out, Style style,
                Consumer<Outcome> onOutcome) {
        this.grader = grader;
        this.presenter = presenter;
        this.input = input;
        this.out = out;
        this.style = style;
        this.onOutcome = onOutcome;
    }

    /** Where the session writes. */
    public PrintWriter out() {
        return out;
    }

    public Result run(List<Question> questions) {
        List<Outcome> outcomes = new ArrayList<>();
        if (input.interactive()) {
            out.println(style.dim("Answer and press Enter.  ? hint (costs " + Math.round(AnswerGrader.HINT_COST * 100)
                    + "% of the points)   Enter alone: skip   q or Ctrl-D: stop"));
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Presented p;
            try {
                p = presenter.present(q);
            } catch (Exception e) {
                out.println(style.yellow("(skipping " + q.id() + ": the live capture failed: " + describe(e) + ")"));
                continue;
            }
            out.println();
            out.println(style.bold("Question " + (i + 1) + " of " + questions.size()) + style.dim("  [" + q.topic()
                    + ", " + q.type().yamlName() + ", " + points(q.points()) + " pt" + (q.points() == 1 ? "" : "s")
                    + ", " + q.id() + "]"));
            ask(p);
            Outcome o = answer(p);
            if (o == null) {
                out.println();
                out.println(style.dim("Stopped."));
                return finish(outcomes, true, questions.size());
            }
            outcomes.add(o);
            onOutcome.accept(o);
            feedback(o);
        }
        return finish(outcomes, false, questions.size());
    }

    /** What asking one question on its own gave: the outcome, or nothing when the learner stopped instead. */
    public sealed interface Single permits Answered, Stopped, Failed {
    }

    public record Answered(Outcome outcome) implements Single {
    }

    public record Stopped() implements Single {
    }

    /** The question could not be put (a live capture failed); already said on screen. */
    public record Failed() implements Single {
    }

    /**
     * Asks one question under {@code heading} (a lesson's inline check), with the same hints, grading, recording and
     * feedback as in a session, but no summary. Without a person to ask, shows the question and its answer.
     */
    public Single askOne(Question q, String heading) {
        Presented p;
        try {
            p = presenter.present(q);
        } catch (Exception e) {
            out.println(style.yellow("(skipping " + q.id() + ": the live capture failed: " + describe(e) + ")"));
            return new Failed();
        }
        out.println(style.bold(heading) + style.dim("  [" + q.type().yamlName() + ", " + q.id() + "]"));
        ask(p);
        if (!input.interactive()) {
            wrap(style.bold("Answer: ") + AnswerGrader.rightAnswer(p), "  ");
            wrap(style.dim("Why: ") + (p.live() != null ? p.live().explanation() : q.explanation()), "  ");
            out.flush();
            return new Failed();
        }
        out.println(style.dim("(? for a hint, Enter alone to skip)"));
        Outcome o = answer(p);
        if (o == null) {
            return new Stopped();
        }
        onOutcome.accept(o);
        feedback(o);
        return new Answered(o);
    }

    private Result finish(List<Outcome> outcomes, boolean stopped, int planned) {
        summary(outcomes, stopped, planned);
        out.flush();
        return new Result(List.copyOf(outcomes), stopped, planned);
    }

    private void ask(Presented p) {
        Question q = p.question();
        wrap(p.live() != null ? p.live().shown() : q.prompt(), "");
        if (q.key() instanceof AnswerKey.Order o) {
            for (int shown = 0; shown < p.order().length; shown++) {
                wrap(letter(shown) + ") " + o.steps().get(p.order()[shown]), "   ");
            }
            out.println(style.dim("(answer with the letters in order, e.g. \"" + letters(o.steps().size()) + "\")"));
        } else if (!p.options().isEmpty()) {
            for (int i = 0; i < p.options().size(); i++) {
                wrap(letter(i) + ") " + p.options().get(i), "   ");
            }
            if (q.key() instanceof AnswerKey.Multi) {
                out.println(style.dim("(choose all that apply, e.g. \"a c\")"));
            }
        } else if (q.key() instanceof AnswerKey.TrueFalse) {
            out.println(style.dim("(true or false)"));
        }
        out.flush();
    }

    /** Reads until there is an answer to grade; null when the learner stops. */
    private Outcome answer(Presented p) {
        boolean hinted = false;
        while (true) {
            String line = input.ask(style.cyan("> ")).orElse(null);
            if (line == null) {
                return null;
            }
            String a = clean(line).strip();
            String lower = a.toLowerCase(Locale.ROOT);
            if (lower.equals("q") || lower.equals("quit") || lower.equals("exit") || lower.equals(":q")) {
                return null;
            }
            if (a.equals("?")) {
                if (!hinted) {
                    out.println(style.yellow("Hint: ") + grader.hint(p) + style.dim("  (this question is now worth "
                            + Math.round((1 - AnswerGrader.HINT_COST) * 100) + "% of its points)"));
                } else {
                    out.println(style.yellow("Hint: ") + grader.hint(p));
                }
                hinted = true;
                out.flush();
                continue;
            }
            if (a.isEmpty()) {
                return grader.skipped(p);
            }
            Optional<String> unreadable = grader.unreadable(p, a);
            if (unreadable.isPresent() && input.interactive()) {
                out.println(style.yellow("Please " + unreadable.get() + "."));
                out.flush();
                continue;
            }
            return grader.grade(p, a, hinted);
        }
    }

    private void feedback(Outcome o) {
        String pts = points(o.score()) + "/" + points(o.max()) + " pts";
        if (o.skipped()) {
            out.println(style.yellow("Skipped.") + " " + style.dim("0/" + points(o.max()) + " pts"));
        } else if (o.answerFraction() >= 0.999) {
            out.println(style.green("Right.") + " " + pts + (o.hinted() ? style.dim(" (with a hint)") : ""));
        } else if (o.passed()) {
            out.println(style.green("Mostly right.") + " " + pts + (o.hinted() ? style.dim(" (with a hint)") : ""));
        } else if (o.score() > 0) {
            out.println(style.yellow("Partly right.") + " " + pts);
        } else {
            out.println(style.red("Not right.") + " " + pts);
        }
        boolean free = o.type().isFreeText();
        if (free && !o.skipped()) {
            if (!o.matched().isEmpty()) {
                wrap(style.green("Found: ") + String.join("; ", o.matched()), "  ");
            }
            if (!o.missed().isEmpty()) {
                wrap(style.yellow("Missing: ") + String.join("; ", o.missed()), "  ");
            }
        }
        for (String c : o.corrections()) {
            wrap(style.red("Correction: ") + c, "  ");
        }
        if (o.note() != null) {
            out.println(style.dim("  (" + o.note() + ")"));
        }
        if (free) {
            wrap(style.bold("Model answer: ") + o.answer(), "  ");
        } else if (o.answerFraction() < 0.999) {
            wrap(style.bold("Answer: ") + o.answer(), "  ");
        }
        wrap(style.dim("Why: ") + o.explanation(), "  ");
        if (!o.passed()) {
            out.println(style.dim("  Revisit: " + o.revisit()));
        }
        out.flush();
    }

    private void summary(List<Outcome> outcomes, boolean stopped, int planned) {
        QuizSummary s = QuizSummary.of(outcomes);
        out.println();
        if (outcomes.isEmpty()) {
            out.println(style.bold("No questions answered.") + (planned > 0 ? " Score: 0 points." : ""));
            return;
        }
        out.println(style.heading("Score: " + points(s.score()) + " / " + points(s.max()) + " points ("
                + s.percent() + "%)"));
        s.topics().forEach((topic, v) -> out.printf("  %-12s %6s / %-5s %5.1f%%%n", topic, points(v[0]), points(v[1]),
                v[1] <= 0 ? 0.0 : v[0] / v[1] * 100));
        List<String> notes = new ArrayList<>();
        if (s.skipped() > 0) {
            notes.add(s.skipped() + " skipped");
        }
        if (stopped) {
            notes.add("stopped after " + outcomes.size() + " of " + planned + " questions");
        }
        if (!notes.isEmpty()) {
            out.println(style.dim("  (" + String.join("; ", notes) + ")"));
        }
        List<String> again = outcomes.stream().filter(o -> !o.passed()).map(Outcome::id).toList();
        if (!again.isEmpty()) {
            wrap("To practise: " + String.join(", ", again) + style.dim("  (wstutor quiz --review asks them again)"), "");
        }
    }

    /** Word-wraps plain or styled text; escape codes are counted as zero width. */
    private void wrap(String text, String indent) {
        for (String para : text.split("\n", -1)) {
            if (para.startsWith("  ") || para.length() + indent.length() <= WIDTH) {
                out.println(indent + para); // indented text (hex dumps, headers) is kept as written
                continue;
            }
            StringBuilder line = new StringBuilder(indent);
            int visible = indent.length();
            for (String word : para.split(" ")) {
                int w = word.replaceAll("\u001b\\[[0-9;]*m", "").length();
                if (visible + w + 1 > WIDTH && visible > indent.length()) {
                    out.println(line);
                    line = new StringBuilder(indent + "  ");
                    visible = indent.length() + 2;
                }
                if (visible > indent.length() && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                    visible++;
                }
                line.append(word);
                visible += w;
            }
            out.println(line);
        }
    }

    /** Removes control characters (an ESC, a NUL, a pasted backspace) but keeps tabs as spaces. */
    public static String clean(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                b.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String describe(Throwable t) {
        String msg = t.getMessage();
        return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
    }

    public static String points(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }

    private static String letter(int i) {
        return String.valueOf((char) ('a' + i));
    }

    private static String letters(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(letter(i));
        }
        return String.join(" ", l);
    }
}
