package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class EventPrinterTest {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    /** One line per event, the message of a Failed event: easy to check for order. */
    private static final EventFormat MESSAGE = e -> e instanceof WireEvent.Dropped d
            ? new EventText(Style.PLAIN, Detail.NONE).lines(d) : List.of(((WireEvent.Failed) e).message());

    static WireEvent.Failed event(int i) {
        return new WireEvent.Failed(1, Endpoint.SERVER, Duration.ZERO, "event " + i);
    }

    /** A sink that says when the printer reached it ({@code stuck}), then holds it until {@code release}. */
    private LineSink stuckUntil(CountDownLatch release, CountDownLatch stuck) {
        return text -> {
            stuck.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lines.add(text);
        };
    }

    @Test
    void printsEveryEventInTheOrderItArrived() {
        try (EventPrinter printer = EventPrinter.start(lines::add, MESSAGE)) {
            for (int i = 0; i < 2000; i++) {
                printer.on(event(i));
            }
            assertTrue(printer.flush(Duration.ofSeconds(10)));
            assertEquals(2000, lines.size());
            for (int i = 0; i < 2000; i++) {
                assertEquals("event " + i, lines.get(i));
            }
            assertEquals(0, printer.dropped());
        }
    }

    @Test
    void neverBlocksTheCallerWhenTheSinkIsStuckAndReportsWhatItDropped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stuck = new CountDownLatch(1);
        LineSink blocked = stuckUntil(release, stuck);
        EventPrinter printer = EventPrinter.start(blocked, MESSAGE, FrameClass.all(), EventPrinter.DEFAULT_CAPACITY);
        try {
            printer.on(event(-1));
            assertTrue(stuck.await(10, TimeUnit.SECONDS), "the printer thread reached the sink");
            long start = System.nanoTime();
            for (int i = 0; i < 20_000; i++) {
                printer.on(event(i));
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis < 2000, "offering 20,000 events took " + millis + " ms");
            assertEquals(10_000, printer.dropped(), "the queue holds 10,000; the rest are counted");
            assertFalse(printer.flush(Duration.ofMillis(50)), "flush gives up while the sink is stuck");
        } finally {
            release.countDown();
        }
        assertTrue(printer.flush(Duration.ofSeconds(20)));
        assertEquals(1 + 10_000 + 1, lines.size());
        assertEquals("… 10000 events not shown (the view could not keep up)", lines.get(lines.size() - 1));
        printer.close();
    }

    @Test
    void flushWaitsUntilEverythingQueuedIsPrinted() {
        LineSink slow = text -> {
            LockSupport.parkNanos(200_000);
            lines.add(text);
        };
        try (EventPrinter printer = EventPrinter.start(slow, MESSAGE)) {
            for (int i = 0; i < 300; i++) {
                printer.on(event(i));
            }
            assertTrue(printer.flush(Duration.ofSeconds(10)));
            assertEquals(300, lines.size());
        }
    }

    @Test
    void closePrintsWhatIsQueuedAndCountsLaterEventsAsDropped() {
        EventPrinter printer = EventPrinter.start(lines::add, MESSAGE);
        for (int i = 0; i < 100; i++) {
            printer.on(event(i));
        }
        printer.close();
        assertEquals(100, lines.size());
        printer.on(event(100));
        assertEquals(1, printer.dropped());
    }

    @Test
    void keepsPrintingAfterAnEventThatCannotBeShown() {
        EventFormat fussy = e -> {
            if (((WireEvent.Failed) e).message().equals("event 1")) {
                throw new IllegalStateException("cannot format");
            }
            return MESSAGE.lines(e);
        };
        try (EventPrinter printer = EventPrinter.start(lines::add, fussy)) {
            for (int i = 0; i < 3; i++) {
                printer.on(event(i));
            }
            assertTrue(printer.flush(Duration.ofSeconds(10)));
        }
        assertEquals("event 0", lines.get(0));
        assertTrue(lines.get(1).startsWith("… an event could not be shown: "), lines.toString());
        assertEquals("event 2", lines.get(2));
    }

    @Test
    void appliesTheFrameFilter() throws Exception {
        EventFormat opcodes = e -> List.of(e instanceof WireEvent.FrameSeen f ? "frame " + f.frame().opcode() : "other");
        try (EventPrinter printer = EventPrinter.start(lines::add, opcodes, FrameClass.parse("control"), 100)) {
            printer.on(FrameFilterTest.seen("81 05 48 65 6c 6c 6f"));
            printer.on(FrameFilterTest.seen("89 00"));
            printer.on(event(0));
            assertTrue(printer.flush(Duration.ofSeconds(10)));
        }
        assertEquals(List.of("frame 9", "other"), lines);
    }

    @Test
    void aWaitingPrinterAsksToPauseOnlyTheConnectionHoldingMoreThanItsShareUntilItCatchesUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stuck = new CountDownLatch(1);
        LineSink blocked = stuckUntil(release, stuck);
        EventPrinter printer = EventPrinter.start(blocked, MESSAGE, FrameClass.all(), 800, EventPrinter.DEFAULT_BYTE_BUDGET,
                EventPrinter.Overflow.WAIT);
        try {
            printer.on(new WireEvent.Failed(2, Endpoint.SERVER, Duration.ZERO, "first"));
            assertTrue(stuck.await(10, TimeUnit.SECONDS), "the printer thread reached the sink");
            for (int i = 0; i < 800 / EventPrinter.SHARE; i++) {
                printer.on(event(i)); // connection 1
            }
            assertFalse(printer.backlogged(1), "at its share, not over it");
            printer.on(event(-1));
            assertTrue(printer.backlogged(1), "over its share of the queue");
            assertFalse(printer.backlogged(2), "another connection's reads go on");
        } finally {
            release.countDown();
        }
        assertTrue(printer.flush(Duration.ofSeconds(10)));
        assertFalse(printer.backlogged(1), "caught up");
        printer.close();
    }

    @Test
    void aDroppingPrinterNeverAsksToPauseAConnection() {
        CountDownLatch release = new CountDownLatch(1);
        LineSink blocked = stuckUntil(release, new CountDownLatch(1));
        EventPrinter printer = EventPrinter.start(blocked, MESSAGE, FrameClass.all(), 800);
        try {
            for (int i = 0; i < 2000; i++) {
                printer.on(event(i));
            }
            assertFalse(printer.backlogged(1), "a terminal view drops instead of slowing a peer");
        } finally {
            release.countDown();
            printer.close();
        }
    }
}
