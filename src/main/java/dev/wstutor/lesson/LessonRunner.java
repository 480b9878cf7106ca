package dev.wstutor.lesson;

import dev.wstutor.view.Console;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Walks a learner through a lesson: one step at a time with a pause after each at a terminal, or every step
 * straight through for a pipe. Runs the demos in place; they share one {@link LessonSession} that is closed
 * when the walk ends, finished or not.
 */
public final class LessonRunner {

    /** Told which step the learner has reached and whether they finished, so progress can be kept. */
    public interface Listener {
        void reached(Lesson lesson, int step);

        /** False once the place reached could not be saved: then the lesson must not promise to resume there. */
        default boolean saving() {
            return true;
        }

        void finished(Lesson lesson);

        Listener NONE = new Listener() {
            @Override
            public void reached(Lesson lesson, int step) {
            }

            @Override
            public void finished(Lesson lesson) {
            }
        };
    }

    /** How a walk ended: {@code lastStep} is 1-based; {@code failedDemos} counts demos that threw. */
    public record Result(boolean finished, int lastStep, int failedDemos) {
    }

    private final Style style;
    private final Console learner;
    private final DemoRegistry demos;
    private final PrintWriter out;
    private final boolean traces;
    private final CheckAsker checks;

    public LessonRunner(Style style, Console learner, DemoRegistry demos) {
        this(style, learner, demos, false);
    }

    /** @param traces print a failing demo's stack trace under its one-line message (WSTUTOR_DEBUG) */
    public LessonRunner(Style style, Console learner, DemoRegistry demos, boolean traces) {
        this(style, learner, demos, traces, null);
    }

    /** @param checks asks the inline checks (the quiz's grader, wired by the cli); null for the built-in matcher */
    public LessonRunner(Style style, Console learner, DemoRegistry demos, boolean traces, CheckAsker checks) {
        this.checks = checks;
        this.style = style;
        this.learner = learner;
        this.demos = demos;
        this.traces = traces;
        this.out = learner.out();
    }

    /**
     * @param firstStep 1-based step to start at; the intro is shown only from step 1
     * @param notice a line to show under the title (e.g. that the run resumes), or null
     */
    public Result run(Lesson lesson, int firstStep, String notice, Listener listener) {
        int total = lesson.steps().size();
        int start = Math.max(1, Math.min(firstStep, total));
        out.println(style.heading("Lesson " + lesson.order() + ": " + lesson.title()));
        out.println(style.dim(lesson.id() + ", " + total + " steps, covers " + String.join(", ", lesson.meta().covers())));
        if (notice != null) {
            out.println(style.yellow(notice));
        }
        Walk walk = new Walk(lesson, new LessonSession(w -> out.println(style.dim("note: " + w))));
        try (walk.session) {
            if (start == 1 && !lesson.intro().isEmpty()) {
                out.println();
                parts(lesson.intro(), walk);
            }
            for (int n = start; n <= total; n++) {
                Step step = lesson.steps().get(n - 1);
                listener.reached(lesson, n);
                out.println();
                out.println(style.bold(style.blue("Step " + n + "/" + total + ": " + step.title())));
                out.println();
                parts(step.parts(), walk);
                if (learner.interactive() && (walk.interrupted || !carryOn(n == total))) {
                    out.println(style.dim("Stopped at step " + n + " of " + total + (listener.saving()
                            ? "; run the lesson again to resume."
                            : "; your place could not be saved (see above), so running the lesson again will not resume here.")));
                    return new Result(false, n, walk.failed);
                }
            }
        }
        listener.finished(lesson);
        return new Result(true, total, walk.failed);
    }

    /** The state of one walk through a lesson. */
    private static final class Walk {
        final LessonSession session;
        int failed;
        /** The learner pressed Ctrl-C or Ctrl-D at a question: they want out, not the answer. */
        boolean interrupted;

        final Lesson lesson;

        Walk(Lesson lesson, LessonSession session) {
            this.lesson = lesson;
            this.session = session;
        }
    }

    private boolean carryOn(boolean last) {
        out.println();
        String hint = last ? "Enter finishes the lesson, q quits" : "Enter: next step, q: quit";
        Optional<String> reply = learner.ask(style.dim("[" + hint + "] "));
        if (reply.isEmpty()) {
            return false;
        }
        String r = reply.get().strip().toLowerCase(Locale.ROOT);
        return !(r.equals("q") || r.equals("quit") || r.equals("exit"));
    }

    private void parts(List<Part> parts, Walk walk) {
        boolean first = true;
        for (Part part : parts) {
            if (walk.interrupted) {
                return;
            }
            if (!first) {
                out.println();
            }
            first = false;
            if (part instanceof Part.Prose prose) {
                renderer().render(prose.document()).forEach(out::println);
            } else if (part instanceof Part.DemoCall call) {
                walk.failed += demo(call, walk.session);
            } else if (part instanceof Part.Check check) {
                walk.interrupted = checks != null ? !checks.ask(walk.lesson, check) : !check(check);
            }
        }
    }

    private int demo(Part.DemoCall call, LessonSession session) {
        out.println(style.magenta((style == Style.PLAIN ? "[demo " + call.name() + "]" : "▶ demo " + call.name())));
        Optional<Demo> demo = demos.find(call.name());
        if (demo.isEmpty()) {
            out.println(style.yellow("demo " + call.name() + " is not available in this build"));
            return 0;
        }
        try {
            demo.get().run(new DemoRun(learner, style, call.args(), session));
            return 0;
        } catch (Exception e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            out.println(style.red("demo " + call.name() + " failed: " + why));
            if (traces) {
                e.printStackTrace(out);
            }
            return 1;
        }
    }

    /** Asked afresh each time: a learner may resize the terminal between steps. */
    private MarkdownRenderer renderer() {
        return new MarkdownRenderer(style, learner.width());
    }

    /** Asks (at a terminal) or just shows a check; false when the learner interrupted instead of answering. */
    private boolean check(Part.Check check) {
        if (check.quiz() != null) {
            out.println(style.bold("Check: ") + "quiz question " + check.quiz() + style.dim(" (wstutor quiz --only " + check.quiz() + ")"));
            return true;
        }
        renderer().renderText(check.question(), style.bold("Check: "), "       ").forEach(out::println);
        String indent = "  ";
        if (learner.interactive()) {
            Optional<String> reply = learner.ask(style.dim("your answer (Enter to see it) > "));
            if (reply.isEmpty()) {
                return false;
            }
            if (!reply.get().isBlank()) {
                out.println(check.accepts(reply.get())
                        ? indent + style.green("Right.")
                        : indent + style.yellow("Not quite."));
            }
        }
        out.println(indent + style.bold("Answer: ") + check.answers().get(0));
        if (!check.explanation().isBlank()) {
            renderer().renderText(check.explanation(), indent, indent).forEach(out::println);
        }
        return true;
    }
}
