package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The grading bar of issue 4, held for every short and scenario question in the bank: its model answer
 * scores full marks, at least five differently phrased right answers score 70% or more, and at least
 * five wrong or incomplete ones 30% or less. The examples live in the bank, next to the rubric.
 */
class GradingQualityTest {
    private static QuestionBank bank;
    private static RubricGrader grader;

    @BeforeAll
    static void load() {
        bank = BankFixture.load();
        grader = new RubricGrader(bank.lexicon());
    }

    private static Stream<Question> freeText() {
        return bank.questions().stream().filter(q -> q.type().isFreeText());
    }

    @Test
    void theBankLoadsWithoutProblems() {
        assertEquals(List.of(), bank.problems());
    }

    @TestFactory
    Stream<DynamicTest> everyFreeTextQuestionMeetsTheGradingBar() {
        return freeText().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            AnswerKey.Free key = (AnswerKey.Free) q.key();
            List<String> failures = new ArrayList<>();
            RubricGrade model = grader.grade(key.rubric(), key.model());
            if (model.fraction() < 0.999) {
                failures.add("model answer scores " + pct(model) + " (missed " + labels(model.missed()) + ")");
            }
            assertTrue(key.examples().correct().size() >= 5, q.id() + " needs five correct examples");
            assertTrue(key.examples().wrong().size() >= 5, q.id() + " needs five wrong examples");
            for (String a : key.examples().correct()) {
                RubricGrade g = grader.grade(key.rubric(), a);
                if (g.fraction() < 0.7) {
                    failures.add("correct scores " + pct(g) + ": " + a + " | matched " + labels(g.matched())
                            + " misconceptions " + g.misconceptions().stream().map(Rubric.Misconception::id).toList());
                }
            }
            for (String a : key.examples().wrong()) {
                RubricGrade g = grader.grade(key.rubric(), a);
                if (g.fraction() > 0.3) {
                    failures.add("wrong scores " + pct(g) + ": " + a + " | matched " + labels(g.matched()));
                }
            }
            assertTrue(failures.isEmpty(), q.id() + ":\n  " + String.join("\n  ", failures));
        }));
    }

    @TestFactory
    Stream<DynamicTest> typosAndWordOrderDoNotFlipAVerdict() {
        return freeText().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            AnswerKey.Free key = (AnswerKey.Free) q.key();
            for (String a : key.examples().correct()) {
                assertTrue(grader.grade(key.rubric(), Perturb.typos(a)).fraction() >= 0.7, "typos: " + Perturb.typos(a));
                assertTrue(grader.grade(key.rubric(), Perturb.reorderSentences(a)).fraction() >= 0.7,
                        "reordered: " + Perturb.reorderSentences(a));
            }
            for (String a : key.examples().wrong()) {
                assertTrue(grader.grade(key.rubric(), Perturb.typos(a)).fraction() <= 0.3, "typos: " + Perturb.typos(a));
                assertTrue(grader.grade(key.rubric(), Perturb.reorderSentences(a)).fraction() <= 0.3,
                        "reordered: " + Perturb.reorderSentences(a));
            }
        }));
    }

    /**
     * Harsher than a learner: a swapped pair of letters in every word of six letters or more, or the parts of a
     * sentence around its first comma swapped. A few verdicts may flip under that (a typo can defeat the
     * stemmer); almost all must hold.
     */
    @Test
    void harshTyposAndSwappedSentencePartsRarelyFlipAVerdict() {
        int all = 0;
        List<String> flipped = new ArrayList<>();
        for (Question q : freeText().toList()) {
            AnswerKey.Free key = (AnswerKey.Free) q.key();
            for (String a : key.examples().correct()) {
                for (String p : List.of(Perturb.typosEverywhere(a), Perturb.swapCommaParts(a))) {
                    all++;
                    if (grader.grade(key.rubric(), p).fraction() < 0.7) {
                        flipped.add(q.id() + ": " + p);
                    }
                }
            }
            for (String a : key.examples().wrong()) {
                for (String p : List.of(Perturb.typosEverywhere(a), Perturb.swapCommaParts(a))) {
                    all++;
                    if (grader.grade(key.rubric(), p).fraction() > 0.3) {
                        flipped.add(q.id() + ": " + p);
                    }
                }
            }
        }
        assertTrue(flipped.size() <= all * 0.02, flipped.size() + " of " + all + " flipped:\n" + String.join("\n", flipped));
    }

    @TestFactory
    Stream<DynamicTest> repeatingTheQuestionEarnsNoCredit() {
        return freeText().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            AnswerKey.Free key = (AnswerKey.Free) q.key();
            RubricGrade g = grader.grade(key.rubric(), q.prompt());
            assertTrue(g.fraction() <= 0.3, q.id() + " prompt scores " + pct(g) + ", matched " + labels(g.matched()));
        }));
    }

    private static String pct(RubricGrade g) {
        return Math.round(g.fraction() * 100) + "%";
    }

    private static List<String> labels(List<Rubric.Concept> cs) {
        return cs.stream().map(Rubric.Concept::id).toList();
    }
}
