package dev.wstutor.quiz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code wstutor quiz --lint}: what the loader found, plus the checks that need the grader and the
 * lessons: every model answer earns full marks under its own rubric, every listed wrong answer scores
 * low (and every right one high), every referenced lesson exists, every study-document question is covered.
 */
public final class BankLint {
    public static final List<String> STUDY_QUESTIONS = List.of("ws-1", "ws-2", "ws-3", "sio-1", "sio-2", "sio-3",
            "vs-1", "vs-2", "vs-3");

    private BankLint() {
    }

    public static List<Problem> check(QuestionBank bank, Path lessons, Set<String> probes) {
        List<Problem> out = new ArrayList<>(bank.problems());
        java.util.Map<String, Set<String>> lessonSteps = LessonIds.steps(lessons);
        RubricGrader grader = new RubricGrader(bank.lexicon());
        for (Question q : bank.questions()) {
            String where = "question '" + q.id() + "': ";
            Set<String> steps = lessonSteps.get(q.lesson());
            if (steps == null) {
                out.add(new Problem(q.source(), where + "lesson '" + q.lesson() + "' does not exist (no "
                        + lessons + "/*.md has 'id: " + q.lesson() + "' in its front matter)"));
            } else if (q.step() != null && !steps.contains(q.step())) {
                out.add(new Problem(q.source(), where + "lesson '" + q.lesson() + "' has no step \"" + q.step()
                        + "\" (its steps: " + String.join(" | ", steps) + ")"));
            }
            if (q.key() instanceof AnswerKey.Free f) {
                List<String> abouts = new java.util.ArrayList<>();
                f.rubric().concepts().forEach(c -> abouts.add(c.about()));
                f.rubric().misconceptions().forEach(m -> abouts.add(m.about()));
                for (String about : abouts) {
                    if (about != null && !bank.lexicon().sides().contains(about) && !bank.lexicon().subjects().contains(about)) {
                        out.add(new Problem(q.source(), where + "'about: " + about
                                + "' is neither a side nor a subject in lexicon.yaml"));
                    }
                }
                RubricGrade model = grader.grade(f.rubric(), f.model());
                if (model.fraction() < 0.999) {
                    out.add(new Problem(q.source(), where + "model answer scores " + pct(model.fraction())
                            + " under its own rubric (missed: " + String.join("; ", model.missed().stream()
                            .map(Rubric.Concept::id).toList()) + ")"));
                }
                for (String wrong : f.examples().wrong()) {
                    double s = grader.grade(f.rubric(), wrong).fraction();
                    if (s > 0.3) {
                        out.add(new Problem(q.source(), where + "wrong example scores " + pct(s) + " (at most 30%): " + wrong));
                    }
                }
                for (String right : f.examples().correct()) {
                    double s = grader.grade(f.rubric(), right).fraction();
                    if (s < 0.7) {
                        out.add(new Problem(q.source(), where + "correct example scores " + pct(s) + " (at least 70%): " + right));
                    }
                }
                if (f.examples().correct().size() < 5 || f.examples().wrong().size() < 5) {
                    out.add(new Problem(q.source(), where + "needs at least five correct and five wrong examples"));
                }
                for (Rubric.Misconception m : f.rubric().misconceptions()) {
                    if (!(m.penalty() > 0 && m.penalty() <= 1)) {
                        out.add(new Problem(q.source(), where + "misconception '" + m.id() + "' penalty must be in (0, 1]"));
                    }
                }
            }
            if (q.key() instanceof AnswerKey.Live l && !probes.contains(l.probe() + "/" + l.ask())) {
                out.add(new Problem(q.source(), where + "unknown live probe '" + l.probe() + "' with ask '" + l.ask()
                        + "' (known: " + String.join(", ", new java.util.TreeSet<>(probes)) + ")"));
            }
        }
        Path dir = BankLoader.quizDir(lessons);
        for (String sq : STUDY_QUESTIONS) {
            boolean free = bank.questions().stream().anyMatch(q -> q.type().isFreeText() && q.covers().contains(sq));
            if (!free) {
                out.add(new Problem(new Source(dir, 0), sq + " is not covered by any short or scenario question"));
            }
        }
        if (bank.questions().stream().noneMatch(q -> q.type() == QuestionType.BLANK && q.covers().contains("ws-3"))) {
            out.add(new Problem(new Source(dir, 0), "ws-3 is not covered by a blank question"));
        }
        return out;
    }

    private static String pct(double f) {
        return Math.round(f * 100) + "%";
    }
}
