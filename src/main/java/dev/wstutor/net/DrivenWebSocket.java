package dev.wstutor.net;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireListener;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.Handshakedata;

/**
 * Java-WebSocket's RFC 6455 engine ({@link WebSocketImpl} with a {@link TapDraft}) driven by someone else's
 * selector loop instead of its {@code WebSocketServer}: the loop feeds it every byte read (the upgrade request
 * first), and writes out what it queues when it asks to write. This is what the library's own
 * {@code SocketChannelIOHelper} does, and it lets one port serve plain HTTP (long-polling) beside WebSocket,
 * which the library's server refuses with 404. The tap sees every handshake and frame as it does in
 * {@link TapServer}. Not thread-safe: call it from the loop's thread only.
 */
public final class DrivenWebSocket {

    /** What happens on the connection; called on the loop thread. */
    public interface Handler {
        void opened(DrivenWebSocket ws);

        void text(DrivenWebSocket ws, String text);

        void binary(DrivenWebSocket ws, byte[] data);

        void closed(DrivenWebSocket ws, int code, String reason, boolean byPeer);
    }

    /** The loop's side: it writes queued bytes when asked, and drops the TCP connection when the engine is done. */
    public interface Io {
        void writeDemand();

        void finished();

        InetSocketAddress local();

        InetSocketAddress remote();
    }

    private final WebSocketImpl impl;
    private final Io io;
    private Handler handler;
    private boolean finished;

    public DrivenWebSocket(Handler handler, Io io, WireListener listener, IntSupplier numbering, LongSupplier nanoClock,
                           int maxFrameSize) {
        this.handler = handler;
        this.io = io;
        TapDraft draft = new TapDraft(Endpoint.SERVER, listener, nanoClock, numbering, List.of(), maxFrameSize);
        this.impl = new WebSocketImpl(new Listener(), List.of(draft));
    }

    /** Hands the connection to another handler (an Engine.IO session taking over after the upgrade). */
    public void handler(Handler next) {
        this.handler = next;
    }

    /** Every byte read from the connection, starting with the upgrade request itself. */
    public void feed(ByteBuffer bytes) {
        if (bytes.hasRemaining() && !finished) {
            impl.decode(bytes);
        }
    }

    /** The next chunk to write, or null; the loop writes it and calls {@link #written} when it went out whole. */
    public ByteBuffer peekOut() {
        return impl.outQueue.peek();
    }

    public void written() {
        impl.outQueue.poll();
    }

    /** Chunks waiting to be written: a peer that stops reading lets this grow, so the loop caps it. */
    public int queued() {
        return impl.outQueue.size();
    }

    /** After the loop wrote everything: a close the engine started ends the TCP connection now. */
    public void drained() {
        if (impl.outQueue.isEmpty() && impl.isFlushAndClose()) {
            impl.closeConnection();
        }
    }

    /** The peer hung up (end of stream or an I/O error). */
    public void endOfStream() {
        impl.eot();
    }

    public boolean isOpen() {
        return impl.isOpen();
    }

    public void send(String text) {
        if (impl.isOpen()) {
            queue(FrameEncoder.text(text, null));
        }
    }

    public void send(byte[] data) {
        if (impl.isOpen()) {
            queue(FrameEncoder.encode(Opcode.BINARY, data, null));
        }
    }

    /**
     * Queues one whole frame behind whatever the engine has queued (a close it started goes out after it, an
     * automatic pong before it), through the draft so that the tap reports it. Not {@code impl.send}: on every
     * frame that builds a String of the whole buffer for a trace line nobody reads, and checks again that the
     * UTF-8 it has just encoded is UTF-8 (a third of a WebSocket round trip's CPU in scripts/bench-socketio).
     */
    private void queue(byte[] frame) {
        impl.outQueue.add(impl.getDraft().createBinaryFrame(new RawBytes(frame, false)));
        io.writeDemand();
    }

    public void close(int code, String reason) {
        impl.close(code, reason);
    }

    /** Drops the TCP connection without a close handshake (a peer that broke a limit). */
    public void abort(String reason) {
        impl.closeConnection(CloseFrame.ABNORMAL_CLOSE, reason, false);
    }

    /** The connection's number in the events. */
    public int connection() {
        return impl.getDraft() instanceof TapDraft d ? d.tap().connection() : 0;
    }

    public String resource() {
        return impl.getResourceDescriptor();
    }

    private final class Listener extends WebSocketAdapter {
        @Override
        public void onWebsocketMessage(WebSocket conn, String message) {
            handler.text(DrivenWebSocket.this, message);
        }

        @Override
        public void onWebsocketMessage(WebSocket conn, ByteBuffer blob) {
            byte[] data = new byte[blob.remaining()];
            blob.get(data);
            handler.binary(DrivenWebSocket.this, data);
        }

        @Override
        public void onWebsocketOpen(WebSocket conn, Handshakedata d) {
            if (impl.getDraft() instanceof TapDraft draft) {
                draft.tap().opened(io.local(), io.remote());
            }
            handler.opened(DrivenWebSocket.this);
        }

        @Override
        public void onWebsocketClose(WebSocket ws, int code, String reason, boolean remote) {
            if (finished) {
                return;
            }
            finished = true;
            if (impl.getDraft() instanceof TapDraft draft) {
                draft.tap().closed(code, reason, remote);
            }
            io.finished();
            handler.closed(DrivenWebSocket.this, code, reason, remote);
        }

        @Override
        public void onWebsocketClosing(WebSocket ws, int code, String reason, boolean remote) {
        }

        @Override
        public void onWebsocketCloseInitiated(WebSocket ws, int code, String reason) {
        }

        @Override
        public void onWebsocketError(WebSocket conn, Exception ex) {
            if (impl.getDraft() instanceof TapDraft draft) {
                draft.tap().failed(TapServer.inWords(ex));
            }
        }

        @Override
        public void onWriteDemand(WebSocket conn) {
            io.writeDemand();
        }

        @Override
        public InetSocketAddress getLocalSocketAddress(WebSocket conn) {
            return io.local();
        }

        @Override
        public InetSocketAddress getRemoteSocketAddress(WebSocket conn) {
            return io.remote();
        }
    }
}
