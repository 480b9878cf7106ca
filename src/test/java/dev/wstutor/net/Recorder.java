package dev.wstutor.net;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client handler for tests: keeps what arrived, and lets the test wait for it with a time-out. */
final class Recorder implements TapClient.Handler {
    static final Duration WAIT = Duration.ofSeconds(5);

    final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> binaries = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> pings = new LinkedBlockingQueue<>();
    final CountDownLatch closed = new CountDownLatch(1);
    volatile int closeCode;
    volatile String closeReason;

    @Override
    public void text(String text) {
        texts.add(text);
    }

    @Override
    public void binary(ByteBuffer data) {
        binaries.add(TapClient.bytesOf(data));
    }

    @Override
    public boolean ping(byte[] data) {
        pings.add(data);
        return false;
    }

    @Override
    public void closed(int code, String reason, boolean byPeer) {
        closeCode = code;
        closeReason = reason;
        closed.countDown();
    }

    String nextText() throws InterruptedException {
        return texts.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    int awaitCloseCode() throws InterruptedException {
        return closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS) ? closeCode : -1;
    }
}
