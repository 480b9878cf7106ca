package dev.wstutor.net;

import java.nio.ByteBuffer;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A connection's outgoing queue that knows how many bytes it holds, so that a peer that does not read can be
 * stopped at a bound instead of growing the heap without end. Java-WebSocket adds with {@code put} and
 * removes a buffer with {@code poll} once it is written; each buffer is counted by its limit both ways.
 */
final class CountingQueue extends LinkedBlockingQueue<ByteBuffer> {
    private final AtomicLong bytes = new AtomicLong();

    long bytes() {
        return bytes.get();
    }

    @Override
    public void put(ByteBuffer b) throws InterruptedException {
        super.put(b);
        bytes.addAndGet(b.limit());
    }

    @Override
    public boolean offer(ByteBuffer b) {
        boolean added = super.offer(b);
        if (added) {
            bytes.addAndGet(b.limit());
        }
        return added;
    }

    @Override
    public ByteBuffer poll() {
        ByteBuffer b = super.poll();
        if (b != null) {
            bytes.addAndGet(-b.limit());
        }
        return b;
    }

    @Override
    public void clear() {
        super.clear();
        bytes.set(0);
    }
}
