package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankLoaderTest {
    @TempDir
    Path lessons;

    private static final String GOOD = """
            questions:
              - id: good-one
                type: truefalse
                topic: websocket
                lesson: handshake
                covers: [ws-2]
                prompt: "True or false?"
                answer: true
                explanation: Because.
            """;

    private void write(String name, String text) throws IOException {
        Files.createDirectories(lessons.resolve("quiz"));
        Files.writeString(lessons.resolve("quiz").resolve(name), text);
    }

    private QuestionBank load() {
        return new BankLoader().load(lessons);
    }

    @Test
    void reportsAYamlSyntaxErrorWithFileAndLineAndStillLoadsTheOtherFiles() throws IOException {
        write("a.yaml", GOOD);
        write("b.yaml", """
                questions:
                  - id: fine-before
                    type: truefalse
                    topic: websocket
                    lesson: handshake
                    prompt: "Before the error?"
                    answer: false
                    explanation: Yes.
                  - id: broken
                    prompt: "unclosed
                    type: [
                """);
        QuestionBank bank = load();
        assertEquals(List.of("good-one", "fine-before"), bank.questions().stream().map(Question::id).toList());
        assertEquals(1, bank.problems().size());
        Problem p = bank.problems().get(0);
        assertEquals(lessons.resolve("quiz/b.yaml"), p.source().file());
        assertTrue(p.source().line() >= 10 && p.source().line() <= 12, p.toString());
        assertTrue(p.message().startsWith("YAML error"), p.toString());
    }

    @Test
    void reportsABadQuestionWithItsLineAndKeepsItsNeighbours() throws IOException {
        write("a.yaml", GOOD + """
                  - id: no-type
                    topic: websocket
                    lesson: handshake
                    prompt: "?"
                    explanation: x
                  - id: odd-type
                    type: essay
                    topic: websocket
                    lesson: handshake
                    prompt: "?"
                    explanation: x
                  - id: good-one
                    type: truefalse
                    topic: websocket
                    lesson: handshake
                    prompt: "Again?"
                    answer: true
                    explanation: x
                """);
        QuestionBank bank = load();
        assertEquals(List.of("good-one"), bank.questions().stream().map(Question::id).toList());
        List<String> problems = bank.problems().stream().map(Problem::toString).toList();
        String file = lessons.resolve("quiz/a.yaml").toString();
        assertEquals(List.of(
                file + ":10: question 'no-type': missing 'type'",
                file + ":15: question 'odd-type': unknown type 'essay' (known: choice, multi, truefalse, blank, order, short, scenario, live)",
                file + ":21: duplicate id 'good-one'; this copy is ignored"), problems);
    }

    @Test
    void namesAnUnknownFieldButStillLoadsTheQuestion() throws IOException {
        write("a.yaml", GOOD.replace("answer: true", "answer: true\n    anwser: false"));
        QuestionBank bank = load();
        assertEquals(1, bank.questions().size());
        assertTrue(bank.problems().get(0).message().contains("unknown field 'anwser'"));
    }

    @Test
    void saysWhenThereIsNoQuizFolder() {
        QuestionBank bank = load();
        assertTrue(bank.questions().isEmpty());
        assertTrue(bank.problems().get(0).message().contains("no quiz folder"));
    }

    @Test
    void readsEveryTypeOfQuestion() {
        QuestionBank bank = BankFixture.load();
        for (QuestionType t : QuestionType.values()) {
            assertTrue(bank.questions().stream().anyMatch(q -> q.type() == t), "no " + t + " question in the bank");
        }
    }
}
