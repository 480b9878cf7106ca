package dev.wstutor.cli;

import dev.wstutor.lesson.Course;
import dev.wstutor.lesson.Lesson;
import dev.wstutor.lesson.LessonProblem;
import dev.wstutor.lesson.Part;
import dev.wstutor.lesson.Step;
import dev.wstutor.quiz.BankLint;
import dev.wstutor.quiz.BankLoader;
import dev.wstutor.quiz.LiveQuestions;
import dev.wstutor.quiz.Problem;
import dev.wstutor.quiz.QuestionBank;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wstutor lint}: the whole course checked as an author needs it, every problem as {@code file:line: message}
 * the way compilers print them: lesson files (front matter, steps, directives, every demo name), question files
 * (as {@code quiz --lint}), and every quiz question a lesson's check names.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check every lesson and question file, every demo name and every quiz id a lesson "
                + "refers to; each problem as file:line. Exit 1 when there is any."})
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Replaced by tests; see {@link LessonSetup}. */
    LessonSetup setup = LessonSetup.system();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Course course;
        try {
            course = setup.course(new PrintWriter(new StringWriter())); // its problems are printed below, once
        } catch (UserError e) {
            out.println(setup.lessonsDir() + ": " + e.getMessage());
            out.flush();
            return ExitCode.FAILED;
        }
        QuestionBank bank = new BankLoader().load(setup.lessonsDir());
        List<String> problems = new ArrayList<>();
        for (LessonProblem p : course.problems()) {
            problems.add(new LessonProblem(LessonSetup.shown(p.file()), p.line(), p.message()).toString());
        }
        for (Lesson lesson : course.lessons()) {
            checks(lesson).filter(c -> c.quiz() != null && bank.byId(c.quiz()).isEmpty())
                    .forEach(c -> problems.add(LessonSetup.shown(lesson.source()) + ":" + c.line() + ": the check names quiz question '"
                            + c.quiz() + "', which is not in " + LessonSetup.shown(BankLoader.quizDir(setup.lessonsDir()))));
        }
        for (Problem p : BankLint.check(bank, setup.lessonsDir(), LiveQuestions.PROBES)) {
            problems.add(new Problem(new dev.wstutor.quiz.Source(LessonSetup.shown(p.source().file()), p.source().line()),
                    p.message()).toString());
        }
        problems.forEach(out::println);
        out.println(course.lessons().size() + " lessons, " + bank.questions().size() + " questions, "
                + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        out.flush();
        return problems.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }

    private static Stream<Part.Check> checks(Lesson lesson) {
        return Stream.concat(lesson.intro().stream(), lesson.steps().stream().map(Step::parts).flatMap(List::stream))
                .filter(p -> p instanceof Part.Check).map(p -> (Part.Check) p);
    }
}
