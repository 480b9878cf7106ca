package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What issue 4 asks of the bank itself. */
class ShippedBankTest {
    private final QuestionBank bank = BankFixture.load();

    @Test
    void holdsAtLeastFortyQuestions() {
        assertTrue(bank.questions().size() >= 40, "only " + bank.questions().size());
    }

    @Test
    void coversEveryStudyDocumentQuestionWithFreeTextAndWs3WithABlank() {
        for (String sq : BankLint.STUDY_QUESTIONS) {
            assertTrue(bank.questions().stream().anyMatch(q -> q.type().isFreeText() && q.covers().contains(sq)), sq);
        }
        assertTrue(bank.questions().stream().anyMatch(q -> q.type() == QuestionType.BLANK && q.covers().contains("ws-3")));
    }

    @Test
    void theWs3BlankAcceptsTheStudyDocumentsAnswer() {
        Question blank = bank.questions().stream().filter(q -> q.type() == QuestionType.BLANK && q.covers().contains("ws-3"))
                .findFirst().orElseThrow();
        AnswerGrader g = new AnswerGrader(bank.lexicon());
        assertTrue(g.grade(Presented.of(blank), "request", false).passed());
        assertTrue(g.grade(Presented.of(blank), "an HTTP request", false).passed());
        assertTrue(!g.grade(Presented.of(blank), "response", false).passed());
    }

    @Test
    void asksAboutEveryLesson() {
        Set<String> lessons = bank.questions().stream().map(Question::lesson).collect(Collectors.toSet());
        assertTrue(lessons.containsAll(Set.of("what-is-websocket", "handshake", "server-push", "socketio-events",
                "proof-of-life", "websocket-vs-socketio", "frames")), lessons.toString());
    }
}
