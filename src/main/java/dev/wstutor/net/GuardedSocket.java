package dev.wstutor.net;

import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HandshakeRefusal;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.HttpMessage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.enums.Opcode;
import org.java_websocket.enums.ReadyState;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;

/**
 * One server-side connection held to {@link Limits}. Until its handshake is accepted it reads the request head
 * itself: non-HTTP bytes are closed at once, a head over the size limit gets 431, a malformed upgrade 400, another
 * version 426 (RFC 6455 4.2.2, 4.4), a full server 503; only a complete, acceptable head reaches Java-WebSocket,
 * in one piece. Once open, its outgoing queue is counted and a peer that lets it grow past the limit is closed
 * with 1008 (policy violation) rather than buffered until the heap runs out.
 */
final class GuardedSocket extends WebSocketImpl {
    private static final Field OUT_QUEUE = outQueueField();

    private final HandshakeGate gate;
    private final Limits limits;
    private final long accepted;
    private final CountingQueue out;
    /** Over the connection limit when accepted: refused at the first chance. */
    private final boolean doomed;
    private byte[] head = new byte[512];
    private int headLength;
    /** Handed to the library (the head was acceptable), or refused; either way the gate is done with it. */
    private volatile boolean admitted;
    private boolean refused;
    /** Complete and acceptable, waiting for the handler's decision: later bytes are kept behind the head. */
    private boolean held;
    /** This connection's number, drawn once: its events and its handler's use the same. */
    private final java.util.function.IntSupplier number;
    private volatile boolean overflowed;

    GuardedSocket(WebSocketAdapter listener, java.util.List<Draft> drafts, HandshakeGate gate, boolean doomed,
                  java.util.function.IntSupplier number) {
        super(listener, drafts);
        this.number = number;
        this.gate = gate;
        this.limits = gate.limits();
        this.accepted = gate.now();
        this.doomed = doomed;
        this.out = replaceOutQueue();
    }

    @Override
    public void decode(ByteBuffer bytes) {
        long at = decoded;
        decoded += bytes.remaining();
        if (admitted) {
            long from = reportedFrom;
            if (from >= 0 && at >= from) {
                return; // read after this side started closing: the tap has it, the library has no use for it
            }
            if (from < 0 && closingOrClosed() && getDraft() instanceof TapDraft d) {
                d.tap().received(TapClient.bytesOf(bytes)); // the library would drop it unseen
                return;
            }
        }
        HttpMessage request;
        synchronized (this) {
            if (admitted) {
                request = null;
            } else if (refused) {
                return; // lingering after a refusal: what the peer still sends is read and dropped
            } else if (held) {
                keep(bytes); // the client should wait for the answer (RFC 6455 4.1); kept, in order, within bounds
                return;
            } else {
                request = admit(bytes);
                if (request == null) {
                    return;
                }
                held = true;
            }
        }
        if (request == null) {
            super.decode(bytes);
        } else {
            gate.decide(new PendingHandshake(this, request, number.getAsInt()));
        }
    }

    /**
     * Hands the held head, and whatever the client sent after it, to the library, which answers 101 and opens
     * the connection. Bytes that arrive meanwhile are queued behind, so the library always sees them in order and
     * from one thread at a time. False when the client is gone.
     */
    boolean release(Object attachment) {
        ByteBuffer next;
        synchronized (this) {
            if (!held || refused || isClosed() || isClosing()) {
                return false;
            }
            setAttachment(attachment);
            next = ByteBuffer.wrap(head, 0, headLength);
            head = new byte[0];
            headLength = 0;
        }
        gate.admitted(this);
        while (true) {
            super.decode(next);
            synchronized (this) {
                if (headLength == 0) {
                    held = false;
                    admitted = true;
                    head = null;
                    break;
                }
                next = ByteBuffer.wrap(Arrays.copyOf(head, headLength));
                headLength = 0;
            }
        }
        if (!isOpen() && isFlushAndClose()) {
            // The library refused after all and wrote its own answer; it never closes such a socket by itself.
            gate.closeLater(this, HandshakeGate.LINGER, CloseFrame.NEVER_CONNECTED, "handshake refused");
        }
        return isOpen();
    }

    /** Sends another answer than 101 for a held head (a proxy relaying its target's 401), then closes. */
    synchronized void answer(byte[] response, String statusLine, String why) {
        if (held && !refused) {
            held = false;
            refuse(response, statusLine, why);
        }
    }

    /** Bytes of a held connection, after its head; more than a head's worth means it does not wait: closed. */
    private void keep(ByteBuffer bytes) {
        int n = bytes.remaining();
        if (headLength + n > 2 * limits.maxHeader()) {
            held = false;
            refuse(null, null, "sent " + (headLength + n) + " bytes without waiting for the handshake answer");
            return;
        }
        if (headLength + n > head.length) {
            head = Arrays.copyOf(head, Math.max(headLength + n, head.length * 2));
        }
        bytes.get(head, headLength, n);
        headLength += n;
    }

    /** Adds bytes to the head; returns the request once the head is complete and acceptable, else null. */
    private HttpMessage admit(ByteBuffer bytes) {
        int n = bytes.remaining();
        if (headLength + n > head.length) {
            head = Arrays.copyOf(head, Math.max(headLength + n, Math.min(head.length * 2, limits.maxHeader() + n)));
        }
        bytes.get(head, headLength, n);
        headLength += n;
        if (doomed) {
            refuse(HandshakeRefusal.full(gate.openClients()), "too many connections (--max-clients " + limits.maxClients() + ")");
            return null;
        }
        String notHttp = notHttp();
        if (notHttp != null) {
            refuse(null, notHttp);
            return null;
        }
        int end = headEnd();
        if (end < 0 || end > limits.maxHeader()) {
            if (end > limits.maxHeader() || headLength > limits.maxHeader()) {
                refuse(HandshakeRefusal.headTooLarge(limits.maxHeader()),
                        "request head over " + limits.maxHeader() + " bytes (--max-header)");
            }
            return null;
        }
        HttpMessage request;
        try {
            request = HttpMessage.parse(new String(head, 0, end, StandardCharsets.ISO_8859_1));
        } catch (HandshakeFormatException e) {
            refuse(HandshakeRefusal.badRequest(e.getMessage()), "unreadable request head: " + e.getMessage());
            return null;
        }
        Optional<HandshakeRefusal> refusal = HandshakeRefusal.of(request);
        if (refusal.isPresent()) {
            refuse(refusal.get(), refusal.get().why());
            return null;
        }
        if (gate.full()) {
            refuse(HandshakeRefusal.full(gate.openClients()), "too many clients (--max-clients " + limits.maxClients() + ")");
            return null;
        }
        return request;
    }

    /**
     * Why the first bytes cannot be an HTTP request (a method token of capital letters, then a space), or null.
     * A TLS ClientHello starts with 0x16 0x03: someone dialled wss:// or https:// at a plain server.
     */
    private String notHttp() {
        int token = 0;
        while (token < headLength && token < 16 && head[token] >= 'A' && head[token] <= 'Z') {
            token++;
        }
        boolean ok = token == headLength || (token > 0 && token < headLength && head[token] == ' ');
        if (ok) {
            return null;
        }
        String first = Hex.format(head, 0, Math.min(headLength, 8));
        if (headLength >= 2 && head[0] == 0x16 && head[1] == 0x03) {
            return "not HTTP: a TLS ClientHello (" + first + " ...); this server speaks ws://, not wss://";
        }
        return "not HTTP: the first bytes are " + first;
    }

    /** The index just after the empty line that ends the head, or -1. */
    private int headEnd() {
        for (int i = 3; i < headLength; i++) {
            if (head[i] == '\n' && head[i - 1] == '\r' && head[i - 2] == '\n' && head[i - 3] == '\r') {
                return i + 1;
            }
        }
        for (int i = 1; i < headLength; i++) {
            if (head[i] == '\n' && head[i - 1] == '\n') {
                return i + 1; // bare LF line ends, which HttpMessage also reads
            }
        }
        return -1;
    }

    private void refuse(HandshakeRefusal answer, String why) {
        if (answer == null) {
            refuse(null, null, why);
        } else {
            refuse(answer.bytes(), answer.statusLine(), why);
        }
    }

    /**
     * Answers (when {@code answer} is not null), reports, and closes. The socket lingers a moment after an answer
     * so that the peer can read it: closing with unread input would reset the connection and lose it.
     */
    private void refuse(byte[] answer, String statusLine, String why) {
        refused = true;
        head = null;
        gate.forget(this);
        InetSocketAddress peer = remote();
        if (answer == null) {
            gate.report(number.getAsInt(), peer, why + "; closed");
            forceClose(CloseFrame.NEVER_CONNECTED, why);
            return;
        }
        gate.report(number.getAsInt(), peer, why + "; answered " + statusLine + " and closed");
        try {
            // Through the channel the library reads: under TLS it encrypts the answer.
            if (getChannel() != null) {
                ByteBuffer bytes = ByteBuffer.wrap(answer);
                for (int tries = 0; bytes.hasRemaining() && tries < 8; tries++) {
                    getChannel().write(bytes);
                }
                if (getSelectionKey() != null && getSelectionKey().channel() instanceof SocketChannel channel) {
                    channel.shutdownOutput();
                }
            }
        } catch (IOException e) {
            // the peer is gone already; closing is all that is left
        }
        gate.closeLater(this, HandshakeGate.LINGER, CloseFrame.NEVER_CONNECTED, why);
    }

    /** Called by the gate's timer: ends a connection whose head is late, or that was over the limit. */
    synchronized void sweep(long now, long timeoutNanos) {
        if (admitted || refused || held || getChannel() == null) {
            return; // a held head waits on its handler, which has a deadline of its own
        }
        if (doomed) {
            refuse(headLength == 0 ? null : HandshakeRefusal.full(gate.openClients()),
                    "too many connections (--max-clients " + limits.maxClients() + ")");
        } else if (now - accepted > timeoutNanos) {
            long seconds = limits.handshakeTimeout().toSeconds();
            if (headLength == 0) {
                refuse(null, "sent nothing within " + seconds + " s (--handshake-timeout)");
            } else {
                refuse(HandshakeRefusal.tooSlow(seconds), "no complete request head within " + seconds
                        + " s, " + headLength + " bytes so far (--handshake-timeout)");
            }
        }
    }

    /**
     * Every chunk read from the connection, decrypted, on the selector thread, before the library queues it. While
     * the connection is open the draft's tap sees it as the library decodes it; once a close handshake is under
     * way the library decodes nothing, so the tap is given the chunk here: the peer's Close reply, and anything the
     * peer sends after a Close, are shown rather than dropped unseen. The reply to a Close this server started
     * ends the wait for it.
     */
    void readFromWire(byte[] chunk) {
        long at = read;
        read += chunk.length;
        if (!admitted || !(closeStarted || closingOrClosed())) {
            return;
        }
        if (getDraft() instanceof TapDraft d) {
            if (reportedFrom < 0) {
                reportedFrom = at;
            }
            d.tap().received(chunk);
            if (awaitingReply && d.tap().closeReceived()) {
                awaitingReply = false;
                // Before the library has finished starting the close (flushAndClose) there is nothing to end yet:
                // its own closeConnection() follows, and now closes at once.
                if (isFlushAndClose()) {
                    super.closeConnection();
                }
            }
        }
    }

    private boolean closingOrClosed() {
        ReadyState state = getReadyState();
        return state == ReadyState.CLOSING || state == ReadyState.CLOSED;
    }

    /**
     * Stream offsets, so that each chunk is shown once: bytes read so far (selector thread), bytes handed to
     * {@link #decode} so far (the connection's worker thread), and the offset from which chunks were shown as they
     * were read (-1: none yet). Set before the Close goes out, {@code closeStarted} keeps a reply that arrives before
     * the library has marked the connection CLOSING from being decoded by nobody.
     */
    private long read;
    private long decoded;
    private volatile long reportedFrom = -1;
    private volatile boolean closeStarted;

    /** The codes of a close this server starts on purpose (not a failure), after which it waits for the reply. */
    private static boolean waitsForReply(int code) {
        return code == CloseFrame.NORMAL || code == CloseFrame.GOING_AWAY || (code >= 3000 && code <= 4999);
    }

    /** Whether this server sent a Close and waits for the peer's reply before closing TCP. */
    private volatile boolean awaitingReply;
    private volatile int startedWith;

    @Override
    public synchronized void close(int code, String message, boolean remote) {
        boolean starting = !remote && getReadyState() == ReadyState.OPEN && waitsForReply(code) && !overflowed;
        if (!remote && getReadyState() == ReadyState.OPEN) {
            closeStarted = true;
        }
        if (starting) {
            startedWith = code;
            awaitingReply = true; // before the Close goes out: the library may finish writing it at once
        }
        super.close(code, message, remote);
    }

    /**
     * Called by the library once everything queued is written after a close. For a close the peer started, that
     * is the end (RFC 6455 7.1.1: the server closes TCP first). For one this server started, Java-WebSocket would
     * close TCP at once, before the peer's Close reply arrives; the connection stays open to read it (the tap shows
     * it), at most {@link #CLOSE_REPLY_WAIT}, so a peer that never answers costs no more than that.
     */
    @Override
    public void closeConnection() {
        if (awaitingReply && getDraft() instanceof TapDraft d && !d.tap().closeReceived()) {
            gate.closeLater(this, CLOSE_REPLY_WAIT, startedWith, "no Close reply within " + CLOSE_REPLY_WAIT.toMillis() + " ms");
            return;
        }
        awaitingReply = false;
        super.closeConnection();
    }

    static final java.time.Duration CLOSE_REPLY_WAIT = java.time.Duration.ofSeconds(2);

    /** Closes the TCP connection now, whatever the close handshake's state. */
    void forceClose(int code, String why) {
        if (!isClosed()) {
            try {
                closeConnection(code, why, false);
            } catch (java.nio.channels.ClosedSelectorException stopping) {
                // The server stopped while this connection waited for a Close reply: its selector is gone, and
                // stopping closes the channel itself; nothing is left to do here, and the stop must not fail over it.
            }
        }
    }

    @Override
    public synchronized void closeConnection(int code, String message, boolean remote) {
        gate.forget(this);
        super.closeConnection(code, message, remote);
    }

    private InetSocketAddress remote() {
        try {
            return getSelectionKey() != null && getSelectionKey().channel() instanceof SocketChannel c
                    ? (InetSocketAddress) c.getRemoteAddress() : null;
        } catch (IOException e) {
            return null;
        }
    }

    // The outgoing bound. Every send path of the library passes through one of these public methods (pongs and
    // close replies through sendFrame); a close frame always passes, so that the 1008 itself can be sent.

    @Override
    public void send(String text) {
        if (room()) {
            super.send(text);
        }
    }

    @Override
    public void send(ByteBuffer bytes) {
        if (room()) {
            super.send(bytes);
        }
    }

    @Override
    public void sendFrame(Framedata frame) {
        if (frame.getOpcode() == Opcode.CLOSING || room()) {
            super.sendFrame(frame);
        }
    }

    @Override
    public void sendFrame(Collection<Framedata> frames) {
        if (room()) {
            super.sendFrame(frames);
        }
    }

    @Override
    public void sendFragmentedFrame(Opcode op, ByteBuffer buffer, boolean fin) {
        if (room()) {
            super.sendFragmentedFrame(op, buffer, fin);
        }
    }

    /**
     * Gives back the write interest Java-WebSocket 1.6.0 can lose. Its selector thread, having written all that
     * was queued, sets the key to OP_READ after the fact; a send queued by a worker between that last write and
     * that call has its own OP_WRITE overwritten, and waits, unsent, until the peer sends something else: a peer
     * that waits for the echo waits forever (found by Autobahn case 9.8.6 in the default view, one message in
     * several hundred thousand). Called from the gate's timer: with bytes queued and no OP_WRITE, it asks again.
     */
    void rearmLostWrite() {
        if (out == null || out.isEmpty()) {
            return;
        }
        // OP_WRITE added to what is watched: a connection whose reads are paused (holdsReads) stays paused
        changeInterest(ops -> ops | java.nio.channels.SelectionKey.OP_WRITE, true);
    }

    /**
     * Asked on the selector thread before each read. While the listener holds more than its share of this peer's
     * events (a capture that waits for room, a peer flooding pings), this peer is not read: its read interest is
     * dropped so the selector does not spin on it. Otherwise the worker reporting its frames would wait for the
     * printer holding Java-WebSocket's shared read buffers, and the selector, out of buffers, would stop serving
     * every other client (measured: ping flood, bystander echo 1.8 s). The gate's timer resumes it
     * ({@link #resumeReads}).
     */
    boolean holdsReads() {
        if (!admitted || !gate.backlogged(number.getAsInt())) {
            return false;
        }
        readsHeld = true;
        changeInterest(ops -> ops & ~java.nio.channels.SelectionKey.OP_READ, false);
        return true;
    }

    /** Gives back the read interest {@link #holdsReads} took, once the listener has caught up. */
    void resumeReads() {
        if (!readsHeld || gate.backlogged(number.getAsInt())) {
            return;
        }
        readsHeld = false;
        changeInterest(ops -> ops | java.nio.channels.SelectionKey.OP_READ, true);
    }

    /**
     * Changes what the selector watches this connection for, when that is a change; from another thread,
     * {@code wake} makes the selector see it now rather than at its next wake-up. A connection closed meanwhile
     * has nothing left to change.
     */
    private void changeInterest(java.util.function.IntUnaryOperator change, boolean wake) {
        java.nio.channels.SelectionKey key = getSelectionKey();
        try {
            if (key == null || !key.isValid()) {
                return;
            }
            int ops = key.interestOps();
            int changed = change.applyAsInt(ops);
            if (changed != ops) {
                key.interestOps(changed);
                if (wake) {
                    key.selector().wakeup();
                }
            }
        } catch (java.nio.channels.CancelledKeyException closed) {
            // closed meanwhile
        }
    }

    private volatile boolean readsHeld;

    /** Bytes waiting to be written to this peer. */
    long queued() {
        return out == null ? 0 : out.bytes();
    }

    /**
     * Whether a send may be queued. Past the bound the peer is not reading: it is closed with 1008 and given a
     * moment to take the close frame before the socket is closed; what it sends meanwhile is dropped.
     */
    private boolean room() {
        if (overflowed) {
            return false;
        }
        if (out == null || out.bytes() <= limits.maxQueued() || getReadyState() != ReadyState.OPEN) {
            return true;
        }
        overflowed = true;
        String why = "more than " + limits.maxQueued() + " bytes queued for a client that does not read (--max-queue)";
        if (getDraft() instanceof TapDraft d) {
            d.tap().failed(why + "; closing with 1008");
        }
        close(CloseFrame.POLICY_VALIDATION, "not reading");
        gate.closeLater(this, HandshakeGate.LINGER.multipliedBy(2), CloseFrame.ABNORMAL_CLOSE, why);
        return false;
    }

    /** Whether this library version let the queue be replaced (the bound holds); a test guards it. */
    static boolean countsItsQueue() {
        return OUT_QUEUE != null && OUT_QUEUE.getType().isAssignableFrom(CountingQueue.class);
    }

    /**
     * Java-WebSocket's queue is a public final field; swapped for one that counts its bytes. Reflection, because
     * the library offers no supported way to know how much is queued: {@code WebSocket.hasBufferedData()} says
     * only whether anything is; summing the public {@code outQueue} on every send costs time in its length (a
     * ping flood queues a hundred thousand small pongs); counting bytes written through
     * {@code WebSocketServerFactory.wrapChannel} would see TLS records, not queued frames, once the channel is
     * wrapped for wss. Setting a final instance field of a non-record class is allowed by
     * {@code Field.setAccessible} (JLS 17.5.3), and the library is pinned (pom.xml, 1.6.0); OutgoingQueueTest
     * fails if an upgrade renames the field or stops polling it, rather than the bound silently lapsing.
     */
    private CountingQueue replaceOutQueue() {
        if (OUT_QUEUE == null) {
            return null;
        }
        CountingQueue q = new CountingQueue();
        try {
            OUT_QUEUE.set(this, q);
            return q;
        } catch (IllegalAccessException | RuntimeException e) {
            return null; // no bound rather than no server
        }
    }

    private static Field outQueueField() {
        try {
            Field f = WebSocketImpl.class.getDeclaredField("outQueue");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
