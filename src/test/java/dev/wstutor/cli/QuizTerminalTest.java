package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive quiz in a real terminal: wstutor runs under tmux, keys are sent as a learner would press
 * them (a hint, a skip, a wrong format, Ctrl-D), and the screen is read back. Skipped where tmux is missing.
 */
class QuizTerminalTest {
    @TempDir
    Path home;

    private final Tmux tmux = new Tmux("quiz-test");

    @AfterEach
    void killSession() throws Exception {
        tmux.close();
    }

    @Test
    void aLearnerTakesAHintSkipsIsAskedAgainForAnUnreadableAnswerAndStopsWithCtrlD() throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        start("--only", "ws-push-blank,vs-ws-fallback-tf,ws-protocol-or-library");
        waitFor("Question 1 of 3");
        tmux.press("?", "Enter");
        waitFor("Hint: In plain HTTP the server can only answer one of these.");
        tmux.press("request", "Enter");
        String screen = waitFor("Question 2 of 3");
        assertTrue(screen.contains("Right. 0.7/1 pts (with a hint)"), screen);

        tmux.press("Enter");
        screen = waitFor("Question 3 of 3");
        assertTrue(screen.contains("Skipped."), screen);

        tmux.press("z", "Enter");
        waitFor("Please answer with one letter, a to d.");
        tmux.press("C-d");
        screen = waitFor("EXIT=0");
        assertTrue(screen.contains("Stopped."), screen);
        assertTrue(screen.contains("Score: 0.7 / 2 points (35.0%)"), screen);
        assertTrue(screen.contains("stopped after 2 of 3 questions"), screen);
        assertFalse(screen.contains("Exception"), screen);
        assertTrue(Files.readString(home.resolve("quiz-history.json")).contains("vs-ws-fallback-tf"));
    }

    private void start(String... args) throws Exception {
        tmux.start(100, 50, Tmux.wstutor(home, "", "-Dwstutor.lessons=" + Tmux.quote(QuizRun.lessons().toString()),
                "quiz " + String.join(" ", args), "EXIT"));
    }

    private String waitFor(String text) throws Exception {
        return tmux.waitFor(text);
    }
}
