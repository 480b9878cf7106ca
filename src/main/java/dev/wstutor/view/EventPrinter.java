package dev.wstutor.view;

import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bridge between network threads and the output. Events wait in a queue bounded both in count and in
 * bytes (a frame event holds its payload: ten thousand 1 MB frames would not fit any heap); one daemon thread
 * formats and writes. Two ways to meet a full queue:
 * <ul>
 *   <li>{@link Overflow#DROP} for a terminal: {@link #on} never blocks, so a slow terminal (or a learner
 *   scrolling back in tmux) can never stall a connection; what does not fit is counted and reported as a
 *   {@link WireEvent.Dropped} event, never silently lost.</li>
 *   <li>{@link Overflow#WAIT} for a capture to a file or a pipe: {@link #on} waits for room, slowing the network
 *   threads rather than losing an event.</li>
 * </ul>
 */
public final class EventPrinter implements WireListener, AutoCloseable {
    public static final int DEFAULT_CAPACITY = 10_000;
    /** The bytes of payload the queue may hold at once, whatever the event count. */
    public static final long DEFAULT_BYTE_BUDGET = 32L << 20;

    /**
     * A waiting printer asks the tap to pause a connection's reads once it holds more than 1/SHARE of the queue
     * (events or bytes): one flooding peer then never fills the queue that every connection shares.
     */
    static final int SHARE = 8;

    /** What {@link #on} does when the queue is full. */
    public enum Overflow { DROP, WAIT }

    /** How long {@link #close()} waits for the queue to drain before giving up on a stuck sink. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    static final Duration FLUSH_WAIT = Duration.ofSeconds(5);
    /** How often an idle printer looks for drops to report, so the note does not wait for the next event. */
    private static final long IDLE_POLL_MS = 50;

    private final BlockingQueue<WireEvent> queue;
    private final LineSink sink;
    private final EventFormat format;
    private final FrameFilter filter;
    private final Timeline timeline;
    /** Held while an event is re-timed and queued, so that queue order and time order are the same. */
    private final Object stamping = new Object();
    private final Thread thread;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final long byteBudget;
    private final Overflow overflow;
    private final Backlogs backlogs;
    /** Where a waiting {@link #on} sleeps until the printer thread makes room. */
    private final Object room = new Object();
    /** Written only by the printer thread; read by flush() under the monitor. */
    private long done;
    private long dropsReported;
    private volatile boolean closed;
    private final Object progress = new Object();

    private EventPrinter(LineSink sink, EventFormat format, Set<FrameClass> only, int capacity, long byteBudget,
                         Overflow overflow, Timeline timeline) {
        this.timeline = timeline;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.byteBudget = byteBudget;
        this.overflow = overflow;
        this.backlogs = new Backlogs(Math.max(1, capacity / SHARE), byteBudget / SHARE);
        this.sink = sink;
        this.format = format;
        this.filter = new FrameFilter(only);
        this.thread = new Thread(this::drain, "wstutor-printer");
        this.thread.setDaemon(true);
    }

    /** A running printer; its thread is a daemon so a forgotten printer never keeps the JVM alive. */
    public static EventPrinter start(LineSink sink, EventFormat format, Set<FrameClass> only, int capacity) {
        return start(sink, format, only, capacity, DEFAULT_BYTE_BUDGET, Overflow.DROP);
    }

    public static EventPrinter start(LineSink sink, EventFormat format, Set<FrameClass> only, int capacity,
                                     long byteBudget, Overflow overflow) {
        return start(sink, format, only, capacity, byteBudget, overflow, Timeline.perConnection());
    }

    /**
     * As above; a {@code timeline} that {@link Timeline#restamps() restamps} re-times every event as it arrives,
     * so the events of all connections share one origin and print in the order they happened.
     */
    public static EventPrinter start(LineSink sink, EventFormat format, Set<FrameClass> only, int capacity,
                                     long byteBudget, Overflow overflow, Timeline timeline) {
        EventPrinter p = new EventPrinter(sink, format, only, capacity, byteBudget, overflow, timeline);
        p.thread.start();
        return p;
    }

    public static EventPrinter start(LineSink sink, EventFormat format) {
        return start(sink, format, FrameClass.all(), DEFAULT_CAPACITY);
    }

    /** Called on network threads: never throws; waits for room only when the overflow is {@link Overflow#WAIT}. */
    @Override
    public void on(WireEvent event) {
        long weight = weight(event);
        if (!closed && overflow == Overflow.WAIT) {
            waitForRoom(weight);
        }
        if (!timeline.restamps()) {
            enqueue(event, weight);
            return;
        }
        synchronized (stamping) {
            enqueue(event.at(timeline.now()), weight);
        }
    }

    private void enqueue(WireEvent event, long weight) {
        // One event larger than the whole budget still passes when the queue is empty, or it could never pass.
        boolean fits = queuedBytes.get() == 0 || queuedBytes.get() + weight <= byteBudget;
        if (closed || !fits || !queue.offer(event)) {
            dropped.incrementAndGet();
        } else {
            queuedBytes.addAndGet(weight);
            backlogs.queued(event.connection(), weight);
            accepted.incrementAndGet();
        }
    }

    /** Blocks until the event fits (count and bytes) or the printer closes; an interrupt gives up the wait. */
    private void waitForRoom(long weight) {
        synchronized (room) {
            while (!closed && thread.isAlive()
                    && (queue.remainingCapacity() == 0 || (queuedBytes.get() > 0 && queuedBytes.get() + weight > byteBudget))) {
                try {
                    room.wait(IDLE_POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Only a printer that waits for room asks for reads to pause: one that drops under load never slows a peer
     * (a learner scrolling back in tmux must not stall a connection).
     */
    @Override
    public boolean backlogged(int connection) {
        return overflow == Overflow.WAIT && !closed && backlogs.overShare(connection);
    }

    /** Bytes an event keeps alive while it waits: its frame's raw bytes and payload, or a handshake's text. */
    static long weight(WireEvent event) {
        if (event instanceof WireEvent.FrameSeen f) {
            return 64L + f.frame().raw().length + f.frame().payload().length;
        } else if (event instanceof WireEvent.FrameRejected r) {
            return 64L + (r.raw() == null ? 0 : r.raw().length);
        } else if (event instanceof WireEvent.HandshakeSeen h) {
            return 64L + 2L * h.raw().length();
        }
        return 64;
    }

    /** Events that did not fit in the queue (or came after close). */
    public long dropped() {
        return dropped.get();
    }

    /** {@link #flush(Duration)} with a bound long enough for a burst of 10,000 events on a slow terminal. */
    public boolean flush() {
        return flush(FLUSH_WAIT);
    }

    /**
     * Waits until every event offered before this call is printed, and any drops so far reported; a lesson
     * calls it between steps so the next step's text does not interleave with the last frames.
     *
     * @return false when the wait timed out (the sink is stuck)
     */
    public boolean flush(Duration timeout) {
        long target = accepted.get();
        long drops = dropped.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (done < target || dropsReported < drops) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !thread.isAlive()) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Prints what is queued (waiting at most {@link #CLOSE_WAIT}), reports drops, and stops the thread. */
    @Override
    public void close() {
        closed = true;
        boolean drained = flush(CLOSE_WAIT);
        thread.interrupt();
        if (drained) {
            try {
                thread.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drain() {
        while (true) {
            WireEvent event;
            try {
                event = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                reportDrops();
                return;
            }
            if (event != null) {
                long weight = weight(event);
                queuedBytes.addAndGet(-weight);
                backlogs.printed(event.connection(), weight);
                synchronized (room) {
                    room.notifyAll();
                }
                print(event);
            }
            long count = event == null ? 0 : 1;
            if (queue.isEmpty()) {
                reportDrops();
            }
            synchronized (progress) {
                done += count;
                progress.notifyAll();
            }
        }
    }

    private void print(WireEvent event) {
        try {
            if (filter.shows(event)) {
                for (String line : format.lines(event)) {
                    sink.line(line);
                }
            }
        } catch (RuntimeException e) {
            // One event that cannot be shown must not end the view of all the others.
            safeLine("… an event could not be shown: " + e);
        }
    }

    /** Once the printer has caught up: the count of events it had to leave out since the last note. */
    private void reportDrops() {
        long drops = dropped.get();
        long reported;
        synchronized (progress) {
            reported = dropsReported;
        }
        if (drops > reported) {
            print(new WireEvent.Dropped(drops - reported));
            synchronized (progress) {
                dropsReported = drops;
                progress.notifyAll();
            }
        }
    }

    private void safeLine(String text) {
        try {
            sink.line(text);
        } catch (RuntimeException ignored) {
            // The sink itself is failing; there is nowhere left to say so.
        }
    }
}
