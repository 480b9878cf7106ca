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
 * The interactive lesson in a real terminal: wstutor runs under tmux, keys are sent as a learner would press
 * them, and the screen is read back. Skipped where tmux is not installed.
 */
class LessonTerminalTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path home;
    @TempDir
    Path lessons;

    private final String session = "wstutor-lesson-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @AfterEach
    void killSession() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void aLearnerStepsWithEnterStopsWithQResumesWhereTheyStoppedAndCanRestart() throws Exception {
        Assumptions.assumeTrue(tmuxAvailable(), "tmux is not installed");
        Files.writeString(lessons.resolve("01-tiny.md"), "---\nid: tiny\ntitle: Tiny\norder: 1\ncovers: [ws-1]\n---\n"
                + "\n## Alpha\n\nFirst *step* text.\n\n## Beta\n\nSecond step text.\n\n## Gamma\n\nThird step text.\n");

        start();
        String screen = waitFor("[Enter: next step, q: quit]");
        assertTrue(screen.contains("Step 1/3: Alpha"), screen);
        assertFalse(screen.contains("Second step text."), "pauses after the first step:\n" + screen);

        tmux("send-keys", "-t", session, "Enter");
        waitFor("Step 2/3: Beta");
        tmux("send-keys", "-t", session, "q", "Enter");
        screen = waitFor("EXIT=0");
        assertTrue(screen.contains("Stopped at step 2 of 3"), screen);
        assertFalse(screen.contains("Third step text."), screen);
        assertTrue(Files.readString(home.resolve("lessons.json")).contains("\"step\" : 2"));

        tmux("kill-session", "-t", session);
        start();
        waitFor("resuming at step 2 of 3; --restart starts over");
        screen = waitFor("[Enter: next step, q: quit]");
        assertTrue(screen.contains("Step 2/3: Beta"), screen);
        assertFalse(screen.contains("First step text."), screen);
        tmux("send-keys", "-t", session, "q", "Enter");
        waitFor("EXIT=0");

        tmux("kill-session", "-t", session);
        start("--restart");
        screen = waitFor("[Enter: next step, q: quit]");
        assertTrue(screen.contains("Step 1/3: Alpha"), screen);
        assertFalse(screen.contains("resuming"), screen);
        tmux("send-keys", "-t", session, "Enter");
        waitFor("Step 2/3: Beta");
        tmux("send-keys", "-t", session, "Enter");
        waitFor("[Enter finishes the lesson, q quits]");
        tmux("send-keys", "-t", session, "Enter");
        screen = waitFor("EXIT=0");
        assertTrue(screen.contains("Lesson 1 done."), screen);
        assertTrue(Files.readString(home.resolve("lessons.json")).contains("\"done\" : true"));
    }

    private void start(String... options) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "env WSTUTOR_HOME=" + quote(home.toString()) + " " + quote(java)
                + " -cp " + quote(System.getProperty("java.class.path"))
                + " -Dwstutor.lessons=" + quote(lessons.toString())
                + " dev.wstutor.cli.Main lesson tiny " + String.join(" ", options) + "; echo EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "40", command);
    }

    /** Polls the screen until it shows {@code text}; a terminal offers no event to wait on. */
    private String waitFor(String text) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = tmux("capture-pane", "-p", "-t", session);
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
