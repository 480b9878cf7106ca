package dev.wstutor.net;

import dev.wstutor.event.WireEvent;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireListener;
import dev.wstutor.event.EventLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.Opcode;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input from one client fails that client with the right close code, and the server serves the others. */
class ViolationsTest {
    private static final byte[] KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};

    private static TapClient connect(TapServer server, Recorder r) throws Exception {
        return TapClient.connect(URI.create(server.url()), TapClient.Options.defaults(), WireListener.NONE, r, System::nanoTime);
    }

    private static void stillServes(TapServer server) throws Exception {
        Recorder ok = new Recorder();
        TapClient c = connect(server, ok);
        c.send("still there?");
        assertEquals("still there?", ok.nextText());
        c.close();
    }

    @Test
    void rawBytesGoOutAsTheyAreAndAnEchoComesBack() throws Exception {
        EventLog serverLog = new EventLog();
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), serverLog, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            byte[] frame = FrameEncoder.text("Hello", KEY);
            c.sendRaw(frame);
            assertEquals("Hello", r.nextText());
            WireEvent.FrameSeen in = serverLog.await(0, WireEvent.FrameSeen.class,
                    f -> f.direction() == Direction.IN && f.frame().is(Opcode.TEXT), Recorder.WAIT).orElseThrow();
            assertEquals(Hex.format(frame), Hex.format(in.frame().raw()));
            c.close();
        }
    }

    @Test
    void anUnmaskedClientFrameIsAnsweredWithClose1002() throws Exception {
        EventLog serverLog = new EventLog();
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), serverLog, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            c.sendRaw(FrameEncoder.text("unmasked", null));
            assertEquals(1002, r.awaitCloseCode());
            assertTrue(r.texts.isEmpty(), "the unmasked message was not echoed");
            assertTrue(serverLog.await(0, WireEvent.FrameRejected.class, f -> true, Recorder.WAIT).isPresent());
            stillServes(server);
        }
    }

    @Test
    void invalidUtf8IsAnsweredWithClose1007() throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            c.sendRaw(FrameEncoder.encode(Opcode.TEXT, Hex.parse("ce ba e1 bd b9 ed a0 80 65"), KEY));
            assertEquals(1007, r.awaitCloseCode());
            stillServes(server);
        }
    }

    @Test
    void aFrameOverTheLimitIsAnsweredWithClose1009() throws Exception {
        TapServer.Config small = new TapServer.Config("127.0.0.1", 0, List.of(), 1024, 0, 1);
        try (TapServer server = TapServer.start(small, WireListener.NONE, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            c.send(new byte[4096]);
            assertEquals(1009, r.awaitCloseCode());
            stillServes(server);
        }
    }

    @Test
    void aClientThatVanishesMidFrameLeavesTheServerServing() throws Exception {
        EventLog serverLog = new EventLog();
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), serverLog, new EchoHandler(), System::nanoTime);
             Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            String key = "dGhlIHNhbXBsZSBub25jZQ==";
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] frame = FrameEncoder.text("this frame never ends", KEY);
            out.write(frame, 0, 9);
            out.flush();
            assertTrue(serverLog.await(0, WireEvent.Opened.class, o -> true, Recorder.WAIT).isPresent());
            s.close();
            WireEvent.Closed closed = serverLog.await(0, WireEvent.Closed.class, e -> true, Recorder.WAIT).orElseThrow();
            assertEquals(1006, closed.code());
            stillServes(server);
        }
    }

    @Test
    void aProxyForwardsMessagesAndControlFramesBothWaysOnTwoTappedLegs() throws Exception {
        EventLog log = new EventLog();
        try (TapServer target = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, new EchoHandler(), System::nanoTime);
             Proxy proxy = Proxy.start(TapServer.Config.loopback(), URI.create(target.url()), TapClient.Options.defaults(), log,
                     System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = TapClient.connect(URI.create(proxy.url()),
                    new TapClient.Options(Map.of("Origin", "http://app.example"), List.of(), Duration.ofSeconds(5), 1 << 20),
                    WireListener.NONE, r, System::nanoTime);
            c.send("through");
            c.send(new byte[] {1, 2, 3});
            assertEquals("through", r.nextText());
            assertEquals(3, r.binaries.poll(5, java.util.concurrent.TimeUnit.SECONDS).length);
            c.ping("p".getBytes(StandardCharsets.UTF_8));
            // the ping went on to the target, and the target's pong came back through the proxy
            assertTrue(log.await(0, WireEvent.FrameSeen.class, f -> f.observer() == Endpoint.CLIENT
                    && f.direction() == Direction.IN && f.frame().is(Opcode.PONG), Recorder.WAIT).isPresent());
            assertTrue(log.await(0, WireEvent.FrameSeen.class, f -> f.observer() == Endpoint.SERVER
                    && f.direction() == Direction.OUT && f.frame().is(Opcode.PONG), Recorder.WAIT).isPresent());
            WireEvent.HandshakeSeen upstreamRequest = log.await(0, WireEvent.HandshakeSeen.class,
                    h -> h.observer() == Endpoint.CLIENT && h.direction() == Direction.OUT, Recorder.WAIT).orElseThrow();
            assertEquals("http://app.example", upstreamRequest.head().header("Origin").orElseThrow());
            assertEquals(1, upstreamRequest.connection(), "the target's leg carries the client's number");
            c.close(4000, "bye");
            assertEquals(4000, r.awaitCloseCode());
            assertTrue(log.await(0, WireEvent.FrameSeen.class, f -> f.observer() == Endpoint.CLIENT
                    && f.direction() == Direction.OUT && f.frame().is(Opcode.CLOSE)
                    && f.frame().closeBody().orElseThrow().code() == 4000, Recorder.WAIT).isPresent(),
                    "the client's close code went on to the target");
        }
    }

    @Test
    void aProxyWhoseTargetIsDownAnswersTheClient502AndSaysWhy() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EventLog log = new EventLog();
        try (Proxy proxy = Proxy.start(TapServer.Config.loopback(), URI.create("ws://127.0.0.1:" + port + "/"),
                TapClient.Options.defaults(), log, System::nanoTime)) {
            // The target is dialled before the client is answered, so the client never sees a 101 it cannot use.
            ConnectFailure refused = org.junit.jupiter.api.Assertions.assertThrows(ConnectFailure.class, () ->
                    TapClient.connect(URI.create(proxy.url()), TapClient.Options.defaults(), WireListener.NONE,
                            new Recorder(), System::nanoTime));
            assertEquals(502, refused.response().orElseThrow().status(), refused.getMessage());
            WireEvent.Failed why = log.await(0, WireEvent.Failed.class, f -> true, Recorder.WAIT).orElseThrow();
            assertTrue(why.message().endsWith("cannot reach the target: connection refused by 127.0.0.1:" + port
                    + ": is a server listening there?; answered 502 Bad Gateway and closed"), why.message());
        }
    }
}
