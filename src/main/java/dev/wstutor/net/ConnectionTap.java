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
import dev.wstutor.wire.Utf8;
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
    private final long maxMessage;
    /** Payload bytes of the data message being received so far (its fragments summed). */
    private long messageBytes;
    /** Whether a fragmented data message is under way (its last frame had FIN=0). */
    private boolean inMessage;
    /** The UTF-8 state of the text message being received (RFC 6455 8.1), or null while none is. */
    private Utf8 text;
    /** Whether the header of the frame held back by the splitter has been judged already. */
    private boolean pendingJudged;
    /** Payload bytes of the frame held back by the splitter that have been checked as UTF-8 already. */
    private long pendingChecked;
    private volatile HttpMessage request;
    /** Whether a Close frame has arrived from the peer. */
    private volatile boolean closeReceived;
    /** Whether the listener wants frame events; when not, frames are checked but not decoded. */
    private final boolean frames;

    ConnectionTap(Endpoint observer, WireListener listener, LongSupplier nanoClock, IntSupplier numbering, long maxFrame,
                  long maxMessage) {
        this.maxMessage = maxMessage;
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
     * What a received chunk holds: the first rule a frame broke (null when none), and how many of the chunk's
     * bytes belong to whole frames before that one. Those frames are good: they are handled before the
     * connection is failed (RFC 6455 7.1.7 fails the connection at the bad frame, not before it).
     */
    record Verdict(ProtocolViolation violation, int goodBytes) {
        static final Verdict OK = new Verdict(null, -1);
    }

    /**
     * Called with every chunk the endpoint reads, before the library parses it. Every frame is checked against
     * the size limits (a frame over {@code maxFrame}, a message whose fragments sum over {@code maxMessage}: 1009),
     * and when frames are shown, decoded in full; when not, only the rules the library does not enforce (or
     * enforces by throwing something it then swallows) are checked on the frame in place: masking (5.1) and
     * the close body (5.5.1).
     */
    synchronized Verdict received(byte[] chunk) {
        int before = splitter.pending();
        long base = received - before; // the stream offset of the splitter's first byte
        int[] at = {0}; // bytes of whole frames seen so far, counted from the splitter's first byte
        ProtocolViolation[] first = new ProtocolViolation[1];
        int[] good = {-1};
        try {
            splitter.scan(chunk, (data, offset, size) -> {
                if (first[0] != null) {
                    at[0] += size;
                    return;
                }
                ProtocolViolation v = check(data, offset, size, base + offset);
                if (v == null && frames) {
                    v = decode(Direction.IN, java.util.Arrays.copyOfRange(data, offset, offset + size), inbound);
                } else if (v != null) {
                    listener.on(new WireEvent.FrameRejected(connection(), observer, since(), Direction.IN,
                            java.util.Arrays.copyOfRange(data, offset, offset + Math.min(size, 64)), v));
                }
                if (v != null) {
                    first[0] = v;
                    good[0] = Math.max(0, at[0] - before);
                }
                at[0] += size;
            });
            if (first[0] == null) {
                // Fail fast (RFC 6455 7.1.7, 8.1): a frame whose header breaks a rule, or a text message that stops
                // being UTF-8, fails the connection as soon as that much of it has arrived, not once it is whole.
                splitter.peekPending((data, offset, size) -> {
                    ProtocolViolation v = judgePending(data, offset, size, base + at[0]);
                    if (v != null) {
                        listener.on(new WireEvent.FrameRejected(connection(), observer, since(), Direction.IN,
                                java.util.Arrays.copyOfRange(data, offset, offset + Math.min(size, 64)), v));
                        first[0] = v;
                        good[0] = Math.max(0, at[0] - before);
                    }
                });
            }
        } catch (ProtocolViolation v) {
            ProtocolViolation shifted = v.shiftedBy(base + at[0]);
            if (first[0] == null) {
                listener.on(new WireEvent.FrameRejected(connection(), observer, since(), Direction.IN,
                        java.util.Arrays.copyOf(chunk, Math.min(chunk.length, 64)), shifted));
                first[0] = shifted;
                good[0] = Math.max(0, at[0] - before);
            }
        }
        received += chunk.length;
        return first[0] == null ? Verdict.OK : new Verdict(first[0], good[0]);
    }

    /**
     * The checks every received frame gets: the message size limit always; when frames are not decoded, also
     * the header rules Java-WebSocket would otherwise enforce by throwing away the whole read (5.2 reserved bits
     * and opcodes, 5.4 fragmentation, 5.5 control frames), masking (5.1), and a close frame's body (5.5.1:
     * Java-WebSocket 1.6.0 throws a NullPointerException on a reason that is not UTF-8, swallows it, and never
     * answers). All on the header in place, except a close frame's 125 bytes.
     */
    private ProtocolViolation check(byte[] data, int offset, int size, long streamOffset) {
        int b0 = data[offset] & 0xFF;
        int b1 = data[offset + 1] & 0xFF;
        boolean fin = (b0 & 0x80) != 0;
        boolean masked = (b1 & 0x80) != 0;
        int opcode = b0 & 0x0F;
        int len7 = b1 & 0x7F;
        if (opcode == 8) {
            closeReceived = true;
        }
        long payload = size - 2L - (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) - (masked ? 4 : 0);
        if (!frames) {
            ProtocolViolation broken = headerRule(b0, masked, opcode, payload, streamOffset);
            if (broken != null) {
                return broken;
            }
        }
        if (opcode == 1 || opcode == 2) {
            messageBytes = payload;
        } else if (opcode == 0) {
            messageBytes += payload;
        }
        if (opcode <= 2 && messageBytes > maxMessage) {
            messageBytes = 0;
            return new ProtocolViolation("message of more than " + maxMessage + " bytes (its fragments summed) exceeds the limit",
                    "7.4.1", streamOffset, CloseCode.MESSAGE_TOO_BIG);
        }
        if (opcode <= 2) {
            inMessage = !fin;
            if (fin) {
                messageBytes = 0;
            }
        }
        boolean judged = pendingJudged;
        long checked = pendingChecked;
        pendingJudged = false;
        pendingChecked = 0;
        if (!judged) {
            startsMessage(opcode);
        }
        if (opcode <= 1 && text != null) {
            int header = size - (int) payload;
            ProtocolViolation bad = checkText(data, offset, header, masked, offset + header + (int) checked, offset + size, checked, streamOffset);
            if (bad != null) {
                return bad;
            }
            if (fin) {
                boolean whole = text.complete();
                text = null;
                if (!whole) {
                    return notUtf8(streamOffset + size);
                }
            }
        }
        if (opcode == 8 && !frames) {
            try {
                inbound.decode(java.util.Arrays.copyOfRange(data, offset, offset + size), 0);
            } catch (ProtocolViolation v) {
                return v.shiftedBy(streamOffset);
            }
        }
        return null;
    }

    /** A data frame's first sight: a text message begins its UTF-8 check, a binary one ends any. */
    private void startsMessage(int opcode) {
        if (opcode == 1) {
            text = new Utf8();
        } else if (opcode == 2) {
            text = null;
        }
    }

    /**
     * Judges the frame the splitter holds back, as far as it has come: its header by the rules of
     * {@link #headerRule} once its first two bytes are in, and, in a text message, the payload so far as UTF-8.
     */
    private ProtocolViolation judgePending(byte[] data, int offset, int available, long streamOffset) {
        if (available < 2) {
            return null;
        }
        int b0 = data[offset] & 0xFF;
        int b1 = data[offset + 1] & 0xFF;
        boolean masked = (b1 & 0x80) != 0;
        int opcode = b0 & 0x0F;
        if (!pendingJudged) {
            ProtocolViolation broken = headerRule(b0, masked, opcode, b1 & 0x7F, streamOffset);
            if (broken != null) {
                return broken;
            }
            pendingJudged = true;
            startsMessage(opcode);
        }
        long size = FrameDecoder.frameSize(data, offset, offset + available);
        if (opcode > 1 || text == null || size < 0) {
            return null;
        }
        int len7 = b1 & 0x7F;
        int header = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + (masked ? 4 : 0);
        if (available <= header + pendingChecked) {
            return null;
        }
        int from = offset + header + (int) pendingChecked;
        int to = offset + available;
        ProtocolViolation bad = checkText(data, offset, header, masked, from, to, pendingChecked, streamOffset);
        pendingChecked += to - from;
        return bad;
    }

    /** Checks payload bytes {@code data[from..to)} of the frame at {@code frame} as the text message's next UTF-8. */
    private ProtocolViolation checkText(byte[] data, int frame, int header, boolean masked, int from, int to, long phase, long streamOffset) {
        int bad = masked ? text.feedMasked(data, from, to, frame + header - 4, phase) : text.feed(data, from, to);
        if (bad < 0) {
            return null;
        }
        text = null;
        return notUtf8(streamOffset + (bad - frame));
    }

    private static ProtocolViolation notUtf8(long at) {
        return new ProtocolViolation("a text message that is not valid UTF-8", "8.1", at, CloseCode.INVALID_PAYLOAD);
    }

    private ProtocolViolation headerRule(int b0, boolean masked, int opcode, long payload, long at) {
        boolean mustMask = observer == Endpoint.SERVER;
        if (masked != mustMask) {
            return new ProtocolViolation(mustMask ? "a client-to-server frame must be masked"
                    : "a server-to-client frame must not be masked", "5.1", at + 1, CloseCode.PROTOCOL_ERROR);
        }
        if ((b0 & 0x70) != 0) {
            return new ProtocolViolation("RSV bits set without a negotiated extension", "5.2", at, CloseCode.PROTOCOL_ERROR);
        }
        if ((opcode > 2 && opcode < 8) || opcode > 10) {
            return new ProtocolViolation(String.format("reserved opcode 0x%X", opcode), "5.2", at, CloseCode.PROTOCOL_ERROR);
        }
        if (opcode >= 8 && ((b0 & 0x80) == 0 || payload > 125)) {
            return new ProtocolViolation("a control frame must have FIN=1 and at most 125 bytes", "5.5", at, CloseCode.PROTOCOL_ERROR);
        }
        if (opcode == 0 && !inMessage) {
            return new ProtocolViolation("a continuation frame with no message to continue", "5.4", at, CloseCode.PROTOCOL_ERROR);
        }
        if ((opcode == 1 || opcode == 2) && inMessage) {
            return new ProtocolViolation("a new message started before the last one ended", "5.4", at, CloseCode.PROTOCOL_ERROR);
        }
        return null;
    }

    private ProtocolViolation decode(Direction direction, byte[] raw, FrameDecoder decoder) {
        return decode(direction, raw, decoder, 0);
    }

    private ProtocolViolation decode(Direction direction, byte[] raw, FrameDecoder decoder, long streamOffset) {
        try {
            Frame frame = decoder.decode(raw, 0).frame();
            listener.on(new WireEvent.FrameSeen(connection(), observer, since(), direction, frame));
            return null;
        } catch (ProtocolViolation v) {
            ProtocolViolation shifted = v.shiftedBy(streamOffset);
            listener.on(new WireEvent.FrameRejected(connection(), observer, since(), direction, raw, shifted));
            return shifted;
        }
    }

    /**
     * A client's read thread says whether the chunk it just read was shown already (after a close, from the byte
     * stream); the library's parse of that same chunk, if it still parses it, then only checks it.
     */
    private boolean shownAsRead;

    void shownAsRead(boolean shown) {
        shownAsRead = shown;
    }

    /** Whether the chunk being parsed was shown as it was read; clears the mark. */
    boolean takeShownAsRead() {
        boolean shown = shownAsRead;
        shownAsRead = false;
        return shown;
    }

    /** Whether a Close frame has arrived from the peer (decoded by the library or, after a close, by the tap alone). */
    boolean closeReceived() {
        return closeReceived;
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
