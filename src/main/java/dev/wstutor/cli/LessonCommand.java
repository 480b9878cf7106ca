package dev.wstutor.cli;

import dev.wstutor.lesson.CheckAsker;
import dev.wstutor.lesson.Course;
import dev.wstutor.lesson.Lesson;
import dev.wstutor.lesson.LessonProgress;
import dev.wstutor.lesson.LessonRunner;
import dev.wstutor.lesson.ProgressStore;
import dev.wstutor.progress.JsonStore;
import dev.wstutor.progress.StateDir;
import dev.wstutor.quiz.BankLoader;
import dev.wstutor.quiz.HistoryRecorder;
import dev.wstutor.quiz.QuestionBank;
import dev.wstutor.quiz.QuizHistory;
import dev.wstutor.view.Console;
import dev.wstutor.view.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "Take a lesson, one step at a time (Enter goes on, q stops and keeps your place); "
                + "with --plain, or when output is not a terminal, the whole lesson at once.")
public final class LessonCommand implements Callable<Integer> {
    static final int PLAIN_WIDTH = 80;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LESSON", completionCandidates = LessonCandidates.class,
            description = "Lesson id (e.g. handshake), file name or number; default: the one in progress, else the first not done.")
    String name;

    @Option(names = "--plain", description = "Print every step and the demos' output without pausing or colour, "
            + "for pipes and scripts. Leaves your progress as it is.")
    boolean plain;

    @Option(names = "--restart", description = "Start from step 1 instead of resuming where you stopped.")
    boolean restart;

    /** Replaced by tests; see {@link LessonSetup}. */
    LessonSetup setup = LessonSetup.system();

    private final Io io;

    LessonCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Course course = setup.course(err);
        ProgressStore progress = setup.progress(w -> err.println("wstutor: " + w));
        Lesson lesson = choose(course, progress);

        // Without a terminal nobody can press Enter: print the lesson whole, as --plain does.
        if (plain || !io.terminal()) {
            Console printing = Console.printing(out, PLAIN_WIDTH);
            LessonRunner runner = new LessonRunner(Style.PLAIN, printing, setup.demos().get(), setup.debug(),
                    checks(printing, Style.PLAIN, err));
            LessonRunner.Result result = runner.run(lesson, 1, null, LessonRunner.Listener.NONE);
            out.flush();
            return demosFailed(result, err);
        }
        return interactive(course, lesson, progress, err);
    }

    private int interactive(Course course, Lesson lesson, ProgressStore progress, PrintWriter err) throws IOException {
        int total = lesson.steps().size();
        int start = restart ? 1 : progress.resumeStep(lesson);
        String notice = start > 1
                ? "resuming at step " + start + " of " + total + "; --restart starts over"
                : progress.of(lesson.id()).filter(LessonProgress::done)
                        .map(p -> "you finished this lesson on " + day(p.doneAt()) + "; here it is again from the start")
                        .orElse(null);
        Thread walker = Thread.currentThread();
        try (Console learner = io.console(null);
             // Ctrl-C while a demo runs: the demo is cut short and the lesson stops at the next pause, keeping its place.
             Stops.Session stop = io.untilStopped(() -> {
                 learner.wake();
                 walker.interrupt();
             })) {
            // Warnings go above the prompt like everything else, not through JLine's drawing on stderr.
            ProgressListener listener = new ProgressListener(progress, total, learner.out());
            Style style = Style.detect(false);
            LessonRunner runner = new LessonRunner(style, learner, setup.demos().get(), setup.debug(),
                    checks(learner, style, err));
            LessonRunner.Result result = runner.run(lesson, start, notice, listener);
            Thread.interrupted(); // a stop request is answered; the flag must not leak to the caller
            if (result.finished()) {
                learner.out().println();
                learner.out().println("Lesson " + lesson.order() + " done. " + course.after(lesson)
                        .map(n -> "Next: wstutor lesson " + n.id())
                        .orElse("That was the last lesson; wstutor lessons shows them all."));
            }
            learner.out().flush();
            // Stopped with Ctrl-C: a demo cut short is the learner's doing, not a failure to report.
            return stop.requested() ? ExitCode.OK : demosFailed(result, err);
        }
    }

    /** The quiz's grader behind the inline checks; without a question bank, the lesson's own simple matcher. */
    private CheckAsker checks(Console console, Style style, PrintWriter err) {
        QuestionBank bank = new BankLoader().load(setup.lessonsDir());
        if (bank.questions().isEmpty()) {
            return null;
        }
        JsonStore<QuizHistory> store = new JsonStore<>(StateDir.from(setup.env(), setup.userHome()).resolve(QuizHistory.FILE),
                QuizHistory.class, QuizHistory::empty, w -> err.println("wstutor: " + w), setup.clock());
        return new QuizChecks(bank, console, style, new HistoryRecorder(store, setup.clock(), w -> console.show("wstutor: " + w)));
    }

    private static String day(String instant) {
        return instant == null || instant.length() < 10 ? "an earlier day" : instant.substring(0, 10);
    }

    private Lesson choose(Course course, ProgressStore progress) {
        if (name == null) {
            return progress.next(course).orElse(course.lessons().get(0));
        }
        return course.find(name).orElseThrow(() -> course.problemFor(name)
                .map(p -> new UserError("lesson " + name + " could not be loaded; fix " + LessonSetup.shown(p.file())
                        + " (the problem is shown above)"))
                .orElseGet(() -> UserError.usage("no lesson '" + name + "'; the lessons are: " + course.ids())));
    }

    private static int demosFailed(LessonRunner.Result result, PrintWriter err) {
        if (result.failedDemos() == 0) {
            return ExitCode.OK;
        }
        err.println("wstutor: " + result.failedDemos() + " demo(s) failed; their messages are shown in the lesson");
        err.flush();
        return ExitCode.FAILED;
    }

    /** Saves each step reached; a disk that refuses is said once, and the lesson goes on. */
    private static final class ProgressListener implements LessonRunner.Listener {
        private final ProgressStore progress;
        private final int total;
        private final PrintWriter warnings;
        private boolean warned;

        ProgressListener(ProgressStore progress, int total, PrintWriter warnings) {
            this.progress = progress;
            this.total = total;
            this.warnings = warnings;
        }

        @Override
        public void reached(Lesson lesson, int step) {
            try {
                progress.reached(lesson.id(), step, total);
            } catch (IOException e) {
                warn(e);
            }
        }

        @Override
        public void finished(Lesson lesson) {
            try {
                progress.finished(lesson.id(), total);
            } catch (IOException e) {
                warn(e);
            }
        }

        @Override
        public boolean saving() {
            return !warned;
        }

        private void warn(IOException e) {
            if (!warned) {
                warned = true;
                warnings.println("wstutor: progress not saved: " + dev.wstutor.progress.StateDir.whyNotSaved(e,
                        dev.wstutor.progress.StateDir.fromEnvironment().path()) + "; the lesson goes on");
                warnings.flush();
            }
        }
    }
}
