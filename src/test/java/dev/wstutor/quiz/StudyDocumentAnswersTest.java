package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A learner who repeats the study document's answer passes the question that asks the same thing
 * (issue 9); where that answer is loose, the feedback names what a precise answer adds.
 */
class StudyDocumentAnswersTest {
    private static QuestionBank bank;
    private static AnswerGrader grader;
    private static Map<String, String> answers;

    @BeforeAll
    static void load() throws IOException {
        bank = BankFixture.load();
        grader = new AnswerGrader(bank.lexicon());
        try (InputStream in = StudyDocumentAnswersTest.class.getResourceAsStream("/study/answers.yaml")) {
            answers = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<LinkedHashMap<String, String>>() {
            });
        }
    }

    @TestFactory
    Stream<DynamicTest> theStudyDocumentsAnswerPassesItsQuestion() {
        return answers.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Question q = bank.byId(e.getKey()).orElseThrow();
            Outcome o = grader.grade(Presented.of(q), e.getValue(), false);
            assertTrue(o.passed(), e.getKey() + " scores " + Math.round(o.fraction() * 100) + "%, missed " + o.missed());
            assertTrue(o.corrections().isEmpty(), e.getKey() + " corrected: " + o.corrections());
        }));
    }

    @TestFactory
    Stream<DynamicTest> whereTheDocumentIsLooseTheFeedbackSaysWhatAPreciseAnswerAdds() {
        return Stream.of("sio-io-on-short", "sio-emit-short", "vs-when-socketio").map(id -> DynamicTest.dynamicTest(id, () -> {
            Question q = bank.byId(id).orElseThrow();
            Outcome o = grader.grade(Presented.of(q), answers.get(id), false);
            assertFalse(o.missed().isEmpty(), id + " shows nothing missing");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyStudyDocumentQuestionWithFreeTextIsCovered() {
        List<String> free = bank.questions().stream().filter(q -> q.type().isFreeText())
                .flatMap(q -> q.covers().stream()).distinct().toList();
        return free.stream().map(study -> DynamicTest.dynamicTest(study, () -> assertTrue(
                answers.keySet().stream().anyMatch(id -> bank.byId(id).orElseThrow().covers().contains(study)),
                "no study-document answer for " + study)));
    }
}
