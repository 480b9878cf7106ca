package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RubricGraderTest {
    private static final Lexicon LEXICON = new Lexicon(Map.of(
            "websocket", List.of("web socket", "websockets"),
            "socketio", List.of("socket.io", "socket io"),
            "longpoll", List.of("long polling", "long-polling", "polling"),
            "fallback", List.of("fall back")), Set.of("websocket", "socketio"));
    private static final Rubric RUBRIC = new Rubric(List.of(
            new Rubric.Concept("ws-protocol", "WebSocket is a protocol", 2, List.of("websocket protocol"), 4),
            new Rubric.Concept("sio-library", "Socket.IO is a library", 2, List.of("socketio library"), 4),
            new Rubric.Concept("duplex", "full-duplex over one TCP connection", 1, List.of("full duplex tcp"), 4)),
            List.of(new Rubric.Misconception("ws-fallback", List.of("websocket fallback longpoll"), 0.5,
                    "WebSocket itself never falls back to long-polling.", 3)), 0);

    private final RubricGrader grader = new RubricGrader(LEXICON);

    private double score(String answer) {
        return grader.grade(RUBRIC, answer).fraction();
    }

    @Test
    void givesFullMarksForEveryConcept() {
        assertEquals(1.0, score("WebSocket is a protocol, full duplex over TCP. Socket.IO is a library."), 1e-9);
    }

    @Test
    void creditsAnAnswerWithWordsInAnotherOrder() {
        assertEquals(1.0, score("A library: that is Socket.IO. A protocol is what WebSocket is; TCP, full duplex."), 1e-9);
    }

    @Test
    void toleratesCasePunctuationPluralsAndInflections() {
        assertEquals(1.0, score("WEBSOCKETS are protocols!!! socket-io = libraries... full-duplex TCP"), 1e-9);
    }

    @Test
    void toleratesSmallTyposInLongerWords() {
        assertEquals(1.0, score("Websockt is a protocal; Socket.IO is a libary; ful duplex over TCP"), 0.21);
        assertTrue(score("Websockt is a protocal") >= 0.39);
    }

    @Test
    void givesPartialCredit() {
        RubricGrade g = grader.grade(RUBRIC, "WebSocket is a protocol.");
        assertEquals(0.4, g.fraction(), 1e-9);
        assertEquals(List.of("ws-protocol"), g.matched().stream().map(Rubric.Concept::id).toList());
        assertEquals(List.of("sio-library", "duplex"), g.missed().stream().map(Rubric.Concept::id).toList());
    }

    @Test
    void doesNotCreditANegatedKeyPhrase() {
        RubricGrade g = grader.grade(RUBRIC, "WebSocket is not a protocol, and Socket.IO isn't a library.");
        assertEquals(0.0, g.fraction(), 1e-9);
        assertEquals(List.of("ws-protocol", "sio-library"), g.negated().stream().map(Rubric.Concept::id).toList());
    }

    @Test
    void aNegationOnlyReachesToTheNextComma() {
        assertEquals(0.4, score("It is not a library, WebSocket is a protocol"), 1e-9);
    }

    @Test
    void doesNotCreditAClaimMadeAboutTheOtherSubject() {
        assertEquals(0.0, score("Socket.IO is a protocol and WebSocket is a library."), 1e-9);
    }

    @Test
    void seesThroughObjectsWhenFindingTheSubject() {
        assertEquals(0.4, score("Socket.IO, unlike WebSocket, is a library."), 1e-9);
    }

    @Test
    void recognisesAMisconceptionPenalisesItAndCorrectsIt() {
        RubricGrade g = grader.grade(RUBRIC, "WebSocket is a protocol that falls back to long polling.");
        assertEquals(0.4 - 0.5 < 0 ? 0 : 0.4 - 0.5, g.fraction(), 1e-9);
        assertEquals("WebSocket itself never falls back to long-polling.", g.misconceptions().get(0).correction());
    }

    @Test
    void doesNotPenaliseAMisconceptionThatWasDenied() {
        RubricGrade g = grader.grade(RUBRIC, "WebSocket is a protocol; it never falls back to long polling.");
        assertEquals(List.of(), g.misconceptions());
        assertEquals(0.4, g.fraction(), 1e-9);
    }

    @Test
    void gradesOnlyTheStartOfAHugeAnswerAndQuickly() {
        String huge = "WebSocket is a protocol. " + "blah ".repeat(200_000);
        long t0 = System.nanoTime();
        RubricGrade g = grader.grade(RUBRIC, huge);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(g.truncated());
        assertEquals(0.4, g.fraction(), 1e-9);
        assertTrue(ms < 500, "took " + ms + " ms");
    }

    @Test
    void survivesControlCharactersAndReplacementCharacters() {
        assertEquals(0.4, score("Web\u0000Socket \u001b[31m is a \uFFFD protocol \u0007"), 0.41);
        assertEquals(0.0, score(""), 1e-9);
        assertEquals(0.0, score("\uFFFD\uFFFD\uFFFD"), 1e-9);
    }
}
