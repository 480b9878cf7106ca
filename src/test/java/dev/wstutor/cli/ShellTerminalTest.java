package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell as a new learner meets it, in a real terminal: tmux runs {@code wstutor} with no arguments, keys are sent
 * as typed (Tab, Ctrl-C, Ctrl-D) and the screen is read back. Skipped where tmux is not installed.
 */
class ShellTerminalTest {
    private static final Pattern LISTENING = Pattern.compile("listening on ws://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path home;

    private final Tmux tmux = new Tmux("shell-test");

    @AfterEach
    void killSession() throws Exception {
        tmux.close();
    }

    @Test
    void aLearnerCompletesTakesALessonStopsResumesServesStopsWithCtrlCAndFindsTheirHistoryAgain() throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        start();
        String screen = tmux.waitFor("wstutor> ");
        assertTrue(screen.contains("Lessons: 0 of "), screen);
        assertTrue(screen.contains("Next: lesson what-is-websocket"), screen);

        // Tab completes commands, then lesson ids
        tmux.press("les", "Tab");
        tmux.waitFor("wstutor> lesson");
        tmux.press("Tab");
        screen = tmux.waitFor("lesson    lessons");
        tmux.press("C-u", "lesson hand", "Tab");
        tmux.waitFor("wstutor> lesson handshake ");

        // the lesson, stopped midway with q, resumed with next, stopped again with Ctrl-C
        tmux.press("Enter");
        tmux.waitFor("[Enter: next step, q: quit]");
        tmux.press("Enter");
        tmux.waitFor("Step 2/");
        waitForPromptAfter("Step 2/", "[Enter: next step, q: quit]");
        tmux.press("q", "Enter");
        screen = waitForPromptAfter("Stopped at step 2 of", "wstutor> ");
        tmux.press("C-l", "next", "Enter");
        screen = tmux.waitFor("resuming at step 2 of");
        waitForPromptAfter("resuming at step 2 of", "[Enter: next step, q: quit]");
        int stopsBefore = occurrences(tmux.screen(tmux.session()), "Stopped at step 2 of");
        tmux.press("C-c");
        // JLine delivers Ctrl-C from its signal thread; typing on before the new "Stopped" line would race with it.
        java.time.Instant deadline = java.time.Instant.now().plus(Tmux.PATIENCE);
        while (occurrences(tmux.screen(tmux.session()), "Stopped at step 2 of") <= stopsBefore
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        waitForPromptAfter("Stopped at step 2 of", "wstutor> ");

        // a server inside the shell: a client connects, Ctrl-C closes it with 1001 and releases the port
        tmux.press("C-l", "serve --port 0 --frames summary", "Enter");
        screen = tmux.waitFor("serve> ");
        Matcher m = LISTENING.matcher(screen);
        assertTrue(m.find(), screen);
        int port = Integer.parseInt(m.group(1));
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket client = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                closed.complete(code);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        tmux.waitFor("opened");
        // a frame arriving while the operator types prints above the prompt; the half-typed line stays
        tmux.press("half typ");
        tmux.waitFor("serve> half typ");
        client.sendText("from the client", true).get(10, TimeUnit.SECONDS);
        screen = tmux.waitFor("\"from the client\"");
        assertEquals("serve> half typ", lastLine(screen), screen);
        tmux.press("C-c");
        assertEquals(1001, closed.get(10, TimeUnit.SECONDS));
        screen = waitForPromptAfter("stopped: closed 1 connection with 1001 going away", "wstutor> ");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, again.getLocalPort(), "the port is free again");
        }

        // progress shows the lesson in progress; reset asks first
        tmux.press("C-l", "progress", "Enter");
        screen = waitForPromptAfter("Next: wstutor lesson handshake", "wstutor> ");
        assertTrue(screen.contains("[##--------] handshake") && screen.contains("step 2 of"), screen);
        tmux.press("C-l", "reset handshake", "Enter");
        tmux.waitFor("Reset your progress in lesson handshake (step 2 of");
        tmux.waitFor("? [y/N] ");
        tmux.press("n", "Enter");
        waitForPromptAfter("Nothing was reset.", "wstutor> ");
        assertTrue(Files.readString(home.resolve("lessons.json")).contains("handshake"));
        tmux.press("reset handshake", "Enter");
        tmux.waitFor("? [y/N] ");
        tmux.press("y", "Enter");
        screen = waitForPromptAfter("Backup: ", "wstutor> ");
        assertFalse(Files.readString(home.resolve("lessons.json")).contains("handshake"), screen);

        // Ctrl-D leaves; the history is there after a restart
        tmux.press("C-d");
        screen = tmux.waitFor("SHELL_EXIT=");
        assertTrue(screen.contains("bye") && screen.contains("SHELL_EXIT=0"), screen);
        tmux.close();
        start();
        tmux.waitFor("wstutor> ");
        tmux.press("Up");
        tmux.waitFor("wstutor> reset handshake");
        tmux.press("Up");
        tmux.waitFor("wstutor> progress"); // the two resets in a row are kept once
        tmux.press("C-u", "exit", "Enter");
        tmux.waitFor("SHELL_EXIT=0");
        String history = Files.readString(home.resolve(Shell.HISTORY));
        assertFalse(history.lines().anyMatch(l -> l.endsWith(":y") || l.endsWith(":n") || l.endsWith(":q")),
                "answers typed to commands stay out of the shell's history:\n" + history);
    }

    private static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines[lines.length - 1].stripTrailing();
    }

    private void start() throws Exception {
        tmux.start(120, 50, Tmux.wstutor(home, "NO_COLOR=1", "-Dwstutor.lessons=" + Tmux.quote(QuizRun.lessons().toString()),
                "", "SHELL_EXIT"));
    }

    /** Waits until {@code first} shows and, below it, {@code then} (the prompt that follows). */
    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private String waitForPromptAfter(String first, String then) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(Tmux.PATIENCE);
        String screen = "";
        while (java.time.Instant.now().isBefore(deadline)) {
            screen = tmux.screen(tmux.session());
            int at = screen.lastIndexOf(first);
            if (at >= 0 && screen.indexOf(then, at + first.length()) >= 0) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed '" + first + "' followed by '" + then + "':\n" + screen);
    }
}
