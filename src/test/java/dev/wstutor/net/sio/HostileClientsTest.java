package dev.wstutor.net.sio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every peer may be hostile: each bad input closes or refuses only its own session, as the reference server does,
 * with one line saying why, while a bystander keeps being served.
 */
class HostileClientsTest {
    private static final long MAX_PAYLOAD = 10_000;
    private final EventLog log = new EventLog();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private SocketIoServer server;
    private RawEngineClient bystander;

    @BeforeEach
    void start() throws Exception {
        server = SocketIoServer.start(SocketIoOptions.defaults().withHeartbeat(300, 1000).withMaxPayload(MAX_PAYLOAD)
                .withConnectTimeout(1500), log, System::nanoTime);
        bystander = RawEngineClient.connected(server.port());
    }

    @AfterEach
    void stop() {
        if (bystander != null) {
            bystander.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String openPollingSession() throws Exception {
        HttpResponse<String> r = get("/socket.io/?EIO=4&transport=polling");
        assertEquals(200, r.statusCode());
        return r.body().substring(r.body().indexOf("\"sid\":\"") + 7, r.body().indexOf("\",\"upgrades\""));
    }

    private void assertLogged(String words) {
        assertFalse(log.all(WireEvent.Failed.class, f -> f.message().contains(words)).isEmpty(),
                "no line saying '" + words + "' in " + log.all(WireEvent.Failed.class, f -> true));
    }

    private void assertClosedAndOthersServed(RawEngineClient hostile) throws Exception {
        hostile.awaitClose();
        bystander.assertServed();
    }

    @Test
    void aMalformedSocketIoPacketClosesOnlyThatSession() throws Exception {
        try (RawEngineClient hostile = RawEngineClient.connected(server.port())) {
            hostile.send("42{}");
            assertClosedAndOthersServed(hostile);
        }
        assertLogged("malformed Socket.IO packet");
    }

    @Test
    void nonJsonDataClosesOnlyThatSession() throws Exception {
        try (RawEngineClient hostile = RawEngineClient.connected(server.port())) {
            hostile.send("42[\"message\",");
            assertClosedAndOthersServed(hostile);
        }
        assertLogged("malformed Socket.IO packet");
    }

    @Test
    void unknownPacketTypesCloseOnlyThatSession() throws Exception {
        try (RawEngineClient socketIoType = RawEngineClient.connected(server.port());
             RawEngineClient engineIoType = RawEngineClient.connected(server.port())) {
            socketIoType.send("49[\"x\"]");
            engineIoType.send("9hello");
            assertClosedAndOthersServed(socketIoType);
            assertClosedAndOthersServed(engineIoType);
        }
        assertFalse(log.all(WireEvent.PacketRejected.class, r -> r.raw().equals("9hello")).isEmpty());
    }

    @Test
    void placeholdersThatDoNotMatchTheirAttachmentsCloseOnlyThatSession() throws Exception {
        try (RawEngineClient hostile = RawEngineClient.connected(server.port())) {
            hostile.send("451-[\"message\",{\"_placeholder\":true,\"num\":3}]");
            hostile.sendBinary(new byte[] {1, 2, 3});
            assertClosedAndOthersServed(hostile);
        }
    }

    @Test
    void morAttachmentsThanTheLimitCloseOnlyThatSession() throws Exception {
        try (RawEngineClient hostile = RawEngineClient.connected(server.port())) {
            hostile.send("4511-[\"message\"]");
            assertClosedAndOthersServed(hostile);
        }
    }

    @Test
    void aPacketForANamespaceNotJoinedClosesTheConnection() throws Exception {
        try (RawEngineClient hostile = RawEngineClient.connected(server.port())) {
            hostile.send("42/custom,[\"message\",1]");
            assertClosedAndOthersServed(hostile);
        }
        assertLogged("which it has not connected to");
    }

    @Test
    void aClientThatSendsNoConnectIsClosedAfterTheConnectTimeout() throws Exception {
        try (RawEngineClient silent = RawEngineClient.open(server.port())) {
            assertClosedAndOthersServed(silent);
        }
        assertLogged("no CONNECT within the connect timeout (1500 ms)");
    }

    @Test
    void aWebSocketFrameOverMaxPayloadIsClosedWith1009() throws Exception {
        try (RawEngineClient hostile = RawEngineClient.connected(server.port())) {
            hostile.send("42[\"message\",\"" + "x".repeat((int) MAX_PAYLOAD + 100) + "\"]");
            assertEquals(1009, hostile.awaitClose());
            bystander.assertServed();
        }
    }

    @Test
    void aPostOverMaxPayloadIsRefusedWith413AndEndsTheSession() throws Exception {
        String sid = openPollingSession();
        HttpResponse<String> r = post("/socket.io/?EIO=4&transport=polling&sid=" + sid, "4" + "x".repeat((int) MAX_PAYLOAD + 1));
        assertEquals(413, r.statusCode());
        assertEquals(400, get("/socket.io/?EIO=4&transport=polling&sid=" + sid).statusCode());
        assertLogged("over maxPayload");
        bystander.assertServed();
    }

    @Test
    void aWrongEioVersionIsRefusedWithTheReferenceBody() throws Exception {
        HttpResponse<String> r = get("/socket.io/?EIO=3&transport=polling");
        assertEquals(400, r.statusCode());
        assertEquals("{\"code\":5,\"message\":\"Unsupported protocol version\"}", r.body());
        assertLogged("Unsupported protocol version");
        bystander.assertServed();
    }

    @Test
    void anUnknownSidIsRefusedWithTheReferenceBody() throws Exception {
        HttpResponse<String> r = get("/socket.io/?EIO=4&transport=polling&sid=nope");
        assertEquals(400, r.statusCode());
        assertEquals("{\"code\":1,\"message\":\"Session ID unknown\"}", r.body());
        bystander.assertServed();
    }

    @Test
    void anUnknownTransportIsRefused() throws Exception {
        HttpResponse<String> r = get("/socket.io/?EIO=4&transport=carrier-pigeon");
        assertEquals(400, r.statusCode());
        assertEquals("{\"code\":0,\"message\":\"Transport unknown\"}", r.body());
    }

    @Test
    void aPostToAClosedSessionIsRefused() throws Exception {
        String sid = openPollingSession();
        assertEquals("ok", post("/socket.io/?EIO=4&transport=polling&sid=" + sid, "1").body()); // the client closes
        HttpResponse<String> r = post("/socket.io/?EIO=4&transport=polling&sid=" + sid, "40");
        assertEquals(400, r.statusCode());
        assertEquals("{\"code\":1,\"message\":\"Session ID unknown\"}", r.body());
        bystander.assertServed();
    }

    @Test
    void aSecondConcurrentGetIsRefusedAndClosesTheSession() throws Exception {
        // A ping would answer the held GET after 300 ms, making the second GET legitimate on a slow machine.
        stop();
        server = SocketIoServer.start(SocketIoOptions.defaults().withHeartbeat(60_000, 60_000).withMaxPayload(MAX_PAYLOAD),
                log, System::nanoTime);
        bystander = RawEngineClient.connected(server.port());
        String sid = openPollingSession();
        var first = http.sendAsync(HttpRequest.newBuilder(URI.create(base() + "/socket.io/?EIO=4&transport=polling&sid=" + sid))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        log.await(0, WireEvent.PollSeen.class, p -> p.head().startLine().startsWith("GET") && p.head().startLine().contains(sid), Duration.ofSeconds(5));
        HttpResponse<String> second = get("/socket.io/?EIO=4&transport=polling&sid=" + sid + "&t=2");
        assertEquals(400, second.statusCode());
        assertEquals("1", first.get(5, TimeUnit.SECONDS).body(), "the held GET is told the session closed");
        assertLogged("overlap from client");
        bystander.assertServed();
    }

    @Test
    void aPlainWebSocketClientAtTheRootGetsNoAnswerAndIsEnded() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            assertEquals(-1, s.getInputStream().read(), "no answer, only the end of the connection");
            assertTrue(System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(800), "ended after about a second, as socket.io does");
        }
        assertLogged("is not Socket.IO");
        bystander.assertServed();
    }

    @Test
    void aPlainWebSocketClientWithoutEngineIoParametersIsRefusedWith400() throws Exception {
        String answer = raw("GET /socket.io/ HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer);
        assertTrue(answer.endsWith("Transport unknown"), answer);
        bystander.assertServed();
    }

    @Test
    void garbageInsteadOfHttpIsAnswered400AndClosed() throws Exception {
        String answer = raw("\u0016\u0003\u0001 hello there\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer);
        assertLogged("not an HTTP/1.1 request line");
        bystander.assertServed();
    }

    @Test
    void aHugeRequestHeadIsAnswered431AndClosed() throws Exception {
        String answer = raw("GET /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 431 "), answer);
        bystander.assertServed();
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        assertEquals(404, get("/index.html").statusCode());
    }

    @Test
    void corsEchoesTheOriginAndAnswersThePreflight() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/socket.io/?EIO=4&transport=polling"))
                .header("Origin", "http://localhost:8080").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("http://localhost:8080", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", r.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
        HttpResponse<String> pre = http.send(HttpRequest.newBuilder(URI.create(base() + "/socket.io/?EIO=4&transport=polling"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, pre.statusCode());
        assertEquals("content-type", pre.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
    }

    /** Sends bytes on a fresh connection and reads the whole answer until the server closes. */
    private String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
