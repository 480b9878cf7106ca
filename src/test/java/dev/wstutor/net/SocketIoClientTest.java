package dev.wstutor.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wstutor.event.Direction;
import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.socketio.Transport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * wstutor's Socket.IO client against the official npm socket.io 4.8 server (scripts/peers/sio-server.js,
 * pingInterval 300 ms and pingTimeout 200 ms, so that every test sees several heartbeats), over polling then the upgrade, over WebSocket only and over polling only.
 */
class SocketIoClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    enum Transports {
        POLLING_THEN_UPGRADE(List.of(Transport.POLLING, Transport.WEBSOCKET)),
        WEBSOCKET_ONLY(List.of(Transport.WEBSOCKET)),
        POLLING_ONLY(List.of(Transport.POLLING));

        final List<Transport> list;

        Transports(List<Transport> list) {
            this.list = list;
        }
    }

    /** The client's side of one test: its events and what the server emitted to it. */
    private static final class Received implements SocketIoClient.Handler {
        final BlockingQueue<SocketPacket> events = new LinkedBlockingQueue<>();

        @Override
        public void event(SocketPacket packet) {
            events.add(packet);
        }

        SocketPacket next(String name) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                SocketPacket p = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                if (p != null && p.eventName().orElse("").equals(name)) {
                    return p;
                }
            }
            throw new AssertionError("no '" + name + "' event within " + WAIT);
        }
    }

    private static EngineClient.Options options(NodePeer server, List<Transport> transports) {
        return new EngineClient.Options(URI.create(server.httpUrl() + "socket.io/"), transports, Map.of(),
                Duration.ofSeconds(5), EngineClient.Limits.defaults());
    }

    @ParameterizedTest
    @EnumSource(Transports.class)
    void connectsWithAuthEmitsWithAnAckAndGetsTheSameArgumentsBack(Transports transports) throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js", "0", "--ping-interval", "300", "--ping-timeout", "200")) {
            EventLog log = new EventLog();
            Received received = new Received();
            SocketIoClient client = SocketIoClient.connect(options(server, transports.list), "/",
                    JSON.readTree("{\"token\":\"abc\"}"), log, received, System::nanoTime);
            try {
                assertEquals(List.of(JSON.readTree("{\"token\":\"abc\"}")), received.next("auth").arguments());
                assertTrue(server.awaitLine("\"auth\":{\"token\":\"abc\"}") != null, server.output().toString());
                if (transports == Transports.POLLING_THEN_UPGRADE) {
                    assertNotNull(server.awaitLine("\"event\":\"upgrade\""), server.output().toString());
                }
                SocketIoClient.Ack ack = client.emitWithAck("message-with-ack", List.of(new TextNode("hi"), new IntNode(7)))
                        .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertEquals(List.of(new TextNode("hi"), new IntNode(7)), ack.arguments());
                assertTrue(ack.roundTrip().compareTo(Duration.ZERO) > 0);
                client.emit("message", List.of(new TextNode("echo me")));
                assertEquals(List.of(new TextNode("echo me")), received.next("message-back").arguments());
                assertEquals(transports.list.get(transports.list.size() - 1), client.engine().transport());
                // Every Socket.IO packet is reported after the Engine.IO packet that carried it.
                List<WireEvent> events = log.events();
                int socketEvent = indexOf(events, e -> e instanceof WireEvent.SocketPacketSeen s && s.direction() == Direction.IN
                        && s.packet().eventName().orElse("").equals("message-back"));
                int enginePacket = indexOf(events, e -> e instanceof WireEvent.EnginePacketSeen s && s.direction() == Direction.IN
                        && s.packet().text().contains("message-back"));
                assertTrue(enginePacket >= 0 && enginePacket < socketEvent, "engine " + enginePacket + " socket " + socketEvent);
            } finally {
                client.disconnect();
            }
            assertTrue(client.awaitDisconnected(WAIT));
            assertNotNull(server.awaitLine("\"reason\":\"client namespace disconnect\""), server.output().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Transports.class)
    void sendsAndReceivesBinaryAttachments(Transports transports) throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js", "0", "--ping-interval", "300", "--ping-timeout", "200")) {
            Received received = new Received();
            SocketIoClient client = SocketIoClient.connect(options(server, transports.list), "/", null,
                    new EventLog(), received, System::nanoTime);
            try {
                received.next("auth");
                client.emit("binary", List.of(new TextNode("file"), BinaryNode.valueOf(new byte[] {0, 1, (byte) 255})));
                assertNotNull(server.awaitLine("{\"event\":\"binary\",\"args\":[\"file\",{\"bytes\":[0,1,255]}]}"),
                        server.output().toString());
                SocketPacket back = received.next("binary-back");
                assertEquals(3, back.arguments().size(), back.toString());
                assertTrue(back.arguments().get(1).isBinary(), back.toString());
                assertEquals(List.of(0, 1, 255), unsigned(back.arguments().get(1).binaryValue()));
                assertEquals(List.of(1, 2, 3), unsigned(back.arguments().get(2).binaryValue()));
            } finally {
                client.disconnect();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Transports.class)
    void receivesABroadcastFromASecondNodeClientAndAcknowledgesTheServersQuestion(Transports transports) throws Exception {
        // Heartbeats are not what this test is about: with a 200 ms pong deadline a busy machine loses a client.
        try (NodePeer server = NodePeer.server("sio-server.js", "0", "--ping-interval", "2000", "--ping-timeout", "5000")) {
            Received received = new Received();
            SocketIoClient client = SocketIoClient.connect(options(server, transports.list), "/", null,
                    new EventLog(), received, System::nanoTime);
            try (NodePeer other = NodePeer.client("sio-emit-client.js", server.httpUrl(), "--emit", "chat message", "[\"hello all\"]")) {
                SocketPacket chat = received.next("chat message");
                assertEquals(List.of(new TextNode("hello all")), chat.arguments());
                client.emit("ask", List.of());
                // The server emitted "question" with an ack id; the client acknowledged it with no arguments.
                assertNotNull(received.next("question").ackId());
                assertNotNull(server.awaitLine("{\"event\":\"answer\",\"args\":[]}"), server.output().toString());
            } finally {
                client.disconnect();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Transports.class)
    void answersSeveralPingsAndStaysConnected(Transports transports) throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js", "0", "--ping-interval", "300", "--ping-timeout", "200")) {
            EventLog log = new EventLog();
            SocketIoClient client = SocketIoClient.connect(options(server, transports.list), "/", null,
                    log, new SocketIoClient.Handler() { }, System::nanoTime);
            try {
                int from = 0;
                for (int i = 0; i < 4; i++) {
                    WireEvent.EnginePacketSeen pong = log.await(from, WireEvent.EnginePacketSeen.class,
                            e -> e.direction() == Direction.OUT && e.packet().type() == EngineType.PONG, WAIT).orElseThrow();
                    from = log.events().indexOf(pong) + 1;
                }
                assertTrue(client.isConnected());
            } finally {
                client.disconnect();
            }
        }
    }

    @Test
    void anUnknownNamespaceIsRefusedWithTheServersMessage() throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js", "0", "--ping-interval", "300", "--ping-timeout", "200")) {
            ConnectFailure refused = assertThrows(ConnectFailure.class, () -> SocketIoClient.connect(
                    options(server, List.of(Transport.POLLING, Transport.WEBSOCKET)), "/nope", null,
                    new EventLog(), new SocketIoClient.Handler() { }, System::nanoTime));
            assertEquals("the server refused namespace /nope: Invalid namespace", refused.getMessage());
        }
    }

    @Test
    void connectsToTheCustomNamespace() throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js", "0", "--ping-interval", "300", "--ping-timeout", "200")) {
            Received received = new Received();
            SocketIoClient client = SocketIoClient.connect(options(server, List.of(Transport.WEBSOCKET)), "/custom",
                    JSON.readTree("{\"a\":1}"), new EventLog(), received, System::nanoTime);
            try {
                assertEquals("/custom", received.next("auth").namespace());
                assertNotNull(server.awaitLine("\"nsp\":\"/custom\""), server.output().toString());
            } finally {
                client.disconnect();
            }
        }
    }

    @Test
    void aPlainWebSocketServerIsNotTakenForSocketIo() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js")) {
            ConnectFailure polling = assertThrows(ConnectFailure.class, () -> SocketIoClient.connect(
                    options(ws, List.of(Transport.POLLING, Transport.WEBSOCKET)), "/", null,
                    new EventLog(), new SocketIoClient.Handler() { }, System::nanoTime));
            assertTrue(polling.getMessage().startsWith("server answered 426 Upgrade Required: a plain WebSocket server"),
                    polling.getMessage());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "silent,      no ping from the server within 200 ms (pingInterval + pingTimeout): the connection is lost",
        "huge-head,   polling failed: the server's HTTP head is over 16384 bytes",
        "huge-body,   polling failed: the server's answer is over 16777216 bytes",
        "attachments, the server sent a malformed Socket.IO packet: "})
    void aServerThatBreaksALimitEndsTheSessionWithTheReason(String mode, String reason) throws Exception {
        try (NodePeer hostile = NodePeer.server("sio-hostile-server.js", "0", "--mode", mode)) {
            java.util.concurrent.CompletableFuture<String> gone = new java.util.concurrent.CompletableFuture<>();
            EventLog log = new EventLog();
            SocketIoClient client = SocketIoClient.connect(options(hostile, List.of(Transport.POLLING)), "/", null, log,
                    new SocketIoClient.Handler() {
                        @Override
                        public void disconnected(String why, boolean byServer) {
                            gone.complete(why);
                        }
                    }, System::nanoTime);
            String why = gone.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertTrue(why.startsWith(reason.trim()), why);
            assertTrue(client.awaitDisconnected(WAIT));
            if (mode.equals("attachments")) {
                assertTrue(log.all(WireEvent.PacketRejected.class, e -> true).size() == 1, log.events().toString());
            }
        }
    }

    @Test
    void aPacketOverTheServersMaxPayloadIsRefusedBeforeItIsSentAndTheSessionGoesOn() throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js")) {
            Received received = new Received();
            SocketIoClient client = SocketIoClient.connect(options(server, List.of(Transport.POLLING, Transport.WEBSOCKET)), "/",
                    null, new EventLog(), received, System::nanoTime);
            try {
                assertEquals(1_000_000, client.engine().handshake().maxPayload());
                java.io.IOException refused = assertThrows(java.io.IOException.class,
                        () -> client.emit("message", List.of(new TextNode("x".repeat(1_000_000)))));
                assertTrue(refused.getMessage().matches("a packet of 1000016 bytes is over the server's maxPayload of 1000000 bytes;.*"),
                        refused.getMessage());
                client.emit("message", List.of(new TextNode("still here")));
                assertEquals(List.of(new TextNode("still here")), received.next("message-back").arguments());
            } finally {
                client.disconnect();
            }
        }
    }

    private static int indexOf(List<WireEvent> events, java.util.function.Predicate<WireEvent> match) {
        for (int i = 0; i < events.size(); i++) {
            if (match.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Integer> unsigned(byte[] bytes) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (byte b : bytes) {
            out.add(b & 0xff);
        }
        return out;
    }
}
