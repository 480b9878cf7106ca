package dev.wstutor.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.java_websocket.WrappedByteChannel;

/**
 * The channel a server connection reads through (under TLS, after decryption), showing each chunk read to the
 * connection before the library queues it for decoding. Java-WebSocket decodes nothing once a close handshake is
 * under way, so this is where the tap sees the peer's Close reply, on the selector thread and therefore before
 * the end of the stream that follows it.
 */
final class TapChannel implements WrappedByteChannel {
    private final ByteChannel inner;
    private final Consumer<byte[]> read;
    /** Asked before each read: true while the connection's reads are paused (nothing is read, 0 returned). */
    private final BooleanSupplier holding;

    TapChannel(ByteChannel inner, Consumer<byte[]> read, BooleanSupplier holding) {
        this.inner = inner;
        this.read = read;
        this.holding = holding;
    }

    /** The TCP channel underneath (for shutting down output after a refusal). */
    SocketChannel socket() {
        return inner instanceof SocketChannel s ? s : null;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (holding.getAsBoolean()) {
            return 0;
        }
        return seen(dst, dst.position(), inner.read(dst));
    }

    @Override
    public int readMore(ByteBuffer dst) throws IOException {
        return inner instanceof WrappedByteChannel w ? seen(dst, dst.position(), w.readMore(dst)) : 0;
    }

    /**
     * Reports what the read put into {@code dst}, counted from the buffer rather than from {@code n}: Java-WebSocket's
     * SSLSocketChannel2 can decrypt the peer's last record and its close_notify in one read, put the data into the
     * buffer and still return -1, so the library never sees the peer's Close reply. The tap does.
     */
    private int seen(ByteBuffer dst, int from, int n) {
        int got = dst.position() - from;
        if (got > 0) {
            byte[] copy = new byte[got];
            ByteBuffer view = dst.duplicate();
            view.position(from);
            view.get(copy);
            try {
                read.accept(copy);
            } catch (RuntimeException e) {
                // the tap failing must not take the server's selector thread with it
            }
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return inner.write(src);
    }

    @Override
    public boolean isNeedWrite() {
        return inner instanceof WrappedByteChannel w && w.isNeedWrite();
    }

    @Override
    public void writeMore() throws IOException {
        if (inner instanceof WrappedByteChannel w) {
            w.writeMore();
        }
    }

    @Override
    public boolean isNeedRead() {
        return inner instanceof WrappedByteChannel w && w.isNeedRead();
    }

    @Override
    public boolean isBlocking() {
        if (inner instanceof WrappedByteChannel w) {
            return w.isBlocking();
        }
        return inner instanceof SocketChannel s && s.isBlocking();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
