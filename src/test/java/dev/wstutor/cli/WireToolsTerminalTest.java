package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve and connect side by side in a real terminal, as a new user runs them: tmux with two panes, keys sent
 * as typed, screens read back. Skipped where tmux is not installed.
 */
class WireToolsTerminalTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("listening on ws://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path home;

    private final String session = "wstutor-wire-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @AfterEach
    void killSession() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void framesShowOnBothSidesTypingSurvivesArrivingFramesAndCtrlCClosesWith1001() throws Exception {
        Assumptions.assumeTrue(tmuxAvailable(), "tmux is not installed");
        tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50", command("SERVE", "serve --port 0 --frames summary"));
        String serveScreen = waitFor(pane(0), "listening on ws://");
        Matcher m = LISTENING.matcher(serveScreen);
        assertTrue(m.find(), serveScreen);
        String url = "ws://127.0.0.1:" + m.group(1) + "/";
        tmux("split-window", "-h", "-t", session, command("CONNECT", "connect " + url + " --frames summary"));
        waitFor(pane(1), "connected: type a message");

        tmux("send-keys", "-t", pane(1), "hello from the client", "Enter");
        waitFor(pane(0), "client → server  text  FIN=1 MASK=1 len=21  \"hello from the client\"");
        waitFor(pane(1), "server → client  text  FIN=1 MASK=0 len=21  \"hello from the client\"");

        // half a line typed, then frames arrive: they print above the prompt and the typing stays as it was
        tmux("send-keys", "-t", pane(1), "half typ");
        waitFor(pane(1), "> half typ");
        tmux("send-keys", "-t", pane(0), "from the operator", "Enter");
        String client = waitFor(pane(1), "server → client  text  FIN=1 MASK=0 len=17  \"from the operator\"");
        assertEquals("> half typ", lastLine(client), client);
        tmux("send-keys", "-t", pane(1), "ed", "Enter");
        waitFor(pane(0), "\"half typed\"");

        tmux("send-keys", "-t", pane(0), "C-c");
        String serve = waitFor(pane(0), "SERVE_EXIT=");
        assertTrue(serve.contains("stopped: closed 1 connection with 1001 going away") && serve.contains("SERVE_EXIT=0"), serve);
        client = waitFor(pane(1), "CONNECT_EXIT=");
        assertTrue(client.contains("closed: 1001 going away") && client.contains("CONNECT_EXIT=0"), client);
    }

    private String pane(int n) {
        return session + ":0." + n;
    }

    private String command(String name, String args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return "env WSTUTOR_HOME=" + quote(home.toString()) + " NO_COLOR=1 " + quote(java)
                + " -cp " + quote(System.getProperty("java.class.path")) + " dev.wstutor.cli.Main " + args
                + "; echo " + name + "_EXIT=$?; sleep 60";
    }

    private static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines[lines.length - 1].stripTrailing();
    }

    /** Polls the screen until it shows {@code text}; a terminal offers no event to wait on. */
    private String waitFor(String target, String text) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = tmux("capture-pane", "-p", "-J", "-t", target);
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
