package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.net.NodePeer;
import dev.wstutor.net.TapClient;
import dev.wstutor.event.WireListener;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wstutor serve in its own process, with the npm ws client and wstutor's own client talking to it. */
class ServeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private static List<JsonNode> json(List<String> lines) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : lines) {
            out.add(JSON.readTree(l));
        }
        return out;
    }

    @Test
    void theNpmWsClientGetsTextBinaryPingAndCloseAnsweredWithNothingLost() throws Exception {
        NodePeer.assumeInstalled();
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "summary")) {
            int port = serve.listeningPort();
            try (NodePeer client = NodePeer.client("client.js", "ws://127.0.0.1:" + port + "/", "--text", "hello",
                    "--binary", "00ff10", "--ping", "are you there", "--count", "500", "--close", "1000", "bye")) {
                assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
                List<JsonNode> events = json(client.output());
                assertEquals("hello", events.get(1).get("data").asText());
                assertTrue(events.stream().anyMatch(e -> e.path("hex").asText().equals("00ff10")), events.toString());
                assertTrue(events.stream().anyMatch(e -> e.path("event").asText().equals("pong")
                        && e.get("data").asText().equals("are you there")));
                JsonNode close = events.get(events.size() - 1);
                assertEquals("close", close.get("event").asText());
                assertEquals(1000, close.get("code").asInt());
                assertEquals(502, close.get("messages").asInt(), "every message echoed, none lost");
            }
            assertNotNull(serve.awaitLine(l -> l.contains("closed: 1000 normal closure")), String.join("\n", serve.stdout()));
            assertTrue(serve.stdout().stream().anyMatch(l -> l.contains("ping") && l.contains("are you there")));
            serve.interrupt();
            assertEquals(0, serve.waitFor(10));
        }
    }

    @Test
    void ctrlCClosesEveryClientWith1001AndExitsZero() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "none")) {
            int port = serve.listeningPort();
            AtomicInteger code = new AtomicInteger();
            CountDownLatch closed = new CountDownLatch(2);
            TapClient.Handler h = new TapClient.Handler() {
                @Override
                public void closed(int c, String reason, boolean byPeer) {
                    code.set(c);
                    closed.countDown();
                }
            };
            URI uri = URI.create("ws://127.0.0.1:" + port + "/");
            TapClient a = TapClient.connect(uri, TapClient.Options.defaults(), WireListener.NONE, h, System::nanoTime);
            TapClient b = TapClient.connect(uri, TapClient.Options.defaults(), WireListener.NONE, h, System::nanoTime);
            assertNotNull(serve.awaitLine(l -> l.contains("#2  opened")));
            serve.interrupt();
            assertTrue(closed.await(10, TimeUnit.SECONDS));
            assertEquals(1001, code.get());
            assertEquals(0, serve.waitFor(10));
            assertTrue(serve.stdout().contains("stopped: closed 2 connections with 1001 going away"), serve.stdout().toString());
            assertEquals(List.of(), serve.stderr());
            a.close();
            b.close();
        }
    }

    @Test
    void theOperatorSendsALineToEveryClientAndListsThem() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "none", "--mode", "chat")) {
            int port = serve.listeningPort();
            java.util.concurrent.BlockingQueue<String> got = new java.util.concurrent.LinkedBlockingQueue<>();
            TapClient.Handler h = new TapClient.Handler() {
                @Override
                public void text(String text) {
                    got.add(text);
                }
            };
            TapClient a = TapClient.connect(URI.create("ws://127.0.0.1:" + port + "/"), TapClient.Options.defaults(),
                    WireListener.NONE, h, System::nanoTime);
            assertNotNull(serve.awaitLine(l -> l.contains("#1  opened")));
            serve.type(false, "/clients", "hello from the operator", "/binary zz", "/kick 7");
            assertEquals("hello from the operator", got.poll(10, TimeUnit.SECONDS));
            assertNotNull(serve.awaitLine(l -> l.startsWith("client 1  127.0.0.1:")));
            assertNotNull(serve.awaitLine(l -> l.equals("bad hex after /binary: 'z' at position 1 is not a hex digit")));
            assertNotNull(serve.awaitLine(l -> l.equals("no client 7; /clients lists them")));
            serve.type(false, "/kick 1");
            assertTrue(a.awaitClosed(java.time.Duration.ofSeconds(10)));
            serve.interrupt();
            assertEquals(0, serve.waitFor(10));
        }
    }

    @Test
    void aBusyPortIsOneLineAndExitOne() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", Integer.toString(busy.getLocalPort()))) {
            assertEquals(1, serve.waitFor(20));
            assertEquals(List.of("wstutor: port " + busy.getLocalPort() + " on 127.0.0.1 is in use; try --port 0 for any free port"),
                    serve.stderr());
        }
    }

    @Test
    void aFrameOverMaxFrameIsClosedWith1009AndTheServerServesOn() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--max-frame", "1024", "--frames", "none")) {
            int port = serve.listeningPort();
            URI uri = URI.create("ws://127.0.0.1:" + port + "/");
            AtomicInteger code = new AtomicInteger();
            CountDownLatch closed = new CountDownLatch(1);
            TapClient big = TapClient.connect(uri, TapClient.Options.defaults(), WireListener.NONE, new TapClient.Handler() {
                @Override
                public void closed(int c, String reason, boolean byPeer) {
                    code.set(c);
                    closed.countDown();
                }
            }, System::nanoTime);
            big.send(new byte[4096]);
            assertTrue(closed.await(10, TimeUnit.SECONDS));
            assertEquals(1009, code.get());
            java.util.concurrent.BlockingQueue<String> got = new java.util.concurrent.LinkedBlockingQueue<>();
            TapClient small = TapClient.connect(uri, TapClient.Options.defaults(), WireListener.NONE, new TapClient.Handler() {
                @Override
                public void text(String text) {
                    got.add(text);
                }
            }, System::nanoTime);
            small.send("still serving?");
            assertEquals("still serving?", got.poll(10, TimeUnit.SECONDS));
            small.close();
            serve.interrupt();
            assertEquals(0, serve.waitFor(10));
            assertEquals(List.of(), serve.stderr());
        }
    }
}
