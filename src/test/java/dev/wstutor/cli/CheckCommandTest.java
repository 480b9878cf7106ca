package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.net.NodePeer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wstutor check as a command: one line per case, the count line last, exit 0 only when all passed. */
class CheckCommandTest {
    @TempDir
    Path home;

    @Test
    void passesAgainstWstutorServeInEchoMode() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--mode", "echo", "--frames", "none")) {
            int port = serve.listeningPort();
            CommandRun run = CommandRun.of("check", "ws://127.0.0.1:" + port + "/");
            String[] lines = run.out().split("\n");
            assertEquals(0, run.exit(), run.out());
            assertEquals("9 passed, 0 failed", lines[lines.length - 1]);
            assertEquals(11, lines.length, run.out());
            serve.interrupt();
            assertEquals(0, serve.waitFor(10));
        }
    }

    @Test
    void passesAgainstTheNpmWsEchoServer() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js")) {
            CommandRun run = CommandRun.of("check", ws.url());
            assertEquals(0, run.exit(), run.out());
            assertTrue(run.out().endsWith("9 passed, 0 failed\n"), run.out());
        }
    }

    @Test
    void failsWithTheRightReasonAgainstAWrongAcceptAPlainHttpAndASilentServer() throws Exception {
        try (NodePeer wrong = NodePeer.server("wrong-accept-server.js");
             NodePeer http = NodePeer.server("http200-server.js");
             NodePeer silent = NodePeer.server("silent-server.js")) {
            CommandRun w = CommandRun.of("check", wrong.url());
            assertEquals(1, w.exit());
            assertTrue(w.out().contains("FAIL  handshake      Sec-WebSocket-Accept does not match: expected "), w.out());
            assertTrue(w.out().endsWith("0 passed, 1 failed, 8 skipped\n"), w.out());
            CommandRun h = CommandRun.of("check", http.url());
            assertEquals(1, h.exit());
            assertTrue(h.out().contains("status is 200 OK, not 101 Switching Protocols"), h.out());
            CommandRun s = CommandRun.of("check", silent.url(), "--timeout", "500");
            assertEquals(1, s.exit());
            assertTrue(s.out().contains("no answer to the opening handshake from 127.0.0.1:" + silent.port() + " within 500 ms"), s.out());
        }
    }

    @Test
    void selectsCasesByNameAndRefusesAnUnknownOne() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js")) {
            CommandRun run = CommandRun.of("check", ws.url(), "--case", "ping,close");
            assertEquals(0, run.exit(), run.out());
            assertEquals(List.of("checking " + ws.url(), "  pass  ping   pong \"wstutor ping\" came back",
                    "  pass  close  answered close 1000 normal closure \"wstutor check\", then closed the TCP connection",
                    "2 passed, 0 failed"), List.of(run.out().split("\n")));
        }
        CommandRun bad = CommandRun.of("check", "ws://127.0.0.1:9/", "--case", "nope");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("wstutor: no case named 'nope'; cases: handshake, text-echo"), bad.err());
    }

    @Test
    void withFramesEachCaseIsNamedBeforeTheFramesOfItsOwnNumberedConnection() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js")) {
            CommandRun run = CommandRun.of("check", ws.url(), "--case", "ping", "--frames", "summary");
            assertEquals(0, run.exit(), run.out());
            String out = run.out();
            int header = out.indexOf("── ping: answers a ping");
            int ping = out.indexOf("#2  client → server  ping");
            int verdict = out.indexOf("  pass  ping");
            assertTrue(header >= 0 && header < ping && ping < verdict, out);
        }
    }
}
