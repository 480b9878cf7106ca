package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeitnerScheduleTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Attempt at(String id, double score, Instant when) {
        return new Attempt(id, score, 1, when.toString(), false, false);
    }

    @Test
    void movesAKnownQuestionUpABoxAndAMissedOneBackToTheFirst() {
        List<Attempt> h = List.of(at("a", 1, T0), at("a", 1, T0.plus(Duration.ofDays(2))), at("b", 1, T0),
                at("b", 0, T0.plusSeconds(60)));
        assertEquals(3, LeitnerSchedule.boxes(h).get("a").box());
        assertEquals(1, LeitnerSchedule.boxes(h).get("b").box());
    }

    @Test
    void asksMissedQuestionsFirstThenWhatIsDue() {
        List<Attempt> h = List.of(at("known", 1, T0), at("missed", 0.2, T0.plusSeconds(10)), at("fresh", 1, T0.plus(Duration.ofDays(5))));
        Instant now = T0.plus(Duration.ofDays(2));
        assertEquals(List.of("missed", "known"), LeitnerSchedule.due(h, now, Set.of("known", "missed", "fresh")));
        assertEquals(List.of("missed"), LeitnerSchedule.due(h, T0.plusSeconds(3600), Set.of("known", "missed", "fresh")));
    }

    @Test
    void aHintedOrSkippedAnswerDoesNotCountAsKnown() {
        List<Attempt> h = List.of(new Attempt("a", 0.7, 1, T0.toString(), true, false),
                new Attempt("b", 0, 1, T0.toString(), false, true));
        assertEquals(1, LeitnerSchedule.boxes(h).get("a").box());
        assertEquals(1, LeitnerSchedule.boxes(h).get("b").box());
    }

    @Test
    void ignoresQuestionsNoLongerInTheBankAndUnreadableTimes() {
        List<Attempt> h = List.of(at("gone", 0, T0), new Attempt("x", 0, 1, "yesterday", false, false));
        assertEquals(List.of(), LeitnerSchedule.due(h, T0.plusSeconds(1), Set.of("x")));
    }
}
