package dev.wstutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wstutor.lesson.Lesson;
import dev.wstutor.lesson.LessonProgress;
import dev.wstutor.quiz.QuizStanding;
import dev.wstutor.view.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"Show how far you are: each lesson's status and step, quiz scores per topic and per "
                + "study-document question (ws-1 ... vs-3), the weakest ones, and what to do next."})
final class ProgressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    /** Replaced by tests; see {@link LessonSetup}. */
    LessonSetup setup = LessonSetup.system();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressReport report = ProgressReport.load(setup, w -> err.println("wstutor: " + w));
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json()));
            out.flush();
            return ExitCode.OK;
        }
        Style style = Style.detect(false);
        out.println(style.heading("Lessons") + "  " + report.done() + " of " + report.course().lessons().size() + " done");
        Map<String, LessonProgress> all = report.lessons().all();
        for (Lesson l : report.course().lessons()) {
            String status = report.lessons().status(l);
            String shown = status.equals(LessonProgress.DONE) ? style.green("done")
                    : status.equals(LessonProgress.NEW) ? style.dim("new") : style.yellow(status);
            out.printf("  %s %-24s %s%n", bar(all.get(l.id()), l, report.lessons().isDone(l)), l.id(), shown);
        }
        QuizStanding q = report.quiz();
        out.println();
        out.println(style.heading("Quiz") + "  " + q.answered() + " of " + report.bank().questions().size()
                + " questions answered, " + q.known() + " known (latest answer of each counts)");
        out.println("  by topic:");
        q.topics().forEach((k, s) -> out.println(line(k, s)));
        out.println("  by study-document question:");
        q.studyQuestions().forEach((k, s) -> out.println(line(k, s)));
        if (!q.weakest(3).isEmpty()) {
            out.println();
            out.println(style.bold("Weakest: ") + String.join(", ", q.weakest(3).stream()
                    .map(w -> w.name() + " " + w.score().percent() + "%").toList()));
        }
        out.println();
        out.println(style.bold("Next: ") + "wstutor " + report.next());
        out.flush();
        return ExitCode.OK;
    }

    /** [#####-----] by steps reached; full when done. */
    private static String bar(LessonProgress p, Lesson l, boolean done) {
        int total = l.steps().size();
        int reached = done ? total : p == null ? 0 : Math.min(p.step(), total);
        int width = 10;
        int filled = total == 0 ? 0 : (int) Math.round(reached * width / (double) total);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }

    private static String line(String name, QuizStanding.Score s) {
        return s.answered() == 0
                ? String.format("    %-12s not tried yet (%d question%s)", name, s.questions(), s.questions() == 1 ? "" : "s")
                : String.format("    %-12s %3d%%  %s / %s pts, %d of %d answered", name, s.percent(),
                        dev.wstutor.quiz.QuizSession.points(s.score()), dev.wstutor.quiz.QuizSession.points(s.max()),
                        s.answered(), s.questions());
    }
}
