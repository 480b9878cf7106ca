package dev.wstutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.net.ChatMode;
import dev.wstutor.net.EchoHandler;
import dev.wstutor.net.NodePeer;
import dev.wstutor.net.TapServer;
import dev.wstutor.event.WireListener;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** check against real servers: wstutor's own, npm ws, and three that get the handshake wrong. */
class CheckerTest {

    private static Checker.Report check(String url, Duration timeout) {
        Target t = new Target(URI.create(url), Map.of(), timeout, WireListener.NONE, System::nanoTime);
        return Checker.run(t, Checker.ALL, r -> { });
    }

    private static String lines(Checker.Report report) {
        return report.results().stream().map(r -> r.outcome().verdict() + " " + r.check().name() + " " + r.outcome().reason())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void everyCasePassesAgainstWstutorsOwnEchoServer() throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, new EchoHandler(), System::nanoTime)) {
            Checker.Report report = check(server.url(), Duration.ofSeconds(3));
            assertEquals("9 passed, 0 failed", report.summary(), lines(report));
            assertTrue(report.allPassed());
        }
    }

    @Test
    void everyCasePassesAgainstTheNpmWsEchoServer() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js")) {
            Checker.Report report = check(ws.url(), Duration.ofSeconds(3));
            assertEquals("9 passed, 0 failed", report.summary(), lines(report));
        }
    }

    @Test
    void echoCasesAreSkippedAndSaidSoWhenTheServerDoesNotEcho() throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, new ChatMode(), System::nanoTime)) {
            Checker.Report report = check(server.url(), Duration.ofMillis(500));
            assertEquals("5 passed, 0 failed, 4 skipped", report.summary(), lines(report));
            Checker.Result skipped = report.results().stream().filter(r -> r.check().name().equals("text-echo")).findFirst().orElseThrow();
            assertEquals("needs an echo server: a text message was not echoed within 500 ms", skipped.outcome().reason());
        }
    }

    @Test
    void aWrongAcceptValueFailsTheHandshakeWithBothValues() throws Exception {
        try (NodePeer bad = NodePeer.server("wrong-accept-server.js")) {
            Checker.Report report = check(bad.url(), Duration.ofSeconds(2));
            Checker.Result first = report.results().get(0);
            assertEquals("handshake", first.check().name());
            assertEquals(Outcome.Verdict.FAIL, first.outcome().verdict());
            assertTrue(first.outcome().reason().matches("Sec-WebSocket-Accept does not match: expected \\S+, got \\S+"),
                    first.outcome().reason());
            assertEquals("0 passed, 1 failed, 8 skipped", report.summary());
            assertFalse(report.allPassed());
        }
    }

    @Test
    void aPlainHttpServerFailsTheHandshakeWithItsStatus() throws Exception {
        try (NodePeer http = NodePeer.server("http200-server.js")) {
            Checker.Report report = check(http.url(), Duration.ofSeconds(2));
            assertEquals("status is 200 OK, not 101 Switching Protocols (a plain HTTP server, not a WebSocket endpoint)",
                    report.results().get(0).outcome().reason());
            assertEquals("0 passed, 1 failed, 8 skipped", report.summary());
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutInsteadOfHanging() throws Exception {
        try (NodePeer silent = NodePeer.server("silent-server.js")) {
            long t0 = System.nanoTime();
            Checker.Report report = check(silent.url(), Duration.ofMillis(400));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("no answer to the opening handshake from 127.0.0.1:" + silent.port() + " within 400 ms",
                    report.results().get(0).outcome().reason());
            assertTrue(ms < 3000, "took " + ms + " ms");
        }
    }

    @Test
    void selectedCasesRunAloneAndCasesAreNamedForSelection() throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, new EchoHandler(), System::nanoTime)) {
            Target t = new Target(URI.create(server.url()), Map.of(), Duration.ofSeconds(3), WireListener.NONE, System::nanoTime);
            List<String> seen = new ArrayList<>();
            Checker.Report report = Checker.run(t, List.of(Checker.named("ping").orElseThrow(), Checker.named("UNMASKED").orElseThrow()),
                    r -> seen.add(r.check().name()));
            assertEquals(List.of("ping", "unmasked"), seen);
            assertEquals("2 passed, 0 failed", report.summary());
        }
    }

    /** A hand-written server that accepts the handshake, then answers the first frame with an empty close. */
    private static Thread emptyCloseServer(java.net.ServerSocket listening) {
        Thread t = new Thread(() -> {
            try (java.net.Socket s = listening.accept()) {
                java.io.InputStream in = s.getInputStream();
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    head.append((char) in.read());
                }
                String key = dev.wstutor.wire.HttpMessage.parse(head.toString()).header("Sec-WebSocket-Key").orElseThrow();
                s.getOutputStream().write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + dev.wstutor.wire.AcceptKey.accept(key) + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                in.read(new byte[64]);
                s.getOutputStream().write(new byte[] {(byte) 0x88, 0x00});
                s.getOutputStream().flush();
            } catch (Exception ignored) {
                // the test reads what the checker concluded
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void aCloseReplyWithoutAStatusCodePassesTheCloseHandshake() throws Exception {
        try (java.net.ServerSocket listening = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            emptyCloseServer(listening);
            Target t = new Target(URI.create("ws://127.0.0.1:" + listening.getLocalPort() + "/"), Map.of(), Duration.ofSeconds(3),
                    WireListener.NONE, System::nanoTime);
            Outcome o = new CloseHandshake().run(t);
            assertEquals(new Outcome(Outcome.Verdict.PASS, "answered close with no status code, then closed the TCP connection"), o);
        }
    }

    private static Checker.Result unmaskedCase(NodePeer server) {
        Target t = new Target(URI.create(server.url()), Map.of(), Duration.ofSeconds(3), WireListener.NONE, System::nanoTime);
        Checker.Report report = Checker.run(t, List.of(new Handshake(), new UnmaskedFrame()), r -> { });
        return report.results().stream().filter(r -> r.check().name().equals("unmasked")).findFirst().orElseThrow();
    }

    @Test
    void aServerThatDropsTcpOnAnUnmaskedFrameWithoutClose1002Passes() throws Exception {
        try (NodePeer drop = NodePeer.server("drop-unmasked-server.js")) {
            Checker.Result r = unmaskedCase(drop);
            assertEquals(Outcome.Verdict.PASS, r.outcome().verdict(), r.outcome().reason());
            assertEquals("closed the TCP connection without a close frame, which RFC 6455 5.1 allows (the server MUST close, MAY send 1002)",
                    r.outcome().reason());
        }
    }

    @Test
    void aServerThatAcceptsAnUnmaskedFrameStillFails() throws Exception {
        try (NodePeer lax = NodePeer.server("drop-unmasked-server.js", "0", "lax")) {
            Checker.Result r = unmaskedCase(lax);
            assertEquals(Outcome.Verdict.FAIL, r.outcome().verdict(), r.outcome().reason());
            assertTrue(r.outcome().reason().startsWith("accepted the frame and echoed it"), r.outcome().reason());
        }
    }

    @Test
    void theNpmWsServerStillPassesTheUnmaskedCaseWithClose1002() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js")) {
            Checker.Result r = unmaskedCase(ws);
            assertEquals(Outcome.Verdict.PASS, r.outcome().verdict(), r.outcome().reason());
            assertTrue(r.outcome().reason().startsWith("answered close 1002 protocol error"), r.outcome().reason());
        }
    }
}
