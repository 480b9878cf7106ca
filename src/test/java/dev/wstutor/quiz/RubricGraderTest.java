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

    /** Sides and subjects for the claim tests: who pushes, who listens. */
    private static final Lexicon SIDES = new Lexicon(Map.of(
            "websocket", List.of("web socket", "websockets"),
            "socketio", List.of("socket.io"),
            "longpoll", List.of("long polling", "polling"),
            "http", List.of("https"), "fallback", List.of("fall back")), Set.of("websocket", "socketio", "socket.emit", "io.emit"),
            Set.of("websocket", "socketio", "http"));
    private static final Rubric PUSH = new Rubric(List.of(
            new Rubric.Concept("http-ask", "with HTTP the client must ask first", 1, List.of("client must ask"), 4, "http"),
            new Rubric.Concept("ws-push", "with WebSocket the server pushes", 2, List.of("server push"), 4, "websocket")),
            List.of(new Rubric.Misconception("http-push", List.of("server push"), 0.3, "HTTP has no push.", 2, "http"),
                    new Rubric.Misconception("ws-ask", List.of("client must ask"), 0.3, "WebSocket needs no request.", 2,
                            "websocket")), 0);

    private RubricGrade push(String answer) {
        return new RubricGrader(SIDES).grade(PUSH, answer);
    }

    @Test
    void aBareListOfTheRightWordsEarnsALittleAndSaysSo() {
        RubricGrade list = grader.grade(RUBRIC, "websocket protocol, socket.io library, full duplex, tcp");
        assertTrue(list.fraction() <= 0.3, "a list scores " + list.fraction());
        assertTrue(list.keywordList());
        RubricGrade sentence = grader.grade(RUBRIC, "WebSocket is a protocol, full duplex over TCP; Socket.IO is a library.");
        assertEquals(1.0, sentence.fraction(), 1e-9);
        assertTrue(!sentence.keywordList());
    }

    @Test
    void readsAKeywordListWhateverItsSeparators() {
        assertTrue(TextAnalyzer.keywordList("rooms; any client; less code"));
        assertTrue(TextAnalyzer.keywordList("protocol / full duplex / one tcp connection"));
        assertTrue(TextAnalyzer.keywordList("fallback"));
        assertTrue(!TextAnalyzer.keywordList("socket.emit = just this client. io.emit = all clients."));
        assertTrue(!TextAnalyzer.keywordList("When I need rooms, broadcast and reconnection, like in a chat app."));
        assertTrue(!TextAnalyzer.keywordList("It's a protocol."));
    }

    @Test
    void creditsAClaimOnlyToTheSideItDescribes() {
        RubricGrade right = push("With HTTP the client must ask first. With WebSocket the server can push at any time.");
        assertEquals(1.0, right.fraction(), 1e-9);
        RubricGrade reversed = push("HTTP servers push new data; with WebSocket the client must ask first.");
        assertEquals(0.0, reversed.fraction(), 1e-9);
        assertEquals(List.of("http-push", "ws-ask"), reversed.misconceptions().stream().map(Rubric.Misconception::id).toList());
    }

    @Test
    void aContrastDescribesTheOldSideNotTheNewOne() {
        RubricGrade g = push("Unlike HTTP, where the client must ask first, a WebSocket server can push data at any time.");
        assertEquals(List.of(), g.misconceptions(), "no correction for a contrast");
        assertEquals(List.of("ws-push"), g.matched().stream().map(Rubric.Concept::id).toList());
        assertEquals(List.of(), push("Instead of the client having to ask, the WebSocket server pushes.").misconceptions());
    }

    @Test
    void aClaimAboutASubjectIsNotTakenFromAnotherSubject() {
        Rubric emit = new Rubric(List.of(new Rubric.Concept("sends", "sends", 1, List.of("send event"), 4)),
                List.of(new Rubric.Misconception("all", List.of("send everyone"), 0.5, "Only that client.", 2, "socket.emit")), 0);
        RubricGrader g = new RubricGrader(SIDES);
        assertEquals(List.of(), g.grade(emit, "socket.emit sends an event to that client; io.emit sends to everyone.").misconceptions());
        assertEquals(1, g.grade(emit, "It sends an event to everyone.").misconceptions().size());
    }

    @Test
    void itStandsForTheSubjectNamedJustBefore() {
        Rubric falls = new Rubric(List.of(new Rubric.Concept("sio-falls", "Socket.IO falls back", 1,
                List.of("socketio fallback"), 4)), List.of(), 0);
        RubricGrader g = new RubricGrader(SIDES);
        assertEquals(1.0, g.grade(falls, "Socket.IO is a library. It can fall back to long polling.").fraction(), 1e-9);
        assertEquals(0.0, g.grade(falls, "Socket.IO and WebSocket differ. It can fall back to long polling.").fraction(), 1e-9,
                "after a clause naming two subjects, 'it' is unclear");
    }

    @Test
    void aShorterWordInsideALongerOneIsNoTypo() {
        assertTrue(!Typos.close("reconnection", "connection"));
        assertTrue(Typos.close("reconnection", "reconection"));
    }
}
