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
 * The interactive lesson in a real terminal: wstutor runs under tmux, keys are sent as a learner would press
 * them, and the screen is read back. Skipped where tmux is not installed.
 */
class LessonTerminalTest {
    @TempDir
    Path home;
    @TempDir
    Path lessons;

    private final Tmux tmux = new Tmux("lesson-test");

    @AfterEach
    void killSession() throws Exception {
        tmux.close();
    }

    @Test
    void aLearnerStepsWithEnterStopsWithQResumesWhereTheyStoppedAndCanRestart() throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        Files.writeString(lessons.resolve("01-tiny.md"), "---\nid: tiny\ntitle: Tiny\norder: 1\ncovers: [ws-1]\n---\n"
                + "\n## Alpha\n\nFirst *step* text.\n\n## Beta\n\nSecond step text.\n\n## Gamma\n\nThird step text.\n");

        start();
        String screen = waitFor("[Enter: next step, q: quit]");
        assertTrue(screen.contains("Step 1/3: Alpha"), screen);
        assertFalse(screen.contains("Second step text."), "pauses after the first step:\n" + screen);

        tmux.press("Enter");
        waitFor("Step 2/3: Beta");
        tmux.press("q", "Enter");
        screen = waitFor("EXIT=0");
        assertTrue(screen.contains("Stopped at step 2 of 3"), screen);
        assertFalse(screen.contains("Third step text."), screen);
        assertTrue(Files.readString(home.resolve("lessons.json")).contains("\"step\" : 2"));

        tmux.close();
        start();
        waitFor("resuming at step 2 of 3; --restart starts over");
        screen = waitFor("[Enter: next step, q: quit]");
        assertTrue(screen.contains("Step 2/3: Beta"), screen);
        assertFalse(screen.contains("First step text."), screen);
        tmux.press("q", "Enter");
        waitFor("EXIT=0");

        tmux.close();
        start("--restart");
        screen = waitFor("[Enter: next step, q: quit]");
        assertTrue(screen.contains("Step 1/3: Alpha"), screen);
        assertFalse(screen.contains("resuming"), screen);
        tmux.press("Enter");
        waitFor("Step 2/3: Beta");
        tmux.press("Enter");
        waitFor("[Enter finishes the lesson, q quits]");
        tmux.press("Enter");
        screen = waitFor("EXIT=0");
        assertTrue(screen.contains("Lesson 1 done."), screen);
        assertTrue(Files.readString(home.resolve("lessons.json")).contains("\"done\" : true"));
    }

    private void start(String... options) throws Exception {
        tmux.start(100, 40, Tmux.wstutor(home, "", "-Dwstutor.lessons=" + Tmux.quote(lessons.toString()),
                "lesson tiny " + String.join(" ", options), "EXIT"));
    }

    private String waitFor(String text) throws Exception {
        return tmux.waitFor(text);
    }
}
