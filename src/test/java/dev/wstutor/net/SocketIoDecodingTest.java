package dev.wstutor.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.PacketType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** inspect's proxy between the official npm socket.io-client and socket.io server, over WebSocket: both legs decoded. */
class SocketIoDecodingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void decodesEngineIoAndSocketIoPacketsOnBothLegsOfTheProxy() throws Exception {
        EventLog log = new EventLog();
        try (NodePeer server = NodePeer.server("sio-server.js");
             Proxy proxy = Proxy.start(TapServer.Config.loopback(), URI.create("ws://127.0.0.1:" + server.port()),
                     TapClient.Options.defaults(), log, System::nanoTime);
             NodePeer client = NodePeer.client("sio-emit-client.js", "http://127.0.0.1:" + proxy.port(), "--transports", "websocket",
                     "--emit", "message", "[\"hi\",{\"n\":1}]", "--exit-after", "2")) {
            assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
            assertTrue(client.output().contains("{\"event\":\"message-back\",\"args\":[\"hi\",{\"n\":1}]}"), client.output().toString());
            // The client's leg (seen by the proxy's server side) and the target's leg (seen by its client side).
            for (Endpoint observer : Endpoint.values()) {
                Direction fromClient = observer == Endpoint.SERVER ? Direction.IN : Direction.OUT;
                WireEvent.SocketPacketSeen emitted = log.await(0, WireEvent.SocketPacketSeen.class, e -> e.observer() == observer
                        && e.direction() == fromClient && e.packet().eventName().orElse("").equals("message"), WAIT).orElseThrow();
                assertEquals("[\"message\",\"hi\",{\"n\":1}]", emitted.packet().data().toString());
                log.await(0, WireEvent.SocketPacketSeen.class, e -> e.observer() == observer && e.direction() != fromClient
                        && e.packet().eventName().orElse("").equals("message-back"), WAIT).orElseThrow();
                log.await(0, WireEvent.SocketPacketSeen.class, e -> e.observer() == observer && e.direction() != fromClient
                        && e.packet().type() == PacketType.CONNECT && e.packet().data().has("sid"), WAIT).orElseThrow();
                WireEvent.EnginePacketSeen open = log.await(0, WireEvent.EnginePacketSeen.class, e -> e.observer() == observer
                        && e.packet().type() == EngineType.OPEN, WAIT).orElseThrow();
                assertTrue(open.packet().text().contains("\"sid\""), open.toString());
            }
            // Carrier first: each Socket.IO packet follows the frame and the Engine.IO packet that carried it.
            List<WireEvent> events = log.events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof WireEvent.SocketPacketSeen s && s.packet().eventName().orElse("").equals("message-back")) {
                    assertTrue(events.get(i - 1) instanceof WireEvent.EnginePacketSeen, events.get(i - 1).toString());
                    assertTrue(events.get(i - 2) instanceof WireEvent.FrameSeen, events.get(i - 2).toString());
                }
            }
            assertFalse(log.all(WireEvent.PacketRejected.class, e -> true).iterator().hasNext());
        }
    }

    @Test
    void aWebSocketOnAnotherPathIsNotDecoded() throws Exception {
        EventLog log = new EventLog();
        try (NodePeer ws = NodePeer.server("echo-server.js");
             Proxy proxy = Proxy.start(TapServer.Config.loopback(), URI.create(ws.url()), TapClient.Options.defaults(), log, System::nanoTime);
             NodePeer client = NodePeer.client("client.js", "ws://127.0.0.1:" + proxy.port() + "/chat", "--text", "42[\"x\"]")) {
            assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
            log.await(0, WireEvent.Closed.class, e -> true, WAIT).orElseThrow();
            assertTrue(log.all(WireEvent.EnginePacketSeen.class, e -> true).isEmpty());
            assertTrue(SocketIoDecoding.isSocketIo("/socket.io/?EIO=4&transport=websocket"));
            assertFalse(SocketIoDecoding.isSocketIo("/chat"));
        }
    }
}
