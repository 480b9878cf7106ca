package dev.wstutor.cli;

import dev.wstutor.lesson.Course;
import dev.wstutor.lesson.Lesson;
import dev.wstutor.lesson.LessonProgress;
import dev.wstutor.lesson.ProgressStore;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List the lessons in order, with how far you got in each.")
public final class LessonsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Replaced by tests; see {@link LessonSetup}. */
    LessonSetup setup = LessonSetup.system();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Course course = setup.course(err);
        ProgressStore progress = setup.progress(w -> err.println("wstutor: " + w));
        Style style = Style.detect(false);

        int idWidth = "lesson".length();
        int titleWidth = "title".length();
        for (Lesson lesson : course.lessons()) {
            idWidth = Math.max(idWidth, lesson.id().length());
            titleWidth = Math.max(titleWidth, lesson.title().length());
        }
        String format = "%3s  %-" + idWidth + "s  %-" + titleWidth + "s  %s";
        out.println(style.bold(String.format(format, "#", "lesson", "title", "status").stripTrailing()));
        Lesson next = null;
        for (Lesson lesson : course.lessons()) {
            String status = progress.status(lesson);
            if (next == null && !progress.isDone(lesson)) {
                next = lesson;
            }
            String shown = status.equals(LessonProgress.DONE) ? style.green(status)
                    : status.equals(LessonProgress.NEW) ? status : style.yellow(status);
            out.println(String.format(format, lesson.order(), lesson.id(), lesson.title(), shown));
        }
        out.println();
        out.println(next == null
                ? "All lessons done. Go again with: wstutor lesson <lesson> --restart"
                : "Next: wstutor lesson " + next.id());
        out.flush();
        return ExitCode.OK;
    }
}
