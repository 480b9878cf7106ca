package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.quiz.AnswerGrader;
import dev.wstutor.quiz.BankLoader;
import dev.wstutor.quiz.Capture;
import dev.wstutor.quiz.LiveInstance;
import dev.wstutor.quiz.Presented;
import dev.wstutor.quiz.Question;
import dev.wstutor.quiz.QuestionBank;
import dev.wstutor.quiz.QuestionType;
import dev.wstutor.wire.AcceptKey;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.Opcode;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Live questions against the real Java-WebSocket server and client on 127.0.0.1. */
class LiveTapTest {
    private final LiveTap tap = new LiveTap(new SecureRandom());

    @Test
    void capturesAMaskedClientFrameWithAFreshKeyEachTime() throws Exception {
        Capture a = tap.capture("client-text");
        Capture b = tap.capture("client-text");
        assertTrue(a.frame().is(Opcode.TEXT));
        assertTrue(a.frame().masked());
        assertNotEquals(a.frame(), b.frame(), "new values each run");
        assertTrue(a.request().startsWith("GET /"));
    }

    @Test
    void capturesTheServersPushCloseAndPongUnmasked() throws Exception {
        Capture push = tap.capture("server-text");
        assertTrue(push.frame().is(Opcode.TEXT));
        assertFalse(push.frame().masked());
        Capture close = tap.capture("server-close");
        assertTrue(close.frame().closeBody().orElseThrow().code() >= 1000);
        Capture pong = tap.capture("ping");
        assertTrue(pong.frame().is(Opcode.PONG));
    }

    @Test
    void capturesAHandshakeWhoseAcceptMatchesItsKey() throws Exception {
        Capture c = tap.capture("handshake");
        String key = HttpMessage.parse(c.request()).header("Sec-WebSocket-Key").orElseThrow();
        assertEquals(AcceptKey.accept(key), HttpMessage.parse(c.response()).header("Sec-WebSocket-Accept").orElseThrow());
    }

    @Test
    void everyLiveQuestionOfTheBankIsAnsweredRightByItsOwnAnswer() throws Exception {
        QuestionBank bank = new BankLoader().load(QuizRun.lessons());
        AnswerGrader grader = new AnswerGrader(bank.lexicon());
        int live = 0;
        for (Question q : bank.questions()) {
            if (q.type() != QuestionType.LIVE) {
                continue;
            }
            live++;
            LiveInstance li = tap.make(q);
            assertFalse(li.shown().contains("{"), q.id() + " left a placeholder: " + li.shown());
            assertFalse(li.explanation().contains("{"), q.id() + " left a placeholder: " + li.explanation());
            Presented p = new Presented(q, li.options(), null, li);
            String right = li.options().isEmpty() ? li.accepted().get(0) : li.accepted().get(0);
            assertEquals(q.points(), grader.grade(p, right, false).score(), q.id());
            assertEquals(0.0, grader.grade(p, "banana", false).score(), q.id());
        }
        assertTrue(live >= 5, "live questions: " + live);
    }

    @Test
    void theServersCloseCodeFitsWhatTheClientSent() throws Exception {
        // Codes carry meaning (RFC 6455 7.4.1): the pairs the stories use, checked on real captures.
        java.util.Map<Integer, String> reasons = new java.util.HashMap<>();
        for (int i = 0; i < 24 && reasons.size() < 4; i++) {
            Capture c = tap.capture("server-close");
            dev.wstutor.wire.CloseBody body = c.frame().closeBody().orElseThrow();
            assertFalse(c.sent().isEmpty(), "the client said something");
            reasons.put(body.code(), body.reason());
            if (body.code() == 1000) {
                assertEquals("bye", c.sent());
            }
            if (body.code() == 1009) {
                assertTrue(c.sent().length() > 64, c.sent());
                assertEquals("messages are limited to 64 bytes", body.reason());
            }
        }
        assertTrue(reasons.size() >= 2, "different stories over several runs: " + reasons);
    }
}
