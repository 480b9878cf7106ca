package dev.wstutor.cli;

import dev.wstutor.lesson.Course;
import dev.wstutor.lesson.Lesson;
import dev.wstutor.lesson.LessonProgress;
import dev.wstutor.lesson.ProgressStore;
import dev.wstutor.progress.JsonStore;
import dev.wstutor.progress.StateDir;
import dev.wstutor.quiz.BankLoader;
import dev.wstutor.quiz.LeitnerSchedule;
import dev.wstutor.quiz.QuestionBank;
import dev.wstutor.quiz.QuizHistory;
import dev.wstutor.quiz.QuizStanding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The learner's whole standing: each lesson's status and step, the quiz per topic and per study-document question,
 * the weakest, and the next thing to do. Lessons and quiz are separate engines that know nothing of each other; this
 * is where the two meet, for {@code wstutor progress} and the shell's welcome.
 */
record ProgressReport(Course course, ProgressStore lessons, Supplier<QuestionBank> banks, QuizHistory history, Clock clock) {

    static ProgressReport load(LessonSetup setup, Consumer<String> warnings) {
        Course course = setup.course(new PrintWriter(new StringWriter())); // problems are lint's to report
        ProgressStore store = setup.progress(warnings);
        QuizHistory history = new JsonStore<>(StateDir.from(setup.env(), setup.userHome()).resolve(QuizHistory.FILE),
                QuizHistory.class, QuizHistory::empty, warnings, setup.clock()).load();
        // The bank (YAML) is read only when something needs it: a new learner's welcome does not.
        AtomicReference<QuestionBank> bank = new AtomicReference<>();
        Supplier<QuestionBank> banks = () -> bank.updateAndGet(b -> b != null ? b : new BankLoader().load(setup.lessonsDir()));
        return new ProgressReport(course, store, banks, history, setup.clock());
    }

    QuestionBank bank() {
        return banks.get();
    }

    QuizStanding quiz() {
        return QuizStanding.of(bank(), history.attempts());
    }

    Optional<Lesson> inProgress() {
        return lessons.inProgress(course);
    }

    /** What {@code next} would do: resume the lesson in progress, else start the first not done. */
    Optional<Lesson> nextLesson() {
        return lessons.next(course);
    }

    long done() {
        return course.lessons().stream().filter(lessons::isDone).count();
    }

    /** The next thing to do, as a command line. */
    String next() {
        Optional<Lesson> lesson = nextLesson();
        if (lesson.isPresent()) {
            return "lesson " + lesson.get().id() + (inProgress().isPresent() ? " (or: next)" : "");
        }
        if (!LeitnerSchedule.due(history.attempts(), clock.instant(), bank().index().keySet()).isEmpty()) {
            return "quiz --review";
        }
        String topic = quiz().topicToPractise();
        return topic == null ? "quiz" : "quiz --topic " + topic;
    }

    /** Two lines for the shell's welcome. */
    List<String> summary() {
        List<String> out = new ArrayList<>();
        out.add("Lessons: " + done() + " of " + course.lessons().size() + " done" + inProgress()
                .map(l -> "; in the middle of " + l.id() + " (" + lessons.status(l) + ")").orElse("") + ".");
        if (history.attempts().isEmpty()) {
            out.add("Quiz: not taken yet (quiz asks ten questions; lessons' checks count too).");
            return out;
        }
        QuizStanding q = quiz();
        out.add("Quiz: " + q.answered() + " of " + bank().questions().size() + " questions answered, " + q.known()
                + " known" + (q.weakest(1).isEmpty() ? "" : "; weakest: " + q.weakest(1).get(0).name() + " ("
                + q.weakest(1).get(0).score().percent() + "%)") + ".");
        return out;
    }

    Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> ls = new ArrayList<>();
        Map<String, LessonProgress> all = lessons.all();
        for (Lesson l : course.lessons()) {
            Map<String, Object> m = new LinkedHashMap<>();
            LessonProgress p = all.get(l.id());
            m.put("id", l.id());
            m.put("title", l.title());
            m.put("status", lessons.status(l));
            m.put("done", lessons.isDone(l));
            m.put("step", p == null ? 0 : p.step());
            m.put("steps", l.steps().size());
            ls.add(m);
        }
        root.put("lessons", ls);
        QuizStanding q = quiz();
        Map<String, Object> quiz = new LinkedHashMap<>();
        quiz.put("answered", q.answered());
        quiz.put("known", q.known());
        quiz.put("questions", bank().questions().size());
        quiz.put("topics", scores(q.topics()));
        quiz.put("studyQuestions", scores(q.studyQuestions()));
        quiz.put("weakest", q.weakest(3).stream().map(w -> Map.of("name", w.name(), "percent", w.score().percent())).toList());
        root.put("quiz", quiz);
        root.put("next", "wstutor " + next());
        return root;
    }

    private static Map<String, Object> scores(Map<String, QuizStanding.Score> scores) {
        Map<String, Object> out = new LinkedHashMap<>();
        scores.forEach((k, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("score", s.score());
            m.put("max", s.max());
            m.put("percent", s.percent());
            m.put("answered", s.answered());
            m.put("questions", s.questions());
            out.put(k, m);
        });
        return out;
    }
}
