package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive quiz in a real terminal: wstutor runs under tmux, keys are sent as a learner would press
 * them (a hint, a skip, a wrong format, Ctrl-D), and the screen is read back. Skipped where tmux is missing.
 */
class QuizTerminalTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private final String session = "wstutor-quiz-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @AfterEach
    void killSession() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void aLearnerTakesAHintSkipsIsAskedAgainForAnUnreadableAnswerAndStopsWithCtrlD() throws Exception {
        Assumptions.assumeTrue(tmuxAvailable(), "tmux is not installed");
        start("--only", "ws-push-blank,vs-ws-fallback-tf,ws-protocol-or-library");
        waitFor("Question 1 of 3");
        tmux("send-keys", "-t", session, "?", "Enter");
        waitFor("Hint: In plain HTTP the server can only answer one of these.");
        tmux("send-keys", "-t", session, "request", "Enter");
        String screen = waitFor("Question 2 of 3");
        assertTrue(screen.contains("Right. 0.7/1 pts (with a hint)"), screen);

        tmux("send-keys", "-t", session, "Enter");
        screen = waitFor("Question 3 of 3");
        assertTrue(screen.contains("Skipped."), screen);

        tmux("send-keys", "-t", session, "z", "Enter");
        waitFor("Please answer with one letter, a to d.");
        tmux("send-keys", "-t", session, "C-d");
        screen = waitFor("EXIT=0");
        assertTrue(screen.contains("Stopped."), screen);
        assertTrue(screen.contains("Score: 0.7 / 2 points (35.0%)"), screen);
        assertTrue(screen.contains("stopped after 2 of 3 questions"), screen);
        assertFalse(screen.contains("Exception"), screen);
        assertTrue(Files.readString(home.resolve("quiz-history.json")).contains("vs-ws-fallback-tf"));
    }

    private void start(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "env WSTUTOR_HOME=" + quote(home.toString()) + " " + quote(java)
                + " -cp " + quote(System.getProperty("java.class.path"))
                + " -Dwstutor.lessons=" + quote(QuizRun.lessons().toString())
                + " dev.wstutor.cli.Main quiz " + String.join(" ", args) + "; echo EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "50", command);
    }

    /** Polls the screen until it shows {@code text}; a terminal offers no event to wait on. */
    private String waitFor(String text) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = tmux("capture-pane", "-p", "-J", "-t", session, "-S", "-200");
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        fail("the screen never showed '" + text + "':\n" + screen);
        return screen;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean tmuxAvailable() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("tmux");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
