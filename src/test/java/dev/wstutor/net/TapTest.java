package dev.wstutor.net;

import dev.wstutor.event.WireEvent;
import dev.wstutor.event.Direction;
import dev.wstutor.event.WireListener;
import dev.wstutor.event.EventLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.wire.AcceptKey;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.Opcode;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real Java-WebSocket server and client on loopback, both tapped. */
class TapTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static final TapServer.Handler ECHO = new TapServer.Handler() {
        @Override
        public void text(Peer peer, String text) {
            peer.send(text);
        }
    };

    @Test
    void reportsTheHandshakeInWireOrderAndEveryFrameBothWays() throws Exception {
        EventLog serverLog = new EventLog();
        EventLog clientLog = new EventLog();
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), serverLog, ECHO, System::nanoTime)) {
            assertTrue(server.url().startsWith("ws://127.0.0.1:"));
            TapClient client = TapClient.connect(URI.create(server.url() + "chat"), TapClient.Options.defaults(), clientLog,
                    new TapClient.Handler() {
                        @Override
                        public void text(String text) {
                            replies.add(text);
                        }
                    }, System::nanoTime);

            WireEvent.HandshakeSeen request = serverLog.await(0, WireEvent.HandshakeSeen.class,
                    h -> h.direction() == Direction.IN, WAIT).orElseThrow();
            assertEquals("GET /chat HTTP/1.1", request.head().startLine());
            assertTrue(request.raw().endsWith("\r\n\r\n"));
            WireEvent.HandshakeSeen response = clientLog.await(0, WireEvent.HandshakeSeen.class,
                    h -> h.direction() == Direction.IN, WAIT).orElseThrow();
            HttpMessage head = response.head();
            assertEquals(101, head.status());
            String key = request.head().header("Sec-WebSocket-Key").orElseThrow();
            assertEquals(AcceptKey.accept(key), head.header("Sec-WebSocket-Accept").orElseThrow());
            assertEquals(request.head(), client.request());

            client.send("Hello");
            assertEquals("Hello", replies.poll(5, TimeUnit.SECONDS));
            WireEvent.FrameSeen in = serverLog.await(0, WireEvent.FrameSeen.class,
                    f -> f.direction() == Direction.IN && f.frame().is(Opcode.TEXT), WAIT).orElseThrow();
            assertTrue(in.frame().masked(), "client frames are masked");
            assertEquals(4, in.frame().maskingKey().length);
            assertEquals("Hello", in.frame().text());
            WireEvent.FrameSeen out = clientLog.await(0, WireEvent.FrameSeen.class,
                    f -> f.direction() == Direction.IN && f.frame().is(Opcode.TEXT), WAIT).orElseThrow();
            assertFalse(out.frame().masked(), "server frames are not masked");

            client.ping("are you there".getBytes(StandardCharsets.UTF_8));
            WireEvent.FrameSeen pong = clientLog.await(0, WireEvent.FrameSeen.class,
                    f -> f.direction() == Direction.IN && f.frame().is(Opcode.PONG), WAIT).orElseThrow();
            assertEquals("are you there", pong.frame().text());
            assertTrue(serverLog.await(0, WireEvent.FrameSeen.class,
                    f -> f.direction() == Direction.OUT && f.frame().is(Opcode.PONG), WAIT).isPresent());

            client.close(1000, "done");
            assertTrue(client.awaitClosed(WAIT));
            WireEvent.FrameSeen serverGotClose = serverLog.await(0, WireEvent.FrameSeen.class,
                    f -> f.direction() == Direction.IN && f.frame().is(Opcode.CLOSE), WAIT).orElseThrow();
            assertEquals(1000, serverGotClose.frame().closeBody().orElseThrow().code());
            assertTrue(serverLog.await(0, WireEvent.FrameSeen.class,
                    f -> f.direction() == Direction.OUT && f.frame().is(Opcode.CLOSE), WAIT).isPresent(),
                    "the server's close reply is seen where it is sent");
            assertTrue(serverLog.await(0, WireEvent.Closed.class, c -> c.code() == 1000, WAIT).isPresent());
            List<WireEvent.FrameRejected> rejected = serverLog.all(WireEvent.FrameRejected.class, r -> true);
            assertEquals(List.of(), rejected);
        }
    }

    @Test
    void saysAPortIsBusy() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            java.io.IOException e = assertThrows(java.io.IOException.class, () -> TapServer.start(
                    TapServer.Config.loopback().withPort(busy.getLocalPort()), WireListener.NONE, ECHO, System::nanoTime));
            assertEquals("port " + busy.getLocalPort() + " on 127.0.0.1 is in use; try --port 0 for any free port", e.getMessage());
        }
    }

    @Test
    void saysWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConnectFailure f = assertThrows(ConnectFailure.class, () -> TapClient.connect(URI.create("ws://127.0.0.1:" + port + "/"),
                TapClient.Options.defaults(), WireListener.NONE, new TapClient.Handler() { }, System::nanoTime));
        assertEquals("connection refused by 127.0.0.1:" + port + ": is a server listening there?", f.getMessage());
    }

    @Test
    void timesOutOnAServerThatNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            ConnectFailure f = assertThrows(ConnectFailure.class, () -> TapClient.connect(
                    URI.create("ws://127.0.0.1:" + silent.getLocalPort() + "/"),
                    TapClient.Options.defaults().withTimeout(Duration.ofMillis(300)), WireListener.NONE,
                    new TapClient.Handler() { }, System::nanoTime));
            assertEquals("no handshake answer from 127.0.0.1:" + silent.getLocalPort() + " within 300 ms", f.getMessage());
        }
    }

    @Test
    void refusesARequestWithoutUpgradeWith400AsRfc6455AsksWhereTheLibraryAloneWouldAccept() throws Exception {
        EventLog log = new EventLog();
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), log, ECHO, System::nanoTime)) {
            String request = "GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
            RawExchange.Answer answer = RawExchange.send(server.address(), request.getBytes(StandardCharsets.US_ASCII),
                    Duration.ofSeconds(2), 4096);
            String text = new String(answer.bytes(), StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("HTTP/1.1 400 Bad Request\r\n"), text);
            assertEquals(RawExchange.Ending.COMPLETE_ANSWER, answer.ending());
            WireEvent.Failed failed = log.await(0, WireEvent.Failed.class, f -> true, WAIT).orElseThrow();
            assertTrue(failed.message().matches("client 127\\.0\\.0\\.1:\\d+: no 'Upgrade: websocket' header \\(4\\.1 item 5\\);"
                    + " answered 400 Bad Request and closed"), failed.message());
        }
    }
}
