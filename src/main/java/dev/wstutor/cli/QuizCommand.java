package dev.wstutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.progress.JsonStore;
import dev.wstutor.progress.StateDir;
import dev.wstutor.quiz.AnswerGrader;
import dev.wstutor.quiz.HistoryRecorder;
import dev.wstutor.quiz.BankLint;
import dev.wstutor.quiz.BankLoader;
import dev.wstutor.quiz.LeitnerSchedule;
import dev.wstutor.quiz.LiveQuestions;
import dev.wstutor.quiz.Presenter;
import dev.wstutor.quiz.Problem;
import dev.wstutor.quiz.Question;
import dev.wstutor.quiz.QuestionBank;
import dev.wstutor.quiz.QuizHistory;
import dev.wstutor.quiz.QuizSelection;
import dev.wstutor.quiz.QuizSession;
import dev.wstutor.quiz.QuizSummary;
import dev.wstutor.quiz.LiveProbes;
import dev.wstutor.view.Console;
import dev.wstutor.view.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quiz", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Questions on WebSocket and Socket.IO, graded like a teacher would: free-text answers are "
                + "read for their ideas, with partial credit and feedback.",
                "In a terminal: ? for a hint, empty answer to skip, q or Ctrl-D to stop. Without a terminal "
                + "(or with --plain) one answer per line is read from stdin."},
        footer = {"", "Examples:", "  wstutor quiz", "  wstutor quiz --topic socketio --count 5",
                "  printf 'request\\n' | wstutor quiz --only ws-push-blank --plain --json",
                "  wstutor quiz --review", "  wstutor quiz --list", "  wstutor quiz --lint"})
final class QuizCommand implements Callable<Integer> {
    @Option(names = "--topic", paramLabel = "T", completionCandidates = TopicCandidates.class, description = "Only questions on this topic (see --list).")
    String topic;

    @Option(names = "--count", paramLabel = "N", defaultValue = "10", description = "How many questions (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for the choice and order of questions, to repeat a session.")
    Long seed;

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Exactly these questions, in this order.")
    List<String> only;

    @Option(names = "--review", description = "Ask what is due under the Leitner boxes, missed questions first.")
    boolean review;

    @Option(names = "--plain", description = "No terminal features: one answer per line from stdin, no colour.")
    boolean plain;

    @Option(names = "--json", description = "Print the result as one JSON object on stdout (the questions go to stderr).")
    boolean json;

    @Option(names = "--list", description = "List every question: id, type, topic and the study-document questions it covers.")
    boolean list;

    @Option(names = "--lint", description = "Check the question bank and report problems with file and line.")
    boolean lint;

    @Spec
    CommandSpec spec;

    private final Io io;

    QuizCommand(Io io) {
        this.io = io;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1) {
            throw UserError.usage("--count must be at least 1");
        }
        if (only != null && !only.isEmpty() && (review || topic != null)) {
            throw UserError.usage("--only picks the questions itself; drop --review and --topic");
        }
        Path lessons = lessonsDir();
        QuestionBank bank = new BankLoader().load(lessons);
        if (lint) {
            return lint(bank, lessons, out);
        }
        if (list) {
            return list(bank, out);
        }
        for (Problem p : bank.problems()) {
            err.println("wstutor: warning: " + shown(p));
        }
        if (bank.questions().isEmpty()) {
            throw new UserError("no questions found in " + BankLoader.quizDir(lessons) + "; check 'wstutor quiz --lint'");
        }
        return session(bank, out, err);
    }

    /** The same lessons folder the lesson commands use (WSTUTOR_LESSONS, -Dwstutor.lessons, ./lessons). */
    static Path lessonsDir() {
        Path dir = LessonSetup.system().lessonsDir();
        if (!Files.isDirectory(dir)) {
            throw new UserError("no lessons directory at " + dir.toAbsolutePath()
                    + "; run wstutor through scripts/wstutor, from the project folder, or set " + LessonSetup.LESSONS_ENV);
        }
        return dir;
    }

    /** A problem as compilers print them, with the file relative to the working directory when it is below it. */
    private static String shown(Problem p) {
        return new Problem(new dev.wstutor.quiz.Source(LessonSetup.shown(p.source().file()), p.source().line()),
                p.message()).toString();
    }

    private int session(QuestionBank bank, PrintWriter out, PrintWriter err) throws IOException {
        Clock clock = Clock.systemUTC();
        JsonStore<QuizHistory> store = new JsonStore<>(StateDir.fromEnvironment().resolve(QuizHistory.FILE),
                QuizHistory.class, QuizHistory::empty, w -> err.println("wstutor: " + w), clock);
        HistoryRecorder recorder = new HistoryRecorder(store, clock, w -> err.println("wstutor: " + w));
        QuizHistory history = recorder.history();
        Random random = seed == null ? new Random() : new Random(seed);
        List<String> due = null;
        if (review) {
            Set<String> known = bank.index().keySet();
            due = LeitnerSchedule.due(history.attempts(), clock.instant(), known);
            if (due.isEmpty()) {
                String next = LeitnerSchedule.nextDue(history.attempts(), known).map(Instant::toString)
                        .map(t -> "; the next falls due at " + t).orElse("; take a quiz first (wstutor quiz)");
                err.println("wstutor: nothing is due for review" + next);
                if (json) {
                    out.println(JSON.writeValueAsString(QuizSummary.json(List.of(), false)));
                }
                return ExitCode.OK;
            }
        }
        List<Question> questions;
        try {
            questions = QuizSelection.select(bank, topic, only, due, only != null ? Integer.MAX_VALUE : count, random);
        } catch (QuizSelection.Unknown e) {
            throw UserError.usage(e.getMessage());
        }
        boolean terminal = !plain && io.terminal();
        Style style = Style.detect(plain || json && !terminal);
        AnswerGrader grader = new AnswerGrader(bank.lexicon());
        Presenter presenter = new Presenter(random, new LiveProbes(new SecureRandom()));
        QuizSession.Result result;
        try (Console input = terminal ? io.console(null) : io.plainConsole()) {
            // With --json, stdout carries only the JSON; the conversation goes to stderr.
            PrintWriter talk = json ? err : terminal ? input.out() : out;
            result = new QuizSession(grader, presenter, input, talk, style, recorder).run(questions);
        }
        if (json) {
            out.println(JSON.writeValueAsString(QuizSummary.json(result.outcomes(), result.stoppedEarly())));
            out.flush();
        }
        return ExitCode.OK;
    }

    private int list(QuestionBank bank, PrintWriter out) throws IOException {
        List<Question> qs = bank.questions().stream().filter(q -> topic == null || q.topic().equals(topic)).toList();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Question q : qs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", q.id());
                m.put("type", q.type().yamlName());
                m.put("topic", q.topic());
                m.put("lesson", q.lesson());
                m.put("covers", q.covers());
                m.put("points", q.points());
                rows.add(m);
            }
            out.println(JSON.writeValueAsString(Map.of("questions", rows)));
            return ExitCode.OK;
        }
        out.printf("%-28s %-9s %-11s %s%n", "ID", "TYPE", "TOPIC", "COVERS");
        for (Question q : qs) {
            out.printf("%-28s %-9s %-11s %s%n", q.id(), q.type().yamlName(), q.topic(), String.join(",", q.covers()));
        }
        out.println(qs.size() + " questions");
        out.println();
        out.println("Study-document questions and the questions that cover them (* free text: short or scenario):");
        for (String sq : BankLint.STUDY_QUESTIONS) {
            out.printf("  %-6s %s%n", sq, qs.stream().filter(q -> q.covers().contains(sq))
                    .map(q -> q.type().isFreeText() ? q.id() + "*" : q.id()).collect(Collectors.joining(", ")));
        }
        return ExitCode.OK;
    }

    private int lint(QuestionBank bank, Path lessons, PrintWriter out) {
        List<Problem> problems = BankLint.check(bank, lessons, LiveQuestions.PROBES);
        for (Problem p : problems) {
            out.println(shown(p));
        }
        out.println(bank.questions().size() + " questions, " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s"));
        return problems.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }
}
