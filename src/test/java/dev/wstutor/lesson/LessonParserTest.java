package dev.wstutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LessonParserTest {
    private final LessonParser parser = new LessonParser(DemoRegistry.declaring(Set.of("handshake", "frames")));

    private Lesson parse(String body) throws LessonFileException {
        return parser.parse(Path.of("lessons/01-a.md"), LessonFiles.lesson("a", 1, body));
    }

    private LessonFileException failure(String body) {
        return assertThrows(LessonFileException.class, () -> parse(body));
    }

    @Test
    void splitsTheBodyIntoStepsAtEachLevelTwoHeading() throws Exception {
        Lesson lesson = parse("\nIntro.\n\n## One\n\nFirst.\n\n### Detail\n\nStill one.\n\n## Two *bold*\n\nSecond.\n");
        assertEquals(List.of("One", "Two bold"), lesson.steps().stream().map(Step::title).toList());
        assertEquals(1, lesson.intro().size());
        assertEquals(10, lesson.steps().get(0).line(), "line of '## One' in the file, front matter counted");
        assertEquals(1, lesson.steps().get(0).parts().size(), "### Detail stays inside step one");
    }

    @Test
    void dropsATopHeadingThatRepeatsTheTitle() throws Exception {
        Lesson lesson = parse("\n# Title of a\n\n## One\n\nText.\n");
        assertTrue(lesson.intro().isEmpty());
    }

    @Test
    void liftsDemoBlocksOutWithTheirArgumentsInOrder() throws Exception {
        Lesson lesson = parse("\n## One\n\nBefore.\n\n```demo handshake\nkey: abc==\nscript: hello | bye\n```\n\nAfter.\n");
        List<Part> parts = lesson.steps().get(0).parts();
        assertEquals(3, parts.size());
        assertInstanceOf(Part.Prose.class, parts.get(0));
        Part.DemoCall demo = assertInstanceOf(Part.DemoCall.class, parts.get(1));
        assertEquals("handshake", demo.name());
        assertEquals(Map.of("key", "abc==", "script", "hello | bye"), demo.args());
        assertEquals(12, demo.line());
        assertInstanceOf(Part.Prose.class, parts.get(2));
    }

    @Test
    void readsACheckWithAlternativeAnswersAndAWrappedExplanation() throws Exception {
        Lesson lesson = parse("\n## One\n\n```check\nquestion: Sent without a ___?\nanswer: request | an HTTP request\n"
                + "explain: The server pushes\n  on its own.\n```\n");
        Part.Check check = assertInstanceOf(Part.Check.class, lesson.steps().get(0).parts().get(0));
        assertEquals("Sent without a ___?", check.question());
        assertEquals(List.of("request", "an HTTP request"), check.answers());
        assertEquals("The server pushes on its own.", check.explanation());
    }

    @Test
    void otherFencedBlocksStayCode() throws Exception {
        Lesson lesson = parse("\n## One\n\n```http\nGET / HTTP/1.1\n```\n");
        assertInstanceOf(Part.Prose.class, lesson.steps().get(0).parts().get(0));
    }

    @Test
    void anUnknownDemoIsAnErrorAtItsLineNamingTheKnownOnes() {
        LessonFileException e = failure("\n## One\n\n```demo handshak\n```\n");
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("unknown demo 'handshak' (known: frames, handshake)"), e.getMessage());
    }

    @Test
    void aDemoWithoutANameIsAnError() {
        assertEquals(10, failure("\n## One\n\n```demo\n```\n").line());
    }

    @Test
    void aBadArgumentLineIsReportedAtItsOwnLine() {
        LessonFileException e = failure("\n## One\n\n```demo frames\ncount: 3\nno colon here\n```\n");
        assertEquals(12, e.line());
    }

    @Test
    void aCheckWithoutAnAnswerOrWithAnUnknownKeyIsAnError() {
        assertTrue(failure("\n## One\n\n```check\nquestion: Why?\n```\n").getMessage().contains("no 'answer:'"));
        assertTrue(failure("\n## One\n\n```check\nquestion: Why?\nanwser: x\n```\n").getMessage().contains("'anwser'"));
    }

    @Test
    void aDirectiveInsideAListIsAnErrorRatherThanSilentCode() {
        LessonFileException e = failure("\n## One\n\n- item\n\n  ```demo frames\n  ```\n");
        assertEquals(12, e.line());
    }

    @Test
    void aLessonWithoutStepsIsAnError() {
        assertTrue(failure("\nOnly an intro.\n").getMessage().contains("no steps"));
    }

    @Test
    void anEmptyStepIsAnErrorAtItsHeading() {
        assertEquals(8, failure("\n## Empty\n\n## Full\n\nText.\n").line());
    }

    @Test
    void checksForgiveCaseArticlesAndPunctuation() {
        Part.Check check = new Part.Check("q", List.of("request", "HTTP request"), "", 1);
        assertTrue(check.accepts("  A Request. "));
        assertTrue(check.accepts("http-request"));
        assertTrue(!check.accepts("response"));
        assertTrue(!check.accepts(""));
    }

    @Test
    void aCheckMayNameAQuizQuestionInsteadOfWritingItsOwn() throws LessonFileException {
        Lesson lesson = parse("\n## One\n\n```check\nquiz: ws-push-blank\n```\n");
        Part.Check check = (Part.Check) lesson.steps().get(0).parts().get(0);
        assertEquals("ws-push-blank", check.quiz());
        assertEquals(10, check.line());
    }

    @Test
    void aCheckNamingAQuizQuestionAndWritingItsOwnIsAnErrorAtItsFence() {
        LessonFileException e = failure("\n## One\n\n```check\nquiz: ws-push-blank\nquestion: q\nanswer: a\n```\n");
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
    }
}
