package dev.wstutor.cli;

import dev.wstutor.lesson.Course;
import dev.wstutor.lesson.Lesson;
import dev.wstutor.lesson.ProgressStore;
import dev.wstutor.progress.StateDir;
import dev.wstutor.quiz.QuizHistory;
import dev.wstutor.view.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Start over: forget one lesson's progress, the quiz history, or all of it.",
                "Asks first (--yes for scripts); the old file is kept as a backup beside it."})
final class ResetCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LESSON|quiz|all", completionCandidates = ResetTargets.class,
            description = "A lesson id, quiz (the quiz history, inline checks included) or all.")
    String what;

    @Option(names = {"-y", "--yes"}, description = "Do not ask; for scripts.")
    boolean yes;

    /** Replaced by tests; see {@link LessonSetup}. */
    LessonSetup setup = LessonSetup.system();

    private final Io io;

    ResetCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressStore lessons = setup.progress(w -> err.println("wstutor: " + w));
        Path quiz = StateDir.from(setup.env(), setup.userHome()).resolve(QuizHistory.FILE);
        String target = what.toLowerCase(Locale.ROOT);
        String description;
        Lesson lesson = null;
        if (target.equals("all")) {
            description = "all lesson progress and the quiz history";
        } else if (target.equals("quiz")) {
            description = "the quiz history (every answer, inline checks included)";
        } else {
            Course course = setup.course(new PrintWriter(new StringWriter()));
            lesson = course.find(what).orElseThrow(() -> UserError.usage("no lesson '" + what
                    + "'; reset takes a lesson id (" + course.ids() + "), quiz or all"));
            description = "your progress in lesson " + lesson.id() + " (" + lessons.status(lesson) + ")";
        }
        if (!yes) {
            java.util.Optional<Boolean> confirmed = confirm(out, description);
            if (confirmed.isEmpty() || !confirmed.get()) {
                out.println("Nothing was reset." + (confirmed.isEmpty() ? " (no answer; --yes resets without asking)" : ""));
                out.flush();
                // Declining is a fine outcome; no answer at all (a script without --yes) did not do what it asked.
                return confirmed.isEmpty() ? ExitCode.FAILED : ExitCode.OK;
            }
        }
        List<Path> backups = new ArrayList<>();
        if (lesson != null || target.equals("all")) {
            backup(lessons.file()).ifPresent(backups::add);
        }
        if (lesson != null) {
            lessons.forget(lesson.id());
        } else if (target.equals("all")) {
            Files.deleteIfExists(lessons.file());
        }
        if (target.equals("quiz") || target.equals("all")) {
            backup(quiz).ifPresent(backups::add);
            Files.deleteIfExists(quiz);
        }
        out.println("Reset " + description + "." + (backups.isEmpty() ? ""
                : " Backup: " + String.join(", ", backups.stream().map(Path::toString).toList())));
        out.flush();
        return ExitCode.OK;
    }

    /** y or n; empty when there was no answer to be had (end of input, Ctrl-C). */
    private java.util.Optional<Boolean> confirm(PrintWriter out, String description) {
        out.flush();
        try (Console console = io.terminal() ? io.console(null) : io.plainConsole()) {
            if (!console.interactive()) {
                console.show("Reset " + description + "? Without a terminal, answer on stdin or pass --yes.");
            }
            return console.ask("Reset " + description + "? [y/N] ")
                    .map(reply -> reply.strip().toLowerCase(Locale.ROOT).matches("y|yes"));
        }
    }

    private java.util.Optional<Path> backup(Path file) throws IOException {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        Path copy = file.resolveSibling(file.getFileName() + ".bak-" + STAMP.format(setup.clock().instant()));
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        return java.util.Optional.of(copy);
    }
}
