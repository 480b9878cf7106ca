package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuizSelectionTest {
    private final QuestionBank bank = BankFixture.load();

    private static List<String> ids(List<Question> qs) {
        return qs.stream().map(Question::id).toList();
    }

    @Test
    void onlyFixesTheQuestionsAndTheirOrder() {
        assertEquals(List.of("vs-difference", "ws-push-blank"), ids(QuizSelection.select(bank, null,
                List.of("vs-difference", "ws-push-blank"), null, 1, new Random(1))));
    }

    @Test
    void namesAnUnknownIdOrTopic() {
        QuizSelection.Unknown e = assertThrows(QuizSelection.Unknown.class,
                () -> QuizSelection.select(bank, null, List.of("nope"), null, 10, new Random(1)));
        assertEquals("no question with id 'nope' (see 'wstutor quiz --list')", e.getMessage());
        e = assertThrows(QuizSelection.Unknown.class, () -> QuizSelection.select(bank, "cooking", null, null, 10, new Random(1)));
        assertTrue(e.getMessage().startsWith("no topic 'cooking' (topics: comparison, "), e.getMessage());
    }

    @Test
    void aSeedRepeatsASessionAndTheTopicAndCountAreKept() {
        List<String> a = ids(QuizSelection.select(bank, "socketio", null, null, 4, new Random(42)));
        assertEquals(a, ids(QuizSelection.select(bank, "socketio", null, null, 4, new Random(42))));
        assertNotEquals(a, ids(QuizSelection.select(bank, "socketio", null, null, 4, new Random(43))));
        assertEquals(4, a.size());
        assertTrue(a.stream().allMatch(id -> bank.byId(id).orElseThrow().topic().equals("socketio")));
    }

    @Test
    void aReviewKeepsTheDueOrder() {
        assertEquals(List.of("ws-push-tf", "vs-difference"), ids(QuizSelection.select(bank, null, null,
                List.of("ws-push-tf", "gone", "vs-difference"), 10, new Random(1))));
    }
}
