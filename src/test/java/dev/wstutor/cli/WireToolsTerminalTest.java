package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
    private static final Pattern LISTENING = Pattern.compile("listening on ws://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path home;

    private final Tmux tmux = new Tmux("wire-test");

    @AfterEach
    void killSession() throws Exception {
        tmux.close();
    }

    @Test
    void framesShowOnBothSidesTypingSurvivesArrivingFramesAndCtrlCClosesWith1001() throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        tmux.start(200, 50, command("SERVE", "serve --port 0 --frames summary"));
        String serveScreen = waitFor(pane(0), "listening on ws://");
        Matcher m = LISTENING.matcher(serveScreen);
        assertTrue(m.find(), serveScreen);
        String url = "ws://127.0.0.1:" + m.group(1) + "/";
        tmux.split(command("CONNECT", "connect " + url + " --frames summary"));
        waitFor(pane(1), "connected: type a message");

        tmux.send(pane(1), "hello from the client", "Enter");
        waitFor(pane(0), "client → server  text  FIN=1 MASK=1 len=21  \"hello from the client\"");
        waitFor(pane(1), "server → client  text  FIN=1 MASK=0 len=21  \"hello from the client\"");

        // half a line typed, then frames arrive: they print above the prompt and the typing stays as it was
        tmux.send(pane(1), "half typ");
        waitFor(pane(1), "> half typ");
        tmux.send(pane(0), "from the operator", "Enter");
        String client = waitFor(pane(1), "server → client  text  FIN=1 MASK=0 len=17  \"from the operator\"");
        assertEquals("> half typ", lastLine(client), client);
        tmux.send(pane(1), "ed", "Enter");
        waitFor(pane(0), "\"half typed\"");

        tmux.send(pane(0), "C-c");
        String serve = waitFor(pane(0), "SERVE_EXIT=");
        assertTrue(serve.contains("stopped: closed 1 connection with 1001 going away") && serve.contains("SERVE_EXIT=0"), serve);
        client = waitFor(pane(1), "CONNECT_EXIT=");
        assertTrue(client.contains("closed: 1001 going away") && client.contains("CONNECT_EXIT=0"), client);
    }

    private String pane(int n) {
        return tmux.pane(n);
    }

    private String command(String name, String args) {
        return Tmux.wstutor(home, "NO_COLOR=1", "", args, name + "_EXIT");
    }

    private static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines[lines.length - 1].stripTrailing();
    }

    private String waitFor(String target, String text) throws Exception {
        return tmux.waitFor(target, text);
    }
}
