package dev.wstutor.net.sio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.event.Direction;
import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import dev.wstutor.net.NodePeer;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official npm socket.io-client 4.8 (scripts/peers/sio-client.js) against wstutor's Socket.IO server: with its
 * default options (HTTP long-polling, then the upgrade to WebSocket), WebSocket only, and polling only. Every step
 * must pass: auth on the main namespace, /custom, an unknown namespace refused, emit and receive, acks both ways,
 * binary attachments, a broadcast between two clients, rooms, several heartbeats, disconnect.
 */
class OfficialClientTest {
    private static final List<String> STEPS = List.of("main namespace with auth", "emit and receive",
            "ack from the server", "ack from the client", "binary attachments", "custom namespace with auth",
            "unknown namespace refused", "broadcast between two clients", "rooms", "survives heartbeats", "disconnect");
    private final ObjectMapper json = new ObjectMapper();
    private final EventLog log = new EventLog();
    private SocketIoServer server;

    @BeforeEach
    void start() throws Exception {
        NodePeer.assumeInstalled();
        server = SocketIoServer.start(SocketIoOptions.defaults().withHeartbeat(150, 2000), log, System::nanoTime);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOfficialClientWithDefaultOptionsPollsThenUpgradesAndPassesEveryStep() throws Exception {
        List<JsonNode> steps = run();
        assertPassed(steps, "upgrade to websocket");
        assertEquals("polling", step(steps, "main namespace with auth").get("transport").asText());
        assertEquals("websocket", step(steps, "upgrade to websocket").get("transport").asText());
        // the upgrade as the learner sees it: 2probe in, 3probe out, 5 in
        assertFalse(log.all(WireEvent.EnginePacketSeen.class, e -> e.direction() == Direction.IN
                && e.packet().type() == EngineType.UPGRADE).isEmpty(), "no UPGRADE packet seen");
        assertFalse(log.all(WireEvent.PollSeen.class, e -> e.head().startLine().startsWith("POST")).isEmpty(), "no POST seen");
    }

    @Test
    void theOfficialClientOverWebSocketOnlyPassesEveryStep() throws Exception {
        assertPassed(run("--transports", "websocket"));
        assertTrue(log.all(WireEvent.PollSeen.class, e -> true).isEmpty(), "a WebSocket-only client never polls");
    }

    @Test
    void theOfficialClientOverPollingOnlyPassesEveryStep() throws Exception {
        assertPassed(run("--transports", "polling"));
        assertTrue(log.all(WireEvent.EnginePacketSeen.class, e -> e.transport() == Transport.WEBSOCKET).isEmpty());
    }

    @Test
    void eachMessageIsSeenAsCarrierThenEngineIoPacketThenSocketIoPacket() throws Exception {
        run("--transports", "websocket");
        List<WireEvent> events = log.events();
        int socketPacket = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof WireEvent.SocketPacketSeen s && s.direction() == Direction.IN
                    && s.packet().eventName().orElse("").equals("message")) {
                socketPacket = i;
                break;
            }
        }
        assertTrue(socketPacket >= 2, "no 'message' event seen");
        assertTrue(events.get(socketPacket - 1) instanceof WireEvent.EnginePacketSeen e && e.packet().type() == EngineType.MESSAGE,
                "the Engine.IO MESSAGE comes right before the Socket.IO packet: " + events.get(socketPacket - 1));
        assertTrue(events.get(socketPacket - 2) instanceof WireEvent.FrameSeen, "the frame comes first: " + events.get(socketPacket - 2));
    }

    private List<JsonNode> run(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("http://127.0.0.1:" + server.port() + "/", "--heartbeats", "3"));
        args.addAll(List.of(extra));
        try (NodePeer client = NodePeer.client("sio-client.js", args.toArray(String[]::new))) {
            int exit = client.waitFor(60);
            List<JsonNode> lines = new ArrayList<>();
            for (String line : client.output()) {
                lines.add(json.readTree(line));
            }
            assertEquals(0, exit, "the client failed a step: " + client.output());
            return lines;
        }
    }

    private void assertPassed(List<JsonNode> lines, String... more) throws Exception {
        List<String> expected = new ArrayList<>(STEPS);
        expected.addAll(List.of(more));
        for (String name : expected) {
            JsonNode s = step(lines, name);
            assertTrue(s.get("ok").asBoolean(), name + ": " + s);
        }
        // and the server forgot every socket once the clients disconnected
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!server.clients().get(5, TimeUnit.SECONDS).isEmpty() && System.nanoTime() < deadline) {
            log.await(log.size(), WireEvent.class, e -> true, java.time.Duration.ofMillis(100)); // the next event, or a tick
        }
        assertEquals(List.of(), server.clients().get(5, TimeUnit.SECONDS));
    }

    private static JsonNode step(List<JsonNode> lines, String name) {
        return lines.stream().filter(l -> name.equals(l.path("step").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("step '" + name + "' never ran: " + lines));
    }
}
