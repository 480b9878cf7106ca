package dev.wstutor.net;

import dev.wstutor.event.WireEvent;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireListener;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.FrameSplitter;
import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.ProtocolViolation;
import dev.wstutor.wire.WebSocketProtocol;
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
    private volatile HttpMessage request;
    /** Whether the listener wants frame events; when not, frames are checked but not decoded. */
    private final boolean frames;

    ConnectionTap(Endpoint observer, WireListener listener, LongSupplier nanoClock, IntSupplier numbering, long maxFrame) {
        this.observer = observer;
        this.listener = listener;
        this.frames = listener.wantsFrames();
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
            start = numbering instanceof SessionNumbering session ? session.startNanos() : nanoClock.getAsLong();
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

    /** The opening-handshake request as it crossed the wire (received by a server, sent by a client), or null. */
    public HttpMessage request() {
        return request;
    }

    void handshake(Direction direction, String raw) {
        try {
            HttpMessage head = HttpMessage.parse(raw);
            if (!head.isResponse()) {
                request = head;
            }
            listener.on(new WireEvent.HandshakeSeen(connection(), observer, since(), direction, head, raw));
        } catch (HandshakeFormatException e) {
            failed("unreadable handshake: " + e.getMessage());
        }
    }

    void sent(byte[] raw) {
        if (frames) {
            decode(Direction.OUT, raw, outbound);
        }
    }

    /** Whether outgoing frames need their bytes: a caller may skip copying them when not. */
    boolean wantsFrames() {
        return frames;
    }

    /**
     * Called with every chunk the endpoint reads, before the library parses it. Returns the first rule a
     * received frame broke, or null: the caller fails the connection on it.
     */
    synchronized ProtocolViolation received(byte[] chunk) {
        if (!frames) {
            return checkMasks(chunk);
        }
        List<byte[]> frames;
        try {
            frames = splitter.feed(chunk);
        } catch (ProtocolViolation v) {
            ProtocolViolation shifted = v.shiftedBy(received);
            listener.on(new WireEvent.FrameRejected(connection(), observer, since(), Direction.IN, chunk, shifted));
            received += chunk.length;
            return shifted;
        }
        ProtocolViolation first = null;
        for (byte[] raw : frames) {
            ProtocolViolation v = decode(Direction.IN, raw, inbound);
            if (first == null && v != null) {
                first = v;
            }
            received += raw.length;
        }
        return first;
    }

    /**
     * When no one wants frame events: only the masking rule of RFC 6455 5.1 is checked, on the header in place,
     * because the library enforces every other rule itself.
     */
    private ProtocolViolation checkMasks(byte[] chunk) {
        boolean mustMask = observer == Endpoint.SERVER;
        long base = received - splitter.pending(); // the stream offset of the splitter's first byte
        ProtocolViolation[] first = new ProtocolViolation[1];
        try {
            splitter.scan(chunk, (data, offset, size) -> {
                boolean masked = (data[offset + 1] & WebSocketProtocol.B1_FLAG_MASK) != 0;
                if (first[0] == null && masked != mustMask) {
                    first[0] = new ProtocolViolation(mustMask ? "a client-to-server frame must be masked"
                            : "a server-to-client frame must not be masked", "5.1", base + offset + 1, CloseCode.PROTOCOL_ERROR);
                    listener.on(new WireEvent.FrameRejected(connection(), observer, since(), Direction.IN,
                            java.util.Arrays.copyOfRange(data, offset, offset + size), first[0]));
                }
            });
        } catch (ProtocolViolation v) {
            ProtocolViolation shifted = v.shiftedBy(received);
            listener.on(new WireEvent.FrameRejected(connection(), observer, since(), Direction.IN, chunk, shifted));
            received += chunk.length;
            return shifted;
        }
        received += chunk.length;
        return first[0];
    }

    private ProtocolViolation decode(Direction direction, byte[] raw, FrameDecoder decoder) {
        try {
            Frame frame = decoder.decode(raw, 0).frame();
            listener.on(new WireEvent.FrameSeen(connection(), observer, since(), direction, frame));
            return null;
        } catch (ProtocolViolation v) {
            listener.on(new WireEvent.FrameRejected(connection(), observer, since(), direction, raw, v));
            return v;
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
