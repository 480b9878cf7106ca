package dev.wstutor.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PushVersusPollingTest {
    private static final Duration FAST = Duration.ofMillis(50);
    private static final Duration SLOW = Duration.ofMillis(400);
    private static PushVersusPolling.Result result;

    @BeforeAll
    static void measureOnce() throws Exception {
        result = PushVersusPolling.measure(new PushVersusPolling.Plan(6, Duration.ofMillis(60), Duration.ofMillis(90),
                List.of(FAST, SLOW)), new Random(3));
    }

    @Test
    void everyWayDeliversEveryEvent() {
        assertEquals(6, result.push().delivered());
        for (PushVersusPolling.Delivery d : result.polls()) {
            assertEquals(6, d.delivered(), "polling every " + d.interval());
        }
    }

    @Test
    void thePushMakesOneRequestAndThePollersOnePerInterval() {
        assertEquals(1, result.push().requests());
        for (PushVersusPolling.Delivery d : result.polls()) {
            long expected = result.streamTime().toNanos() / d.interval().toNanos();
            // A poller asks once per tick until the tick after the last event: the stream's ticks, plus one. A
            // stall on a loaded machine lets one late tick fetch everything, so fewer may be needed, never many more.
            assertTrue(d.requests() >= Math.max(1, expected / 2) && d.requests() <= expected + 3,
                    d.requests() + " requests at " + d.interval().toMillis() + " ms over " + result.streamTime().toMillis() + " ms");
        }
    }

    @Test
    void bytesOnTheWireIncludeEveryHeader() {
        // The upgrade request and the 101 answer alone are well over 150 bytes; each frame adds 2 header bytes.
        assertTrue(result.push().bytes() >= result.payloadBytes() + 150 + 2L * result.events(), result.push().toString());
        for (PushVersusPolling.Delivery d : result.polls()) {
            // Each GET and each answer carry a head of dozens of bytes, besides the events in the bodies.
            assertTrue(d.bytes() >= result.payloadBytes() + 100L * d.requests(), d.toString());
        }
        PushVersusPolling.Delivery fast = result.polls().get(0);
        assertTrue(fast.bytes() > result.push().bytes(), fast + " vs " + result.push());
    }

    @Test
    void thePushArrivesSoonerThanTheSlowPollAndTheSlowPollWaitsLessThanItsInterval() {
        PushVersusPolling.Delivery slow = result.polls().get(1);
        assertTrue(result.push().meanDelay().compareTo(slow.meanDelay()) < 0, result.push() + " vs " + slow);
        assertTrue(slow.maxDelay().compareTo(SLOW.plusMillis(300)) < 0, slow.toString());
        assertTrue(slow.meanDelay().toMillis() > 0, slow.toString());
    }

    @Test
    void emptyAnswersAreCounted() {
        PushVersusPolling.Delivery fast = result.polls().get(0);
        // 50 ms ticks against events 60-90 ms apart: some ticks find nothing new.
        assertTrue(fast.emptyAnswers() > 0 && fast.emptyAnswers() < fast.requests(), fast.toString());
    }
}
