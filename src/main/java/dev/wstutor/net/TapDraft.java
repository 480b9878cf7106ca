package dev.wstutor.net;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireListener;
import dev.wstutor.wire.ProtocolViolation;
import dev.wstutor.wire.RefusedHandshake;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.IncompleteHandshakeException;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidHandshakeException;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.extensions.IExtension;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.Handshakedata;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;

/**
 * Java-WebSocket's RFC 6455 draft with a tap on every byte: the library copies a draft per connection, so each
 * copy carries its own {@link ConnectionTap}. Outgoing frames are seen in {@link #createBinaryFrame} (every send
 * path, including automatic pongs and close replies, goes through it); incoming bytes are copied before the
 * library parses them, because it drops the masking key of received frames.
 */
public final class TapDraft extends Draft_6455 {
    private final Endpoint observer;
    private final WireListener listener;
    private final LongSupplier nanoClock;
    private final IntSupplier numbering;
    private final int maxFrameSize;
    private final int maxMessageSize;
    private final List<IProtocol> protocols;
    private final ConnectionTap tap;

    public TapDraft(Endpoint observer, WireListener listener, LongSupplier nanoClock, IntSupplier numbering,
                    List<IProtocol> protocols, int maxFrameSize) {
        this(observer, listener, nanoClock, numbering, protocols, maxFrameSize, maxFrameSize);
    }

    /**
     * @param maxFrameSize payload bytes of one frame, enforced by the tap (1009)
     * @param maxMessageSize payload bytes of one message, fragments summed: enforced by the tap, and given to the
     *                       library as its own limit, which it applies to frames and to fragments summed alike
     */
    public TapDraft(Endpoint observer, WireListener listener, LongSupplier nanoClock, IntSupplier numbering,
                    List<IProtocol> protocols, int maxFrameSize, int maxMessageSize) {
        super(new ArrayList<IExtension>(), protocols.isEmpty() ? List.of(new Protocol("")) : protocols,
                Math.max(maxFrameSize, maxMessageSize));
        this.observer = observer;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.numbering = numbering;
        this.maxFrameSize = maxFrameSize;
        this.maxMessageSize = Math.max(maxFrameSize, maxMessageSize);
        this.protocols = List.copyOf(protocols);
        this.tap = new ConnectionTap(observer, listener, nanoClock, numbering, maxFrameSize + 14L, this.maxMessageSize);
    }

    public ConnectionTap tap() {
        return tap;
    }

    @Override
    public Draft copyInstance() {
        List<IProtocol> fresh = new ArrayList<>();
        for (IProtocol p : protocols) {
            fresh.add(p.copyInstance());
        }
        return new TapDraft(observer, listener, nanoClock, numbering, fresh, maxFrameSize, maxMessageSize);
    }

    @Override
    public ByteBuffer createBinaryFrame(Framedata framedata) {
        if (framedata instanceof RawBytes raw) {
            byte[] bytes = raw.bytes();
            if (!raw.reported()) {
                tap.sent(bytes);
            }
            return ByteBuffer.wrap(bytes);
        }
        ByteBuffer out = super.createBinaryFrame(framedata);
        if (tap.wantsFrames()) {
            tap.sent(bytesOf(out));
        }
        return out;
    }

    /**
     * The library does not check that client frames are masked and server frames are not (RFC 6455 5.1), nor
     * this server's size limits, so the tap, which does, has the last word: the first rule broken fails the
     * connection with the close code the RFC asks for (1002, 1007 or 1009). Frames that arrived before the bad
     * one in the same read are handed to the library first and handled (echoed) before the failure: Java-WebSocket
     * parses a whole read before handing any frame over, and on its own would lose them.
     */
    @Override
    public List<Framedata> translateFrame(ByteBuffer buffer) throws InvalidDataException {
        ConnectionTap.Verdict verdict = tap.takeShownAsRead() ? ConnectionTap.Verdict.OK : tap.received(bytesOf(buffer));
        if (batchConn != null) {
            drain(batchConn); // never left behind: a chunk whose frames were not all processed still gets its replies out
        }
        List<Framedata> frames;
        if (verdict.violation() == null) {
            frames = translateEachFrame(buffer);
        } else {
            InvalidDataException failure = new InvalidDataException(verdict.violation().closeCode(), verdict.violation().rule());
            ByteBuffer good = buffer.duplicate();
            good.limit(good.position() + verdict.goodBytes());
            buffer.position(buffer.limit());
            try {
                frames = verdict.goodBytes() > 0 ? translateEachFrame(good) : List.of();
            } catch (InvalidDataException libraryFoundItFirst) {
                frames = List.of();
            }
            if (frames.isEmpty()) {
                throw failure;
            }
            pendingFailure = failure;
        }
        if (!frames.isEmpty()) {
            batchThread = Thread.currentThread();
            framesLeft = frames.size();
        }
        return frames;
    }

    /**
     * The library's parse. The tap has checked every rule the library enforces here before, so a refusal is not
     * expected; should one come, it fails the connection rather than escape as a RuntimeException the library
     * would swallow (leaving the connection open and unanswered).
     */
    private List<Framedata> translateEachFrame(ByteBuffer buffer) throws InvalidDataException {
        try {
            return super.translateFrame(buffer);
        } catch (RuntimeException refused) {
            throw new InvalidDataException(dev.wstutor.wire.CloseCode.PROTOCOL_ERROR.code(), "invalid frame: " + refused.getClass().getSimpleName());
        }
    }

    /** A failure found in a read whose earlier frames are being handled: thrown after the last of them. */
    private InvalidDataException pendingFailure;

    /*
     * Write batching. The library hands every queued send to its selector thread with a wake-up and writes it
     * with a system call of its own: two system calls per message, which made an echo server answering pipelined
     * messages slower than npm ws. So while the library processes the frames of one received chunk, what the
     * handler sends on the same connection from the same thread is collected and queued as one write when the
     * chunk is done. The tap still reports each frame. Control frames the library answers by itself (pong,
     * close) flush the batch first, so nothing overtakes what was sent before it.
     */
    private volatile Thread batchThread;
    private int framesLeft;
    private ByteArrayOutputStream batch;
    private WebSocket batchConn;

    /**
     * Once a close frame has been received or sent, nothing more is processed: RFC 6455 5.5.1 has the peer send
     * no data after its close, and Java-WebSocket 1.6.0, given a second close frame in the same read, closes the
     * TCP connection at once, before its reply to the first is written.
     */
    @Override
    public void processFrame(WebSocketImpl conn, Framedata frame) throws InvalidDataException {
        if (conn.getReadyState() != org.java_websocket.enums.ReadyState.OPEN || conn.isFlushAndClose()) {
            if (--framesLeft <= 0) {
                endBatch(conn);
                pendingFailure = null;
            }
            return;
        }
        if (frame.getOpcode() == Opcode.PING || frame.getOpcode() == Opcode.CLOSING) {
            flush(conn);
        }
        try {
            super.processFrame(conn, frame);
        } catch (InvalidDataException | RuntimeException e) {
            endBatch(conn);
            pendingFailure = null;
            throw e;
        }
        if (--framesLeft <= 0) {
            endBatch(conn);
            InvalidDataException failure = pendingFailure;
            pendingFailure = null;
            if (failure != null && conn.isOpen()) {
                throw failure;
            }
        }
    }

    /**
     * Adds frames to the write batch when called on the thread processing this connection's received chunk;
     * false means the caller must send them itself.
     */
    boolean defer(WebSocket conn, List<Framedata> frames) {
        if (Thread.currentThread() != batchThread) {
            return false;
        }
        if (payloadBytes(frames) > BATCH_LIMIT) {
            // A large message gains nothing from batching, and copying it through the batch buffer (grown by
            // doubling, then copied out) triples the garbage per message: sent as it is, after the batch.
            flush(conn);
            return false;
        }
        batchConn = conn;
        if (batch == null) {
            batch = new ByteArrayOutputStream(4096);
        }
        for (Framedata f : frames) {
            ByteBuffer b = createBinaryFrame(f);
            batch.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
        }
        return true;
    }

    private static final int BATCH_LIMIT = 64 * 1024;

    private static long payloadBytes(List<Framedata> frames) {
        long n = 0;
        for (Framedata f : frames) {
            n += f.getPayloadData().remaining();
        }
        return n;
    }

    /** Sends what the batch holds, ahead of anything sent after this call. */
    void flush(WebSocket conn) {
        if (Thread.currentThread() == batchThread) {
            drain(conn);
        }
    }

    /** Only ever on the connection's decoding thread, the one thread that fills the batch. */
    private void drain(WebSocket conn) {
        if (batch == null || batch.size() == 0) {
            return;
        }
        byte[] bytes = batch.toByteArray();
        if (bytes.length > BATCH_LIMIT) {
            batch = null; // do not keep a large buffer for a connection that may stay idle
        } else {
            batch.reset();
        }
        try {
            conn.sendFrame(new RawBytes(bytes, true));
        } catch (WebsocketNotConnectedException closed) {
            // the connection closed while the batch was built; there is no one left to send to
        }
    }

    private void endBatch(WebSocket conn) {
        flush(conn);
        batchThread = null;
        framesLeft = 0;
    }

    @Override
    public List<ByteBuffer> createHandshake(Handshakedata handshakedata, boolean withcontent) {
        List<ByteBuffer> out = super.createHandshake(handshakedata, withcontent);
        StringBuilder raw = new StringBuilder();
        for (ByteBuffer b : out) {
            raw.append(new String(bytesOf(b), StandardCharsets.ISO_8859_1));
        }
        tap.handshake(Direction.OUT, raw.toString());
        return out;
    }

    /**
     * The largest handshake head read. A server's requests are already held to their own limit by the gate; this
     * protects a client from a server that announces a head without end (Java-WebSocket would buffer it all,
     * copying it again for every chunk).
     */
    static final int MAX_HEAD = 64 * 1024;

    /** A client's: the server's answer when it was not 101, with the body that came with it. */
    private volatile RefusedHandshake refusal;

    RefusedHandshake refusal() {
        return refusal;
    }

    /**
     * This draft numbering its connection from {@code numbers} instead: a server gives each connection's draft
     * its own, so that a number can be known (a proxy's leg to the target takes it) before the library has
     * picked the draft.
     */
    TapDraft numberedBy(IntSupplier numbers) {
        List<IProtocol> fresh = new ArrayList<>();
        for (IProtocol p : protocols) {
            fresh.add(p.copyInstance());
        }
        return new TapDraft(observer, listener, nanoClock, numbers, fresh, maxFrameSize, maxMessageSize);
    }

    @Override
    public Handshakedata translateHandshake(ByteBuffer buf) throws InvalidHandshakeException {
        if (buf.remaining() > MAX_HEAD) {
            String text = new String(bytesOf(buf), 0, Math.min(buf.remaining(), MAX_HEAD + 4), StandardCharsets.ISO_8859_1);
            if (!text.contains("\r\n\r\n")) {
                tap.failed("handshake head over " + MAX_HEAD + " bytes: refused");
                throw new InvalidHandshakeException("handshake head over " + MAX_HEAD + " bytes");
            }
        }
        ByteBuffer before = buf.duplicate();
        Handshakedata parsed;
        try {
            parsed = super.translateHandshake(buf);
        } catch (IncompleteHandshakeException partial) {
            // Tried again when more bytes arrive: report only the complete head.
            throw partial;
        } catch (InvalidHandshakeException refused) {
            // The library refuses heads it dislikes (a 200 or 404 answer) before anyone sees them; show them anyway.
            byte[] read = bytesOf(before);
            String text = new String(read, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                tap.handshake(Direction.IN, text.substring(0, end + 4));
                if (observer == Endpoint.CLIENT) {
                    try {
                        refusal = RefusedHandshake.of(read); // kept with its body, for a proxy to pass on
                    } catch (dev.wstutor.wire.HandshakeFormatException unreadable) {
                        // the tap has reported it; there is nothing to pass on
                    }
                }
            }
            throw refused;
        }
        int length = buf.position() - before.position();
        byte[] head = new byte[Math.max(0, length)];
        before.get(head);
        tap.handshake(Direction.IN, new String(head, StandardCharsets.ISO_8859_1));
        return parsed;
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
