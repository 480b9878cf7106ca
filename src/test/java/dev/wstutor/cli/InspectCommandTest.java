package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.net.NodePeer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wstutor inspect between the npm ws client and the npm ws echo server. */
class InspectCommandTest {
    @TempDir
    Path home;

    @Test
    void forwardsEveryMessageAndPingBothWaysAndShowsBothLegs() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js");
             WstutorProcess inspect = WstutorProcess.start(home, "inspect", "--listen", "0", "--target", ws.url(), "--frames", "summary")) {
            int port = inspect.listeningPort();
            try (NodePeer client = NodePeer.client("client.js", "ws://127.0.0.1:" + port + "/", "--text", "through the proxy",
                    "--binary", "0102", "--ping", "p", "--close", "4000", "done")) {
                assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
                String last = client.output().get(client.output().size() - 1);
                assertTrue(last.contains("\"code\":4000") && last.contains("\"messages\":2") && last.contains("\"pongs\":1"), last);
            }
            assertNotNull(inspect.awaitLine(l -> l.contains("closed")));
            inspect.interrupt();
            assertEquals(0, inspect.waitFor(10));
            List<String> out = inspect.stdout();
            String all = String.join("\n", out);
            assertTrue(out.stream().filter(l -> l.contains("through the proxy")).count() >= 4,
                    "the text crossed both legs, both ways:\n" + all);
            assertTrue(out.stream().anyMatch(l -> l.contains("ping")), all);
        }
    }

    @Test
    void decodesSocketIoBetweenTheNpmClientAndServerOverWebSocket() throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js");
             WstutorProcess inspect = WstutorProcess.start(home, "inspect", "--listen", "0", "--target",
                     "ws://127.0.0.1:" + server.port(), "--frames", "summary")) {
            int port = inspect.listeningPort();
            try (NodePeer client = NodePeer.client("sio-emit-client.js", "http://127.0.0.1:" + port, "--transports", "websocket",
                    "--emit", "message", "[\"through the proxy\"]", "--exit-after", "2")) {
                assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
            }
            assertNotNull(inspect.awaitLine(l -> l.contains("closed")));
            inspect.interrupt();
            assertEquals(0, inspect.waitFor(10));
            String all = String.join("\n", inspect.stdout());
            // Each leg shows the Engine.IO packet and the Socket.IO packet inside the frame.
            assertTrue(inspect.stdout().stream().filter(l -> l.contains("Socket.IO 2 EVENT / \"message\" [\"through the proxy\"]")).count() >= 2, all);
            assertTrue(inspect.stdout().stream().filter(l -> l.contains("Socket.IO 2 EVENT / \"message-back\"")).count() >= 2, all);
            assertTrue(all.contains("Engine.IO 0 OPEN sid"), all);
        }
    }

    @Test
    void relaysClose1012ServiceRestartWithoutFlaggingIt() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js");
             WstutorProcess inspect = WstutorProcess.start(home, "inspect", "--listen", "0", "--target", ws.url(), "--frames", "summary")) {
            int port = inspect.listeningPort();
            try (NodePeer client = NodePeer.client("client.js", "ws://127.0.0.1:" + port + "/", "--text", "hi",
                    "--close", "1012", "restarting")) {
                assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
                String last = client.output().get(client.output().size() - 1);
                assertTrue(last.contains("\"code\":1012"), "the target's reply came back as 1012: " + last);
            }
            assertNotNull(inspect.awaitLine(l -> l.contains("closed")));
            inspect.interrupt();
            inspect.waitFor(10);
            String all = String.join("\n", inspect.stdout()) + "\n" + String.join("\n", inspect.stderr());
            assertTrue(all.contains("1012 service restart"), all);
            assertFalse(all.contains("rejected"), all);
            assertFalse(all.contains("may not be sent"), all);
        }
    }

    @Test
    void aTargetThatIsNotAUrlIsOneLine() throws Exception {
        CommandRun run = CommandRun.of("inspect", "--listen", "0", "--target", "ws://local host:9/");
        assertEquals(2, run.exit(), "a malformed URL is a usage error");
        assertEquals(1, run.errLines().length, run.err());
    }

    @Test
    void aSubprotocolGivenWithSubprotocolIsAcceptedFromTheClientAndOfferedToTheTarget() throws Exception {
        dev.wstutor.event.EventLog targetLog = new dev.wstutor.event.EventLog();
        try (dev.wstutor.net.TapServer target = dev.wstutor.net.TapServer.start(
                new dev.wstutor.net.TapServer.Config("127.0.0.1", 0, List.of("chat"), 1 << 20, 0, 1), targetLog,
                new dev.wstutor.net.EchoHandler(), System::nanoTime);
             WstutorProcess inspect = WstutorProcess.start(home, "inspect", "--listen", "0", "--target", target.url(),
                     "--subprotocol", "chat", "--frames", "none")) {
            int port = inspect.listeningPort();
            dev.wstutor.net.TapClient client = dev.wstutor.net.TapClient.connect(java.net.URI.create("ws://127.0.0.1:" + port + "/"),
                    new dev.wstutor.net.TapClient.Options(java.util.Map.of(), List.of("chat"), java.time.Duration.ofSeconds(5), 1 << 20),
                    dev.wstutor.event.WireListener.NONE, new dev.wstutor.net.TapClient.Handler() { }, System::nanoTime);
            assertEquals("chat", client.subprotocol());
            dev.wstutor.event.WireEvent.HandshakeSeen upstream = targetLog.await(0, dev.wstutor.event.WireEvent.HandshakeSeen.class,
                    h -> h.direction() == dev.wstutor.event.Direction.IN, java.time.Duration.ofSeconds(10)).orElseThrow();
            assertEquals("chat", upstream.head().header("Sec-WebSocket-Protocol").orElseThrow());
            client.close();
            inspect.interrupt();
            assertEquals(0, inspect.waitFor(10));
        }
    }

    @Test
    void theTargetsOwn401And403And404ReachTheAppWithTheirHeadersAndBody() throws Exception {
        try (NodePeer target = NodePeer.server("auth-server.js");
             WstutorProcess inspect = WstutorProcess.start(home, "inspect", "--listen", "0", "--target",
                     "ws://127.0.0.1:" + target.port(), "--frames", "summary")) {
            String proxy = "ws://127.0.0.1:" + inspect.listeningPort();
            String unauthorized = refusal(proxy + "/");
            assertTrue(unauthorized.contains("\"status\":401") && unauthorized.contains("\"www-authenticate\":\"Bearer realm=\\\"tutor\\\"\"")
                    && unauthorized.contains("\"body\":\"token required\""), unauthorized);
            String forbidden = refusal(proxy + "/admin");
            assertTrue(forbidden.contains("\"status\":403") && forbidden.contains("\"x-reason\":\"forbidden-path\"")
                    && forbidden.contains("\"body\":\"admins only\""), forbidden);
            String missing = refusal(proxy + "/missing");
            assertTrue(missing.contains("\"status\":404") && missing.contains("no WebSocket endpoint here"), missing);
            assertNotNull(inspect.awaitLine(l -> l.contains("the target refused the handshake, 404 Not Found")));
            inspect.interrupt();
            assertEquals(0, inspect.waitFor(10));
            String all = String.join("\n", inspect.stdout());
            assertFalse(all.contains("101"), "the app never got a 101 it would then lose:\n" + all);
        }
    }

    @Test
    void anAppLetInGetsTheTargetsGreetingFirstAndNothingCrossesBeforeBothLegsAreOpen() throws Exception {
        try (NodePeer target = NodePeer.server("auth-server.js");
             WstutorProcess inspect = WstutorProcess.start(home, "inspect", "--listen", "0", "--target",
                     "ws://127.0.0.1:" + target.port(), "--frames", "summary")) {
            try (NodePeer app = NodePeer.client("client.js", "ws://127.0.0.1:" + inspect.listeningPort() + "/",
                    "--header", "Authorization: Bearer letmein", "--greeted", "--text", "after the greeting")) {
                assertEquals(0, app.waitFor(20), String.join("\n", app.output()));
                List<String> seen = app.output();
                assertTrue(seen.get(1).contains("\"data\":\"welcome\"") && seen.get(2).contains("after the greeting"),
                        "the greeting the target sent before the app's leg opened came first:\n" + String.join("\n", seen));
            }
            assertNotNull(inspect.awaitLine(l -> l.contains("closed")));
            inspect.interrupt();
            assertEquals(0, inspect.waitFor(10));
            List<String> out = inspect.stdout();
            int targetOpen = indexOf(out, l -> l.contains("HTTP/1.1 101"));
            int appAnswered = indexOf(out, l -> l.contains("handshake response, sent by the server"));
            assertTrue(targetOpen >= 0 && appAnswered > targetOpen, "the target's 101 came before the app's:\n" + String.join("\n", out));
        }
    }

    @Test
    void aTargetThatIsDownIsAnswered502SoTheAppNeverSeesAConnectionThatThenFails() throws Exception {
        int down;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            down = s.getLocalPort();
        }
        try (WstutorProcess inspect = WstutorProcess.start(home, "inspect", "--listen", "0", "--target",
                "ws://127.0.0.1:" + down + "/", "--frames", "summary")) {
            String answer = refusal("ws://127.0.0.1:" + inspect.listeningPort() + "/");
            assertTrue(answer.contains("\"status\":502") && answer.contains("cannot reach the target"), answer);
            assertNotNull(inspect.awaitLine(l -> l.contains("cannot reach the target") && l.contains("502 Bad Gateway")));
            inspect.interrupt();
            assertEquals(0, inspect.waitFor(10));
        }
    }

    /** The npm ws client's report of a refused handshake: status, headers and body as JSON. */
    private static String refusal(String url) throws Exception {
        try (NodePeer app = NodePeer.client("client.js", url, "--text", "never sent")) {
            assertEquals(1, app.waitFor(20), String.join("\n", app.output()));
            String line = app.output().get(0);
            assertTrue(line.contains("unexpected-response"), line);
            return line;
        }
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> p) {
        for (int i = 0; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
