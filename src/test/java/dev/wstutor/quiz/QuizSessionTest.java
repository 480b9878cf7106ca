package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.view.ScriptedConsole;
import dev.wstutor.view.Style;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    private final QuestionBank bank = new BankLoader().load(BankFixture.lessons());

    private List<Question> questions(String... ids) {
        return List.of(ids).stream().map(id -> bank.byId(id).orElseThrow()).toList();
    }

    private String run(Presenter.LiveLab lab, String stdin, String... ids) throws Exception {
        StringWriter text = new StringWriter();
        QuizSession session = new QuizSession(new AnswerGrader(bank.lexicon()), new Presenter(new Random(1), lab),
                new ScriptedConsole(false, stdin.split("\n", -1)), new PrintWriter(text), Style.PLAIN, o -> { });
        QuizSession.Result r = session.run(questions(ids));
        return text + "\nOUTCOMES=" + r.outcomes().size();
    }

    @Test
    void skipsALiveQuestionWhoseCaptureFailsAndGoesOn() throws Exception {
        String out = run(q -> {
            throw new java.io.IOException("no handshake seen within 5 s");
        }, "request\n", "live-client-opcode", "ws-push-blank");
        assertTrue(out.contains("(skipping live-client-opcode: the live capture failed: no handshake seen within 5 s)"), out);
        assertTrue(out.contains("Right. 1/1 pts"), out);
        assertTrue(out.endsWith("OUTCOMES=1"), out);
    }

    @Test
    void showsFoundMissingCorrectionModelAnswerAndWhereToRevisit() throws Exception {
        String out = run(q -> null, "WebSocket falls back to long polling, it is a protocol\n", "vs-difference");
        assertTrue(out.contains("Found: WebSocket is a protocol (RFC 6455)"), out);
        assertTrue(out.contains("Missing: Socket.IO is a library"), out);
        assertTrue(out.contains("Correction: WebSocket itself never falls back"), out);
        assertTrue(out.contains("Model answer: WebSocket is a protocol"), out);
        assertTrue(out.contains("Revisit: lesson websocket-vs-socketio, step \"A protocol and a library\""), out);
    }

    @Test
    void gradesAnUnreadableAnswerAsWrongWhenThereIsNoTerminalToAskAgain() throws Exception {
        String out = run(q -> null, "maybe\n", "ws-push-tf");
        assertTrue(out.contains("Not right. 0/1 pts"), out);
        assertFalse(out.contains("Please"), out);
    }

    @Test
    void showsTheStepsOfAnOrderQuestionShuffledAndLettered() throws Exception {
        String out = run(q -> null, "\n", "ws-handshake-order");
        assertTrue(out.contains("   a) "), out);
        assertTrue(out.contains("(answer with the letters in order, e.g. \"a b c d e f\")"), out);
        assertTrue(out.contains("Skipped."), out);
        assertEquals(1, out.lines().filter(l -> l.contains("The client opens a TCP connection")).count(), out);
    }
}
