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
 * The bridge between network threads and the terminal. {@link #on} only offers the event to a bounded queue,
 * so a slow terminal (or a learner scrolling back in tmux) can never stall a connection; one daemon thread
 * formats and writes. What does not fit in the queue is counted and reported as a line, never silently lost.
 */
public final class EventPrinter implements WireListener, AutoCloseable {
    public static final int DEFAULT_CAPACITY = 10_000;
    /** How long {@link #close()} waits for the queue to drain before giving up on a stuck sink. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    static final Duration FLUSH_WAIT = Duration.ofSeconds(5);
    /** How often an idle printer looks for drops to report, so the note does not wait for the next event. */
    private static final long IDLE_POLL_MS = 50;

    private final BlockingQueue<WireEvent> queue;
    private final LineSink sink;
    private final EventFormat format;
    private final FrameFilter filter;
    private final Thread thread;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    /** Written only by the printer thread; read by flush() under the monitor. */
    private long done;
    private long dropsReported;
    private volatile boolean closed;
    private final Object progress = new Object();

    private EventPrinter(LineSink sink, EventFormat format, Set<FrameClass> only, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sink = sink;
        this.format = format;
        this.filter = new FrameFilter(only);
        this.thread = new Thread(this::drain, "wstutor-printer");
        this.thread.setDaemon(true);
    }

    /** A running printer; its thread is a daemon so a forgotten printer never keeps the JVM alive. */
    public static EventPrinter start(LineSink sink, EventFormat format, Set<FrameClass> only, int capacity) {
        EventPrinter p = new EventPrinter(sink, format, only, capacity);
        p.thread.start();
        return p;
    }

    public static EventPrinter start(LineSink sink, EventFormat format) {
        return start(sink, format, FrameClass.all(), DEFAULT_CAPACITY);
    }

    /** Called on network threads: never blocks, never throws. */
    @Override
    public void on(WireEvent event) {
        if (closed || !queue.offer(event)) {
            dropped.incrementAndGet();
        } else {
            accepted.incrementAndGet();
        }
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
            safeLine("… " + (drops - reported) + " events not shown (the view could not keep up)");
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
