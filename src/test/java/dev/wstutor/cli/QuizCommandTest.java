package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz command end to end, in a separate JVM with its own state folder. */
class QuizCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void printsTheScoreOfAPipedAnswerAsJson() throws Exception {
        QuizRun r = QuizRun.run(home, "request\n", "quiz", "--only", "ws-push-blank", "--plain", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals("ws-push-blank", json.at("/questions/0/id").asText());
        assertEquals(1.0, json.at("/questions/0/score").asDouble());
        assertEquals(1.0, json.at("/total/score").asDouble());
        assertEquals(1.0, json.at("/total/max").asDouble());
        assertTrue(json.at("/questions/0/matched").isArray());
        assertTrue(Files.readString(home.resolve("quiz-history.json")).contains("\"ws-push-blank\""));
    }

    @Test
    void gradesFreeTextWithMatchedAndMissedConcepts() throws Exception {
        QuizRun r = QuizRun.run(home, "WebSocket is a protocol, and Socket.IO is a protocol too\n", "quiz", "--only",
                "vs-difference", "--plain", "--json");
        JsonNode q = JSON.readTree(r.out()).at("/questions/0");
        assertTrue(q.get("matched").toString().contains("WebSocket is a protocol"), q.toString());
        assertTrue(q.get("missed").toString().contains("Socket.IO is a library"), q.toString());
        assertTrue(q.get("corrections").toString().contains("Socket.IO is a library."), q.toString());
        assertTrue(q.get("score").asDouble() < 1.0);
    }

    @Test
    void answersInTheOrderAskedAndSumsUpPerTopic() throws Exception {
        QuizRun r = QuizRun.run(home, "b\n?\nfalse\n\n", "quiz", "--only",
                "ws-protocol-or-library,vs-ws-fallback-tf,ws-push-blank", "--plain");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Hint: "), r.out());
        assertTrue(r.out().contains("Skipped."), r.out());
        assertTrue(r.out().contains("Score: 1.7 / 3 points (56.7%)"), r.out());
        assertTrue(r.out().contains("comparison"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour in plain mode");
    }

    @Test
    void stopsWithTheScoreSoFarOnQ() throws Exception {
        QuizRun r = QuizRun.run(home, "b\nq\n", "quiz", "--only", "ws-protocol-or-library,vs-ws-fallback-tf", "--plain", "--json");
        JsonNode json = JSON.readTree(r.out());
        assertEquals(1, json.get("questions").size());
        assertTrue(json.at("/total/stoppedEarly").asBoolean());
    }

    @Test
    void survivesEmptyStdin() throws Exception {
        QuizRun r = QuizRun.run(home, "", "quiz", "--count", "3", "--plain", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals(0, json.get("questions").size());
        assertEquals(0.0, json.at("/total/max").asDouble());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void survivesAMegabyteAnswerControlCharactersAndInvalidUtf8() throws Exception {
        byte[] big = ("WebSocket is a protocol " + "x".repeat(1 << 20) + "\n").getBytes();
        QuizRun r = QuizRun.run(home, big, "quiz", "--only", "vs-difference", "--plain", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode q = JSON.readTree(r.out()).at("/questions/0");
        assertTrue(q.get("note").asText().contains("only the first"), q.toString());

        byte[] weird = {'r', 'e', 0x00, 'q', 0x1b, 'u', 'e', 's', 't', '\r', '\n', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '\n'};
        r = QuizRun.run(home, weird, "quiz", "--only", "ws-push-blank,ws-transport-blank", "--plain", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals(1.0, json.at("/questions/0/score").asDouble(), "control characters are dropped: " + r.out());
        assertEquals(0.0, json.at("/questions/1/score").asDouble());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void keepsACorruptHistoryAsABackupSaysSoInOneLineAndStillRuns() throws Exception {
        Files.writeString(home.resolve("quiz-history.json"), "{\"attempts\": [ {oops");
        QuizRun r = QuizRun.run(home, "request\n", "quiz", "--only", "ws-push-blank", "--plain", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1.0, JSON.readTree(r.out()).at("/total/score").asDouble());
        long warnings = r.err().lines().filter(l -> l.contains("could not be read")).count();
        assertEquals(1, warnings, r.err());
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("quiz-history.json.corrupt-")));
        }
        assertTrue(Files.readString(home.resolve("quiz-history.json")).contains("ws-push-blank"));
    }

    @Test
    void reviewsMissedQuestionsFirst() throws Exception {
        QuizRun.run(home, "a\nb\n", "quiz", "--only", "ws-protocol-or-library,vs-socketio-is", "--plain");
        QuizRun r = QuizRun.run(home, "", "quiz", "--review", "--plain", "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("ws-protocol-or-library"), "the missed question is asked again: " + r.err());
        assertFalse(r.err().contains("vs-socketio-is"), "the known one is not due yet: " + r.err());
    }

    @Test
    void listsEveryQuestionAsJson() throws Exception {
        QuizRun r = QuizRun.run(home, "", "quiz", "--list", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode qs = JSON.readTree(r.out()).get("questions");
        assertTrue(qs.size() >= 40);
        JsonNode first = qs.get(0);
        for (String f : new String[] {"id", "type", "topic", "covers"}) {
            assertTrue(first.has(f), f);
        }
    }

    @Test
    void lintsTheShippedBankClean() throws Exception {
        QuizRun r = QuizRun.run(home, "", "quiz", "--lint");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().endsWith("questions, 0 problems\n"), r.out());
    }

    @Test
    void aMalformedQuestionFileIsReportedWithFileAndLineAndTheRestStillLoads(@TempDir Path lessons) throws Exception {
        Files.createDirectories(lessons.resolve("quiz"));
        Files.writeString(lessons.resolve("01-tiny.md"), "---\nid: tiny\ntitle: Tiny\n---\n\n## One\n\nText.\n");
        Files.writeString(lessons.resolve("quiz/a.yaml"), """
                questions:
                  - id: still-here
                    type: blank
                    topic: websocket
                    lesson: tiny
                    prompt: "The server answers ___ (a status code)."
                    accept: ["101"]
                    explanation: 101 Switching Protocols.
                """);
        Files.writeString(lessons.resolve("quiz/b.yaml"), "questions:\n  - id: broken\n    type: [short\n");
        QuizRun lint = QuizRun.runWith(lessons, home, new byte[0], "quiz", "--lint");
        assertEquals(1, lint.exit(), lint.out());
        assertTrue(lint.out().startsWith(lessons.resolve("quiz/b.yaml") + ":3: YAML error"), lint.out());

        QuizRun r = QuizRun.runWith(lessons, home, "101\n".getBytes(), "quiz", "--plain", "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1.0, JSON.readTree(r.out()).at("/total/score").asDouble());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("wstutor: warning: ")).count(), r.err());
    }

    @Test
    void badUsageIsOneLineAndExitTwo() throws Exception {
        QuizRun r = QuizRun.run(home, "", "quiz", "--only", "no-such-question", "--plain");
        assertEquals(2, r.exit());
        assertEquals("wstutor: no question with id 'no-such-question' (see 'wstutor quiz --list')\n", r.err());
        r = QuizRun.run(home, "", "quiz", "--count", "0");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        r = QuizRun.run(home, "", "quiz", "--topic", "cooking", "--plain");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("wstutor: no topic 'cooking' (topics: "), r.err());
    }
}
