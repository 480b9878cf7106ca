package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.Hex;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Live questions made from the RFC's own example frames (section 5.7) instead of a live capture. */
class LiveQuestionsTest {
    private static Question live(String ask, String prompt) {
        return new Question("q", QuestionType.LIVE, "frames", "handshake", null, List.of("ws-2"), prompt, null,
                "It is {answer}.", 2, new AnswerKey.Live("client-text", ask), new Source(Path.of("x.yaml"), 1));
    }

    private static Capture capture(String hex) throws Exception {
        return new Capture("", "", new FrameDecoder().decodeAll(Hex.parse(hex)).get(0));
    }

    private static double grade(Question q, Capture c, String answer) {
        LiveInstance li = LiveQuestions.make(q, c, new Random(1));
        return new AnswerGrader(Lexicon.EMPTY).grade(new Presented(q, li.options(), null, li), answer, false).score();
    }

    @Test
    void readsOpcodeMaskKeyAndLengthFromTheMaskedHelloExample() throws Exception {
        Capture hello = capture("81 85 37 fa 21 3d 7f 9f 4d 51 58");
        LiveInstance li = LiveQuestions.make(live("masking-key", "Frame:\n{bytes}\nKey?"), hello, new Random(1));
        assertEquals("Frame:\n  81 85 37 fa 21 3d 7f 9f 4d 51 58\nKey?", li.shown());
        assertEquals("37 fa 21 3d", li.answer());
        assertEquals(2.0, grade(live("masking-key", "{bytes}"), hello, "37fa213d"));
        assertEquals(2.0, grade(live("opcode", "{bytes}"), hello, "text"));
        assertEquals(2.0, grade(live("opcode", "{bytes}"), hello, "0x1"));
        assertEquals(2.0, grade(live("masked", "{bytes}"), hello, "yes"));
        assertEquals(0.0, grade(live("masked", "{bytes}"), hello, "no"));
        assertEquals(2.0, grade(live("length", "{bytes}"), hello, "5"));
    }

    @Test
    void readsTheSixteenBitLengthAndTheCloseCode() throws Exception {
        Capture big = capture("82 7e 01 00 " + "00 ".repeat(256));
        LiveInstance li = LiveQuestions.make(live("length", "{bytes}"), big, new Random(1));
        assertEquals("256", li.answer());
        assertTrue(li.shown().endsWith("... (232 more bytes)"), li.shown());
        assertTrue(li.explanation().contains("It is 256."));
        Capture close = capture("88 02 03 e9");
        assertEquals(2.0, grade(live("close-code", "{bytes}"), close, "1001"));
    }

    @Test
    void aCloseQuestionNamesTheCodeItsMeaningAndWhatTheClientSent() throws Exception {
        Capture restart = new Capture("", "", new FrameDecoder().decodeAll(Hex.parse("88 0c 03 f4 72 65 73 74 61 72 74 69 6e 67")).get(0),
                "subscribe prices");
        Question q = new Question("q", QuestionType.LIVE, "frames", "handshake", null, List.of("ws-2"),
                "The client sent \"{sent}\".", null, "{answer} ({codename}: {meaning}), reason \"{text}\".", 2,
                new AnswerKey.Live("server-close", "close-code"), new Source(Path.of("x.yaml"), 1));
        LiveInstance li = LiveQuestions.make(q, restart, new Random(1));
        assertEquals("The client sent \"subscribe prices\".", li.shown());
        assertTrue(li.explanation().startsWith("1012 (service restart: the server is restarting"), li.explanation());
        assertTrue(li.explanation().endsWith("reason \"restarting\"."), li.explanation());
    }

    @Test
    void anEmptyCloseIsAnsweredAs1005() throws Exception {
        assertEquals(2.0, grade(live("close-code", "{bytes}"), capture("88 00"), "1005"));
    }
}
