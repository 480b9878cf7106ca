package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 10, each against {@code wstutor serve} in its own JVM with the launcher's heap settings.
 * Every test asserts that the attacking peer is dealt with (refused, closed, limited) and that an ordinary
 * client connecting meanwhile gets its echo within 1 s.
 */
class HostilePeersTest {
    @TempDir
    static Path home;

    /** The frame view off: the connection-level lines (refusals, limits, closes) still show. */
    private static WstutorProcess quiet;
    private static int quietPort;
    /** The default view, as a user starts it. */
    private static WstutorProcess normal;
    private static int normalPort;

    @BeforeAll
    static void startServers() throws Exception {
        quiet = WstutorProcess.startWithLauncherHeap(home, "serve", "--port", "0", "--frames", "none", "--handshake-timeout", "2");
        quietPort = quiet.listeningPort();
        normal = WstutorProcess.startWithLauncherHeap(home, "serve", "--port", "0", "--handshake-timeout", "2");
        normalPort = normal.listeningPort();
        // Warm up this JVM's client and each server, so that the first measured echo is not class loading.
        for (int i = 0; i < 3; i++) {
            Bystander.echo(quietPort);
            Bystander.echo(normalPort);
        }
    }

    @AfterAll
    static void stopServers() {
        quiet.close();
        normal.close();
    }

    private static void stillHealthy(WstutorProcess serve) {
        assertTrue(serve.isAlive(), "the server died");
        for (String l : serve.stderr()) {
            assertFalse(l.contains("OutOfMemoryError") || l.contains("Exception"), l);
        }
    }

    private static Future<?> attack(ExecutorService pool, ThrowingRunnable r) {
        return pool.submit(() -> {
            try {
                r.run();
            } catch (IOException expectedWhenTheServerCloses) {
                // the server closing on the attacker is the point
            }
            return null;
        });
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void eightClientsSendingTheLargestAllowedFrameAtOnceAreAllEchoedAndTheHeapHolds() throws Exception {
        int size = 1 << 20; // the default --max-frame
        ExecutorService pool = Executors.newFixedThreadPool(8);
        byte[] payload = new byte[size];
        Arrays.fill(payload, (byte) 'x');
        byte[] frame = HostilePeer.frame(true, 0, 2, payload); // masked once, before anything is measured
        try {
            List<Future<Integer>> echoed = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                echoed.add(pool.submit(() -> {
                    try (HostilePeer p = HostilePeer.upgraded(normalPort)) {
                        p.send(frame);
                        int got = 0;
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                        while (got < size + 10 && System.nanoTime() < deadline) {
                            got += p.readToEnd(Duration.ofMillis(200)).bytes().length;
                        }
                        return got;
                    }
                }));
            }
            Bystander.servedWithinOneSecond(normalPort);
            for (Future<Integer> f : echoed) {
                assertEquals(size + 10, f.get(60, TimeUnit.SECONDS), "each 1 MiB frame echoed whole");
            }
            Bystander.servedWithinOneSecond(normalPort);
        } finally {
            pool.shutdownNow();
        }
        stillHealthy(normal);
    }

    @Test
    void eightClientsEachSendingA16MillionByteFrameAreRefusedWith1009AndNobodyElseNotices() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        byte[] frame = HostilePeer.frame(true, 0, 2, new byte[16_000_000]); // masked once, before anything is measured
        try {
            List<Future<?>> attacks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attacks.add(attack(pool, () -> {
                    try (HostilePeer p = HostilePeer.upgraded(normalPort)) {
                        p.send(frame);
                    }
                }));
            }
            Bystander.servedWithinOneSecond(normalPort);
            for (Future<?> f : attacks) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotNull(normal.awaitLine(l -> l.contains("exceeds the limit of") && l.contains("1009"), 10));
        Bystander.servedWithinOneSecond(normalPort);
        stillHealthy(normal);
    }

    @Test
    void aClientSendingBigFramesAndNeverReadingIsClosedWith1008OnceItsQueueIsFull() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        HostilePeer p = HostilePeer.upgraded(quietPort);
        try {
            byte[] frame = HostilePeer.frame(true, 0, 2, new byte[1 << 20]);
            Future<?> flood = attack(pool, () -> {
                for (int i = 0; i < 1000; i++) {
                    p.send(frame);
                }
            });
            assertNotNull(quiet.awaitLine(l -> l.contains("bytes queued for a client that does not read (--max-queue)")
                    && l.contains("closing with 1008"), 30), String.join("\n", quiet.stdout()));
            Bystander.servedWithinOneSecond(quietPort);
            flood.get(30, TimeUnit.SECONDS); // the writes end: the server closed the connection
            assertTrue(p.readToEnd(Duration.ofSeconds(10)).closed());
        } finally {
            p.close();
            pool.shutdownNow();
        }
        stillHealthy(quiet);
    }

    /** A thousand masked 125-byte pings, back to back, sent with one write. */
    private static byte[] thousandPings() {
        byte[] one = HostilePeer.frame(true, 0, 9, new byte[125]);
        byte[] burst = new byte[one.length * 1000];
        for (int i = 0; i < 1000; i++) {
            System.arraycopy(one, 0, burst, i * one.length, one.length);
        }
        return burst;
    }

    @Test
    void aClientSendingPingsAndNeverReadingThePongsIsClosedWith1008() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        HostilePeer p = HostilePeer.upgraded(quietPort);
        try {
            byte[] burst = thousandPings();
            Future<?> flood = attack(pool, () -> {
                for (int i = 0; i < 3000; i++) { // up to 3 million pings
                    p.send(burst);
                }
            });
            assertNotNull(quiet.awaitLine(l -> l.contains("(--max-queue)") && l.contains("1008"), 60),
                    String.join("\n", quiet.stdout()));
            Bystander.servedWithinOneSecond(quietPort);
            flood.get(30, TimeUnit.SECONDS);
        } finally {
            p.close();
            pool.shutdownNow();
        }
        stillHealthy(quiet);
    }

    /**
     * The default view to a pipe waits for room rather than drop an event; before the flooding peer's reads were
     * paused at its share of the printer's queue, the worker reporting its pings waited on the printer with
     * Java-WebSocket's shared read buffers in hand, and every other client waited with it (echo 0.6-2.2 s).
     */
    @Test
    void aPingFloodThatReadsItsPongsDoesNotSlowOtherClientsInTheDefaultView() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicInteger bursts = new java.util.concurrent.atomic.AtomicInteger();
        HostilePeer p = HostilePeer.upgraded(normalPort);
        try {
            byte[] burst = thousandPings();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Future<?> flood = attack(pool, () -> {
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    p.send(burst);
                    bursts.incrementAndGet();
                }
            });
            attack(pool, () -> { // reads every pong, so the outgoing-queue bound never ends the flood
                byte[] sink = new byte[64 * 1024];
                java.io.InputStream in = p.socket.getInputStream();
                while (in.read(sink) >= 0) {
                    // discarded
                }
            });
            long started = System.nanoTime();
            while (bursts.get() < 20 && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5)) {
                Thread.onSpinWait();
            }
            for (int i = 0; i < 5; i++) {
                Bystander.servedWithinOneSecond(normalPort);
            }
            assertFalse(flood.isDone(), "the flood was still running while the others were served");
        } finally {
            p.close();
            pool.shutdownNow();
        }
        stillHealthy(normal);
    }

    @Test
    void aMessageOfEndlessFragmentsIsRefusedWith1009AtTheMessageLimit() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        HostilePeer p = HostilePeer.upgraded(quietPort);
        try {
            byte[] first = HostilePeer.frame(false, 0, 1, "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
            byte[] more = HostilePeer.frame(false, 0, 0, "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
            Future<?> flood = attack(pool, () -> {
                p.send(first);
                for (int i = 0; i < 500; i++) {
                    p.send(more);
                }
            });
            assertNotNull(quiet.awaitLine(l -> l.contains("message of more than 4194304 bytes") && l.contains("1009"), 20),
                    String.join("\n", quiet.stdout()));
            Bystander.servedWithinOneSecond(quietPort);
            flood.get(30, TimeUnit.SECONDS);
            assertTrue(p.readToEnd(Duration.ofSeconds(5)).closed());
        } finally {
            p.close();
            pool.shutdownNow();
        }
        stillHealthy(quiet);
    }

    @Test
    void aTenMegabyteRequestHeadIsAnswered431AndClosedAtOnce() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        HostilePeer p = new HostilePeer(quietPort);
        try {
            long start = System.nanoTime();
            Future<?> bomb = attack(pool, () -> {
                p.send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: ");
                byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 160; i++) {
                    p.send(chunk);
                }
            });
            assertNotNull(quiet.awaitLine(l -> l.contains("request head over 8192 bytes (--max-header)")
                    && l.contains("431 Request Header Fields Too Large"), 5));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "refused within 2 s, not after reading 10 MB");
            Bystander.servedWithinOneSecond(quietPort);
            bomb.get(10, TimeUnit.SECONDS);
            assertTrue(p.readToEnd(Duration.ofSeconds(5)).closed());
        } finally {
            p.close();
            pool.shutdownNow();
        }
        stillHealthy(quiet);
    }

    @Test
    void aSlowlorisHeadIsAnswered408AtTheHandshakeTimeout() throws Exception {
        try (HostilePeer p = new HostilePeer(quietPort)) {
            p.send("GET / HTTP/1.1\r\n");
            long start = System.nanoTime();
            for (int i = 0; i < 6; i++) { // 3 s of one byte every 500 ms; the server's limit is 2 s here
                try {
                    p.send("X");
                } catch (IOException closed) {
                    break;
                }
                Bystander.servedWithinOneSecond(quietPort);
                Thread.sleep(500); // the attack itself is slow on purpose
            }
            HostilePeer.Ending end = p.readToEnd(Duration.ofSeconds(5));
            assertTrue(end.text().startsWith("HTTP/1.1 408 Request Timeout"), end.text());
            assertTrue(end.closed());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        }
        assertNotNull(quiet.awaitLine(l -> l.contains("no complete request head within 2 s") && l.contains("--handshake-timeout"), 5));
        stillHealthy(quiet);
    }

    @Test
    void aThousandSilentConnectionsAreClosedAtTheHandshakeTimeoutWhileOthersAreServed() throws Exception {
        List<HostilePeer> silent = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                silent.add(new HostilePeer(quietPort));
            }
            Bystander.servedWithinOneSecond(quietPort);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            int closed = 0;
            for (HostilePeer p : silent) {
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                if (p.readToEnd(Duration.ofMillis(left)).closed()) {
                    closed++;
                }
            }
            assertEquals(1000, closed, "every silent connection closed by the handshake timeout");
        } finally {
            silent.forEach(HostilePeer::close);
        }
        assertNotNull(quiet.awaitLine(l -> l.contains("sent nothing within 2 s (--handshake-timeout)"), 5));
        Bystander.servedWithinOneSecond(quietPort);
        stillHealthy(quiet);
    }

    @Test
    void randomBytesAndATlsClientHelloAreClosedAtOnceWithoutAnAnswer() throws Exception {
        byte[] random = new byte[512];
        new java.util.Random(7).nextBytes(random);
        random[0] = 0x01;
        byte[] clientHello = {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03};
        for (byte[] bytes : List.of(random, clientHello)) {
            try (HostilePeer p = new HostilePeer(quietPort)) {
                p.send(bytes);
                HostilePeer.Ending end = p.readToEnd(Duration.ofSeconds(1));
                assertTrue(end.closed(), "closed at once");
                assertEquals(0, end.bytes().length, "nothing answered");
            }
            Bystander.servedWithinOneSecond(quietPort);
        }
        assertNotNull(quiet.awaitLine(l -> l.contains("not HTTP: the first bytes are 01"), 5));
        assertNotNull(quiet.awaitLine(l -> l.contains("not HTTP: a TLS ClientHello") && l.contains("not wss://"), 5));
        stillHealthy(quiet);
    }

    @Test
    void refusedHandshakesGet400Or426AsRfc6455SaysAndAreClosed() throws Exception {
        String key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        String[][] cases = {
            {"GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n" + key + "Sec-WebSocket-Version: 13\r\n\r\n", "400"},
            {"POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + key + "Sec-WebSocket-Version: 13\r\n\r\n", "400"},
            {"GET / HTTP/1.0\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + key + "Sec-WebSocket-Version: 13\r\n\r\n", "400"},
            {"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + key + "Sec-WebSocket-Version: 8\r\n\r\n", "426"},
        };
        for (String[] c : cases) {
            try (HostilePeer p = new HostilePeer(quietPort)) {
                p.send(c[0]);
                HostilePeer.Ending end = p.readToEnd(Duration.ofSeconds(3));
                assertTrue(end.text().startsWith("HTTP/1.1 " + c[1] + " "), end.text());
                assertTrue(end.closed(), "the socket is closed after the refusal: " + c[0]);
                if (c[1].equals("426")) {
                    assertTrue(end.text().contains("\r\nSec-WebSocket-Version: 13\r\n"), end.text());
                }
            }
            Bystander.servedWithinOneSecond(quietPort);
        }
        assertNotNull(quiet.awaitLine(l -> l.contains("answered 426 Upgrade Required and closed"), 5));
        assertNotNull(quiet.awaitLine(l -> l.contains("the request line must be 'GET <path> HTTP/1.1'") && l.contains("answered 400"), 5));
        stillHealthy(quiet);
    }

    private static Frame lastClose(HostilePeer.Ending end) {
        List<Frame> frames = end.frames();
        return frames.stream().filter(f -> f.is(Opcode.CLOSE)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no close frame in " + frames));
    }

    @Test
    void aCloseWhoseReasonIsNotUtf8IsAnswered1007WithTheViewOffOrOn() throws Exception {
        for (int port : new int[] {quietPort, normalPort}) {
            try (HostilePeer p = HostilePeer.upgraded(port)) {
                p.send(HostilePeer.frame(true, 0, 8, new byte[] {0x03, (byte) 0xe8, (byte) 0xff, (byte) 0xfe}));
                HostilePeer.Ending end = p.readToEnd(Duration.ofSeconds(3));
                assertEquals(1007, lastClose(end).closeBody().orElseThrow().code());
                assertTrue(end.closed());
            }
            Bystander.servedWithinOneSecond(port);
        }
        stillHealthy(quiet);
    }

    @Test
    void twoClosesBackToBackGetTheReplyWrittenBeforeTcpCloses() throws Exception {
        byte[] twoCloses = HostilePeer.concat(FrameEncoder.close(1000, "one", HostilePeer.KEY),
                FrameEncoder.close(1000, "two", HostilePeer.KEY));
        for (int run = 0; run < 20; run++) {
            try (HostilePeer p = HostilePeer.upgraded(quietPort)) {
                p.send(twoCloses);
                HostilePeer.Ending end = p.readToEnd(Duration.ofSeconds(3));
                assertEquals(1000, lastClose(end).closeBody().orElseThrow().code(), "run " + run);
                assertTrue(end.closed());
            }
        }
        Bystander.servedWithinOneSecond(quietPort);
        stillHealthy(quiet);
    }

    @Test
    void aGoodMessageReadTogetherWithABadFrameIsEchoedBeforeThe1002() throws Exception {
        byte[] both = HostilePeer.concat(FrameEncoder.text("hello", HostilePeer.KEY),
                HostilePeer.frame(true, 4, 1, "bad".getBytes(StandardCharsets.US_ASCII)));
        for (int port : new int[] {quietPort, normalPort}) {
            try (HostilePeer p = HostilePeer.upgraded(port)) {
                p.send(both);
                HostilePeer.Ending end = p.readToEnd(Duration.ofSeconds(3));
                List<Frame> frames = end.frames();
                assertTrue(frames.size() >= 2, frames.toString());
                assertEquals("hello", frames.get(0).text(), "the good message first");
                assertEquals(1002, lastClose(end).closeBody().orElseThrow().code());
            }
            Bystander.servedWithinOneSecond(port);
        }
        stillHealthy(quiet);
    }

    @Test
    void aCloseRacingALargeEchoGetsTheEchoThenTheReplyBeforeTcpCloses() throws Exception {
        String big = "z".repeat(512 * 1024);
        byte[] both = HostilePeer.concat(FrameEncoder.text(big, HostilePeer.KEY), FrameEncoder.close(1000, "bye", HostilePeer.KEY));
        for (int run = 0; run < 5; run++) {
            try (HostilePeer p = HostilePeer.upgraded(quietPort)) {
                p.send(both);
                HostilePeer.Ending end = p.readToEnd(Duration.ofSeconds(5));
                List<Frame> frames = end.frames();
                assertEquals(big.length(), frames.get(0).payload().length);
                assertEquals(1000, lastClose(end).closeBody().orElseThrow().code());
                assertTrue(end.closed());
            }
        }
        Bystander.servedWithinOneSecond(quietPort);
        stillHealthy(quiet);
    }

    @Test
    void escapesAndBellsFromAPeerNeverReachTheTerminalRaw() throws Exception {
        String evil = "\u001b]0;owned\u0007\u001b[2J";
        try (HostilePeer p = new HostilePeer(normalPort)) {
            p.send(HostilePeer.UPGRADE.replace("GET / ", "GET /" + "%1b" + " ").replace("\r\n\r\n", "\r\nX-Evil: " + evil + "\r\n\r\n"));
            assertTrue(p.readHead(Duration.ofSeconds(3)).startsWith("HTTP/1.1 101"));
            p.send(FrameEncoder.text(evil, HostilePeer.KEY));
            p.send(FrameEncoder.close(1000, evil, HostilePeer.KEY));
            p.readToEnd(Duration.ofSeconds(3));
        }
        try (HostilePeer p = new HostilePeer(normalPort)) {
            p.send("GET /\u001b[2J HTTP/1.1\r\nHost: \u0007\r\n\r\n"); // refused: its request line is shown too
            p.readToEnd(Duration.ofSeconds(3));
        }
        Bystander.servedWithinOneSecond(normalPort);
        assertNotNull(normal.awaitLine(l -> l.contains("X-Evil: \\u001b]0;owned\\u0007"), 5));
        assertNotNull(normal.awaitLine(l -> l.contains("closed: 1000") && l.contains("\\u001b[2J"), 5));
        for (String l : normal.stdout()) {
            assertFalse(l.indexOf('\u001b') >= 0 || l.indexOf('\u0007') >= 0, "raw control character in: " + l);
        }
    }

    @Test
    void twoThousandClientsWithJsonToAPipeLoseNoEventAndStdoutIsNdjsonOnly() throws Exception {
        dev.wstutor.net.NodePeer.assumeInstalled();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (WstutorProcess serve = WstutorProcess.startWithLauncherHeap(home, "serve", "--port", "0", "--json",
                "--handshake-timeout", "60")) { // 2,000 handshakes at once on a loaded CI machine: this test is about the capture
            String listening = serve.awaitErr(l -> l.startsWith("listening on ws://127.0.0.1:"), 20);
            assertNotNull(listening, "the human line goes to stderr with --json: " + serve.stdout());
            int port = Integer.parseInt(listening.replaceAll("^.*:(\\d+)/$", "$1"));
            try (dev.wstutor.net.NodePeer bench = dev.wstutor.net.NodePeer.client("bench-client.js",
                    "ws://127.0.0.1:" + port + "/", "--clients", "2000", "--messages", "5", "--timeout", "120000")) {
                Bystander.servedWithinOneSecond(port);
                int exit = bench.waitFor(150);
                assertEquals(0, exit, "every echo came back: " + bench.output() + "\nserve said: " + serve.stderr()
                        + "\nits failures: " + serve.stdout().stream().filter(l -> l.contains("\"failed\"")).limit(5).toList());
            }
            serve.interrupt();
            assertEquals(0, serve.waitFor(30), "serve stopped cleanly: " + serve.stderr());
            long frames = 0;
            for (String l : serve.stdout()) {
                com.fasterxml.jackson.databind.JsonNode e = json.readTree(l); // every stdout line is one JSON object
                assertTrue(e.isObject(), l);
                assertFalse(e.path("type").asText().equals("dropped"), "an event was dropped: " + l);
                if (e.path("type").asText().equals("frame") && e.path("opcode").asInt() == 1) {
                    frames++;
                }
            }
            assertTrue(frames >= 2000 * 5 * 2, "every text frame both ways is in the capture: " + frames);
            assertTrue(serve.stderr().stream().anyMatch(l -> l.startsWith("stopped")), serve.stderr().toString());
        }
    }
}
