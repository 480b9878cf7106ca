package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerGraderTest {
    private final AnswerGrader grader = new AnswerGrader(Lexicon.EMPTY);

    private static Question q(QuestionType type, AnswerKey key) {
        return new Question("q1", type, "websocket", "what-is-websocket", null, List.of("ws-3"), "Prompt?", null,
                "Because.", type.defaultPoints(), key, new Source(Path.of("x.yaml"), 1));
    }

    private Outcome grade(Question q, String answer) {
        return grader.grade(Presented.of(q), answer, false);
    }

    @Test
    void acceptsTheBlankAndItsAlternativesWhateverTheCaseOrASmallTypo() {
        Question blank = q(QuestionType.BLANK, new AnswerKey.Blank(List.of("request", "an HTTP request")));
        for (String a : List.of("request", "Request.", "a request", "requests", "an http request", "reqeust", " REQUEST ")) {
            assertEquals(1.0, grade(blank, a).score(), a);
        }
        for (String a : List.of("response", "not a request", "req", "http")) {
            assertEquals(0.0, grade(blank, a).score(), a);
        }
    }

    @Test
    void readsChoiceAnswersAsLettersOrNumbers() {
        Question choice = q(QuestionType.CHOICE, new AnswerKey.Choice(List.of("x", "y", "z"), 1));
        assertEquals(1.0, grade(choice, "b").score());
        assertEquals(1.0, grade(choice, "B)").score());
        assertEquals(1.0, grade(choice, "2").score());
        assertEquals(0.0, grade(choice, "a").score());
        assertTrue(grader.unreadable(Presented.of(choice), "d").isPresent());
        assertTrue(grader.unreadable(Presented.of(choice), "a b").isPresent());
    }

    @Test
    void givesPartialCreditForMultipleChoiceAndTakesItBackForWrongPicks() {
        Question multi = q(QuestionType.MULTI, new AnswerKey.Multi(List.of("a", "b", "c", "d"), Set.of(0, 2)));
        assertEquals(2.0, grade(multi, "a c").score());
        assertEquals(2.0, grade(multi, "c,a").score());
        assertEquals(1.0, grade(multi, "a").score());
        assertEquals(0.0, grade(multi, "abcd").score());
        assertEquals(1.0, grade(multi, "a c d").score());
    }

    @Test
    void readsTrueAndFalseInTheUsualWays() {
        Question tf = q(QuestionType.TRUEFALSE, new AnswerKey.TrueFalse(false));
        for (String a : List.of("f", "False", "no", "n", "FALSE.")) {
            assertEquals(1.0, grade(tf, a).score(), a);
        }
        assertEquals(0.0, grade(tf, "t").score());
        assertTrue(grader.unreadable(Presented.of(tf), "maybe").isPresent());
    }

    @Test
    void scoresAnOrderByThePairsInTheRightOrder() {
        Question order = q(QuestionType.ORDER, new AnswerKey.Order(List.of("one", "two", "three", "four")));
        // Shown as: a) three b) one c) four d) two
        Presented p = new Presented(order, List.of(), new int[] {2, 0, 3, 1}, null);
        assertEquals(2.0, grader.grade(p, "b d a c", false).score());
        assertEquals("b d a c", grader.grade(p, "a b c d", false).answer());
        assertEquals(1.67, grader.grade(p, "d b a c", false).score(), 1e-9); // one pair of six swapped: 5/6 of 2
        assertEquals(0.0, grader.grade(p, "c a d b", false).score());
        assertTrue(grader.unreadable(p, "a b c").isPresent());
    }

    @Test
    void aHintCostsPartOfThePoints() {
        Question tf = q(QuestionType.TRUEFALSE, new AnswerKey.TrueFalse(true));
        Outcome o = grader.grade(Presented.of(tf), "t", true);
        assertEquals(0.7, o.score(), 1e-9);
        assertTrue(o.passed());
        assertEquals(1.0, o.answerFraction(), 1e-9);
    }

    @Test
    void anEmptyAnswerIsASkip() {
        Question tf = q(QuestionType.TRUEFALSE, new AnswerKey.TrueFalse(true));
        Outcome o = grade(tf, "   ");
        assertTrue(o.skipped());
        assertFalse(o.passed());
        assertEquals(0.0, o.score());
    }

    @Test
    void aKeywordListIsToldToSayWhatEachIdeaDoes() {
        QuestionBank bank = BankFixture.load();
        Question q = bank.byId("ws-what-short").orElseThrow();
        Outcome o = new AnswerGrader(bank.lexicon()).grade(Presented.of(q), "protocol, TCP, full-duplex, real-time", false);
        assertTrue(o.fraction() <= 0.3, "scores " + o.fraction());
        assertEquals(AnswerGrader.KEYWORD_LIST_NOTE, o.note());
        assertEquals(List.of(), o.corrections());
    }
}
