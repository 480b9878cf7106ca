package dev.wstutor.lesson.sio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.lesson.Demo;
import dev.wstutor.live.SocketIoLab;
import dev.wstutor.socketio.EngineType;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each Socket.IO demo on a real lab: wstutor's server and clients on 127.0.0.1, checked for what really crossed. */
class SocketIoDemosTest {

    private static String run(Demo demo) throws Exception {
        PlainContext ctx = new PlainContext();
        demo.run(ctx);
        return ctx.output();
    }

    @Test
    void twoClientsMakeTwoHandshakesAndTwoSocketsWithDistinctIds() throws Exception {
        try (SocketIoLab lab = SocketIoLab.open()) {
            SocketPerClientDemo.Seen seen = SocketPerClientDemo.observe(lab, List.of("alice", "bob"));
            assertEquals(2, seen.opens());
            assertEquals(2, seen.connectAnswers());
            assertNotEquals(seen.arrivals().get(0).socketId(), seen.arrivals().get(1).socketId());
            assertNotEquals(seen.arrivals().get(0).engineSid(), seen.arrivals().get(1).engineSid());
            assertNotEquals(seen.arrivals().get(0).session(), seen.arrivals().get(1).session());
        }
        String out = run(new SocketPerClientDemo());
        assertTrue(out.contains("io.on(\"connection\") ran once per client"), out);
        assertTrue(out.contains("alice") && out.contains("bob"), out);
    }

    @Test
    void broadcastSkipsTheSenderAndIoEmitReachesEveryone() throws Exception {
        try (SocketIoLab lab = SocketIoLab.open()) {
            List<EmitAudienceDemo.Step> steps = EmitAudienceDemo.observe(lab, "hi").steps();
            assertEquals(List.of(true, false, false), List.copyOf(steps.get(0).received().values()), "socket.emit");
            assertEquals(List.of(false, true, true), List.copyOf(steps.get(1).received().values()), "broadcast");
            assertEquals(List.of(true, true, true), List.copyOf(steps.get(2).received().values()), "io.emit");
        }
        String out = run(new EmitAudienceDemo());
        assertTrue(out.contains("socket.broadcast.emit    -       yes     yes"), out);
        assertFalse(out.contains("\"sync\""), "the sync acks are hidden: " + out);
    }

    @Test
    void theAckCarriesTheIdOfItsEvent() throws Exception {
        try (SocketIoLab lab = SocketIoLab.open()) {
            AckRoundTripDemo.Seen seen = AckRoundTripDemo.observe(lab, 2, new SecureRandom());
            for (int i = 0; i < 2; i++) {
                AckRoundTripDemo.RoundTrip t = seen.trips().get(i);
                assertEquals(i, t.clientId());
                assertEquals(t.clientId(), t.eventId());
                assertEquals(t.clientId(), t.ackId());
                assertTrue(t.ack().roundTrip().toNanos() > 0);
            }
        }
        String out = run(new AckRoundTripDemo());
        assertTrue(out.contains("EVENT 421[...]  →  ACK 431[...]"), out);
    }

    @Test
    void theDefaultClientPollsThenUpgradesAndANoopReleasesTheHeldPoll() throws Exception {
        try (SocketIoLab lab = SocketIoLab.open()) {
            PollingUpgradeDemo.Seen seen = PollingUpgradeDemo.observe(lab, "hi");
            assertEquals("websocket", seen.transportAfter());
            List<EngineType> order = seen.events().stream().filter(e -> e instanceof WireEvent.EnginePacketSeen)
                    .map(e -> ((WireEvent.EnginePacketSeen) e).packet().type()).toList();
            int probe = order.indexOf(EngineType.PONG);
            int noop = order.indexOf(EngineType.NOOP);
            int upgrade = order.indexOf(EngineType.UPGRADE);
            assertEquals(EngineType.OPEN, order.get(0));
            // The GET held when the probe succeeds is answered NOOP, unless the server had packets for it anyway
            // (under load the CONNECT reply can meet the probe): then it is answered with those, no NOOP is needed,
            // and the reference server sends none either (engine.io's socket.ts sends a noop only to a writable poll).
            assertTrue(probe > 0 && upgrade > probe && (noop < 0 || upgrade > noop), order.toString());
            assertTrue(seen.events().stream().anyMatch(e -> e instanceof WireEvent.PollSeen p
                    && p.head().startLine().startsWith("POST")), "a POST carried CONNECT");
        }
        String out = run(new PollingUpgradeDemo());
        assertTrue(out.contains("[answers GET"), out);
        assertTrue(out.contains("Engine.IO 5 UPGRADE"), out);
    }

    @Test
    void aPlainWebSocketClientGetsNoAnswerAtTheRootA400WithoutQueryAndACloseAtTheFullUrl() throws Exception {
        try (SocketIoLab lab = SocketIoLab.open()) {
            PlainClientRefusedDemo.Seen seen = PlainClientRefusedDemo.observe(lab, "hello");
            assertFalse(seen.root().opened());
            assertTrue(seen.root().elapsed().toMillis() >= 900, "the server hangs up after a second: " + seen.root());
            assertFalse(seen.noQuery().opened());
            assertEquals(400, seen.noQueryRaw().status());
            assertTrue(seen.noQueryRaw().body().contains("Transport unknown"), seen.noQueryRaw().body());
            assertTrue(seen.full().opened());
            assertTrue(seen.full().texts().get(0).startsWith("0{\"sid\""), seen.full().texts().toString());
            assertTrue(seen.full().closedByServer(), seen.full().toString());
        }
    }

    @Test
    void theProofOfLifeCheckPassesEveryStep() throws Exception {
        try (SocketIoLab lab = SocketIoLab.open()) {
            ProofOfLifeDemo.Seen seen = ProofOfLifeDemo.observe(lab, "ping?");
            assertEquals(List.of("connect", "emit and echo", "acknowledgement", "disconnect"),
                    seen.checks().stream().map(ProofOfLifeDemo.Check::step).toList());
            assertEquals(4, seen.passed(), seen.checks().toString());
            assertTrue(lab.connectedSocketIds().isEmpty());
        }
        assertTrue(run(new ProofOfLifeDemo()).contains("4 passed, 0 failed"));
    }

    @Test
    void theSameLineCostsMoreBytesOverSocketIoAndItsHeartbeatShows() throws Exception {
        try (SocketIoLab lab = SocketIoLab.open(ChatSideBySideDemo.PING_INTERVAL, java.time.Duration.ofSeconds(5))) {
            ChatSideBySideDemo.Seen seen = ChatSideBySideDemo.observe(lab, "hi bob");
            assertEquals(List.of("hi bob", "hi bob"), seen.plain().payloads());
            assertEquals(List.of("42[\"chat message\",\"hi bob\"]", "42[\"chat message\",\"hi bob\"]"), seen.socketIo().payloads());
            assertTrue(seen.socketIo().bytes() > seen.plain().bytes());
            assertTrue(seen.extras().stream().anyMatch(e -> e instanceof WireEvent.EnginePacketSeen p
                    && p.direction() == Direction.OUT && p.packet().type() == EngineType.PING));
        }
        assertNotNull(run(new ChatSideBySideDemo()));
    }
}
