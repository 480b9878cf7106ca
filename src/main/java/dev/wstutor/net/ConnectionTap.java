package dev.wstutor.net;

import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.FrameSplitter;
import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.ProtocolViolation;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The tap of one connection at one endpoint: numbers the connection, keeps its clock, cuts the bytes it
 * receives into frames and turns everything into {@link WireEvent}s for the listener.
 */
public final class ConnectionTap {
    private final Endpoint observer;
    private final WireListener listener;
    private final LongSupplier nanoClock;
    private final IntSupplier numbering;
    private final FrameSplitter splitter;
    private final FrameDecoder inbound;
    private final FrameDecoder outbound;
    private int connection;
    private long start;
    private long received;

    ConnectionTap(Endpoint observer, WireListener listener, LongSupplier nanoClock, IntSupplier numbering, long maxFrame) {
        this.observer = observer;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.numbering = numbering;
        this.splitter = new FrameSplitter(maxFrame + 14);
        // Each direction has its masking rule (RFC 6455 5.1); the size limit is the library's to enforce.
        FrameDecoder fromClient = new FrameDecoder(new FrameDecoder.Options(FrameDecoder.MaskRule.REQUIRED, false, Long.MAX_VALUE));
        FrameDecoder fromServer = new FrameDecoder(new FrameDecoder.Options(FrameDecoder.MaskRule.FORBIDDEN, false, Long.MAX_VALUE));
        this.inbound = observer == Endpoint.SERVER ? fromClient : fromServer;
        this.outbound = observer == Endpoint.SERVER ? fromServer : fromClient;
    }

    /** The connection's number; assigned by its first event so that handshake retries do not use up numbers. */
    public synchronized int connection() {
        if (connection == 0) {
            connection = numbering.getAsInt();
            start = nanoClock.getAsLong();
        }
        return connection;
    }

    public Endpoint observer() {
        return observer;
    }

    synchronized Duration since() {
        connection();
        return Duration.ofNanos(nanoClock.getAsLong() - start);
    }

    void handshake(Direction direction, String raw) {
        try {
            listener.on(new WireEvent.HandshakeSeen(connection(), observer, since(), direction, HttpMessage.parse(raw), raw));
        } catch (HandshakeFormatException e) {
            failed("unreadable handshake: " + e.getMessage());
        }
    }

    void sent(byte[] raw) {
        decode(Direction.OUT, raw, outbound);
    }

    /** Called with every chunk the endpoint reads, before the library parses it. */
    synchronized void received(byte[] chunk) {
        List<byte[]> frames;
        try {
            frames = splitter.feed(chunk);
        } catch (ProtocolViolation v) {
            listener.on(new WireEvent.FrameRejected(connection(), observer, since(), Direction.IN, chunk, v.shiftedBy(received)));
            received += chunk.length;
            return;
        }
        for (byte[] raw : frames) {
            decode(Direction.IN, raw, inbound);
            received += raw.length;
        }
    }

    private void decode(Direction direction, byte[] raw, FrameDecoder decoder) {
        try {
            Frame frame = decoder.decode(raw, 0).frame();
            listener.on(new WireEvent.FrameSeen(connection(), observer, since(), direction, frame));
        } catch (ProtocolViolation v) {
            listener.on(new WireEvent.FrameRejected(connection(), observer, since(), direction, raw, v));
        }
    }

    void opened(InetSocketAddress local, InetSocketAddress remote) {
        listener.on(new WireEvent.Opened(connection(), observer, since(), local, remote));
    }

    void closed(int code, String reason, boolean byPeer) {
        listener.on(new WireEvent.Closed(connection(), observer, since(), code, reason, byPeer));
    }

    void failed(String message) {
        listener.on(new WireEvent.Failed(connection(), observer, since(), message));
    }
}
