package dev.wstutor.net;

import dev.wstutor.event.WireEvent;
import dev.wstutor.event.Direction;
import dev.wstutor.event.WireListener;
import dev.wstutor.event.EventLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replies collected into one write per received chunk still leave in order, each frame still reported. */
class WriteBatchTest {
    private static final byte[] KEY = {1, 2, 3, 4};

    @Test
    void pipelinedEchoesComeBackInOrderBeforeThePongAndTheCloseReply() throws Exception {
        EventLog log = new EventLog();
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), log, new EchoHandler(), System::nanoTime);
             RawSession s = RawSession.open(URI.create(server.url()), Map.of(), Duration.ofSeconds(5), WireListener.NONE,
                     System::nanoTime)) {
            ByteArrayOutputStream burst = new ByteArrayOutputStream();
            for (int i = 1; i <= 300; i++) {
                burst.writeBytes(FrameEncoder.text("m" + i, KEY));
            }
            burst.writeBytes(FrameEncoder.encode(Opcode.PING, "p".getBytes(StandardCharsets.UTF_8), KEY));
            burst.writeBytes(FrameEncoder.close(1000, "done", KEY));
            s.sendRaw(burst.toByteArray()); // one write: the server reads it in as few chunks as the kernel allows
            for (int i = 1; i <= 300; i++) {
                Frame f = ((RawSession.Got) s.next(Duration.ofSeconds(5))).frame();
                assertEquals("m" + i, f.text(), "echo " + i);
            }
            Frame pong = assertInstanceOf(RawSession.Got.class, s.next(Duration.ofSeconds(5))).frame();
            assertTrue(pong.is(Opcode.PONG));
            Frame close = assertInstanceOf(RawSession.Got.class, s.next(Duration.ofSeconds(5))).frame();
            assertEquals(1000, close.closeBody().orElseThrow().code());
            assertInstanceOf(RawSession.Ended.class, s.next(Duration.ofSeconds(5)));
            // the tap saw every echo as its own frame, batch or not
            assertTrue(log.await(0, WireEvent.Closed.class, c -> true, Duration.ofSeconds(5)).isPresent());
            assertEquals(300, log.all(WireEvent.FrameSeen.class, e -> e.direction() == Direction.OUT && e.frame().is(Opcode.TEXT)).size());
        }
    }
}
