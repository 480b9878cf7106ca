package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankLintTest {
    @TempDir
    Path lessons;

    private static final String SHORT = """
            questions:
              - id: ws-what
                type: short
                topic: websocket
                lesson: what-is-websocket
                step: A protocol
                covers: [ws-1]
                prompt: What is a WebSocket?
                concepts:
                  - id: protocol
                    phrasings: [protocol]
                  - id: duplex
                    phrasings: [full duplex, bidirectional]
                model: MODEL
                explanation: Because.
                examples:
                  correct: [a protocol for full duplex talk, a bidirectional protocol, it is a protocol and full duplex, duplex full protocol, "bidirectional, it is a protocol"]
                  wrong: [WRONG, a cable, a plug, a library, a browser]
            """;

    private void bank(String yaml) throws IOException {
        Files.createDirectories(lessons.resolve("quiz"));
        Files.writeString(lessons.resolve("quiz/a.yaml"), yaml);
    }

    private void lesson(String file, String id, String... steps) throws IOException {
        StringBuilder sb = new StringBuilder("---\nid: " + id + "\ntitle: T\n---\n\n# T\n");
        for (String s : steps) {
            sb.append("\n## ").append(s).append("\n\nText.\n");
        }
        Files.writeString(lessons.resolve(file), sb.toString());
    }

    private List<String> lint() {
        return BankLint.check(new BankLoader().load(lessons), lessons, LiveQuestions.PROBES).stream()
                .map(Problem::message).filter(m -> !m.contains("is not covered")).toList();
    }

    @Test
    void acceptsAGoodQuestionWhoseLessonAndStepExist() throws IOException {
        bank(SHORT.replace("MODEL", "A protocol, full duplex.").replace("WRONG", "a pipe"));
        lesson("01-what-is-websocket.md", "what-is-websocket", "A protocol", "Another");
        assertEquals(List.of(), lint());
    }

    @Test
    void saysALessonIsMissingWhenNoLessonFileHasItsId() throws IOException {
        bank(SHORT.replace("MODEL", "A protocol, full duplex.").replace("WRONG", "a pipe"));
        assertEquals(List.of("question 'ws-what': lesson 'what-is-websocket' does not exist (no " + lessons
                + "/*.md has 'id: what-is-websocket' in its front matter)"), lint());
        lesson("01-x.md", "something-else");
        assertEquals(1, lint().size());
    }

    @Test
    void saysAStepIsMissing() throws IOException {
        bank(SHORT.replace("MODEL", "A protocol, full duplex.").replace("WRONG", "a pipe"));
        lesson("01-what-is-websocket.md", "what-is-websocket", "Other step");
        assertEquals(List.of("question 'ws-what': lesson 'what-is-websocket' has no step \"A protocol\" (its steps: Other step)"), lint());
    }

    @Test
    void reportsAModelAnswerThatFailsItsOwnRubricAndAWrongExampleThatScoresHigh() throws IOException {
        bank(SHORT.replace("MODEL", "A protocol.").replace("WRONG", "a full duplex protocol"));
        lesson("01-what-is-websocket.md", "what-is-websocket", "A protocol");
        List<String> problems = lint();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("question 'ws-what': model answer scores 50% under its own rubric (missed: duplex)"));
        assertTrue(problems.get(1).startsWith("question 'ws-what': wrong example scores 100% (at most 30%): a full duplex protocol"));
    }

    @Test
    void theShippedBankPassesItsOwnLint() {
        List<Problem> problems = BankLint.check(BankFixture.load(), BankFixture.lessons(), LiveQuestions.PROBES);
        assertEquals(List.of(), problems);
    }
}
