package dev.wstutor.net;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.socketio.EngineCodec;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.PacketFormatException;
import dev.wstutor.socketio.SocketDecoder;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.socketio.Transport;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Opcode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads Engine.IO and Socket.IO inside the frames of a tapped WebSocket whose request path is socket.io's
 * ({@code /socket.io/}): after each data frame it reports the Engine.IO packet it carries and, for a MESSAGE,
 * the Socket.IO packet it completes (binary attachments included), or why either is malformed. Every other
 * connection passes through untouched. Used by {@code inspect}, where both legs are tapped.
 */
final class SocketIoDecoding implements WireListener {
    /** The path socket.io serves Engine.IO on unless configured otherwise. */
    static final String PATH = "/socket.io/";

    private final WireListener inner;
    private final Map<Key, Leg> legs = new ConcurrentHashMap<>();

    private record Key(int connection, Endpoint observer) {
    }

    /** One direction of one leg: a fragmented message being put together, and the Socket.IO decoder's state. */
    private static final class Stream {
        final SocketDecoder decoder = new SocketDecoder(SocketIoClient.MAX_ATTACHMENTS);
        ByteArrayOutputStream fragments;
        boolean fragmentedText;
    }

    private static final class Leg {
        final Stream in = new Stream();
        final Stream out = new Stream();
    }

    /** Whether every connection is decoded, whatever its path. */
    private final boolean every;

    SocketIoDecoding(WireListener inner) {
        this(inner, false);
    }

    private SocketIoDecoding(WireListener inner, boolean every) {
        this.inner = inner;
        this.every = every;
    }

    /**
     * Decodes the frames of every connection it hears of: for a client that knows it speaks Engine.IO, on a
     * path of its choosing. Only frames sent by the server are decoded (the client reports what it sends).
     */
    static SocketIoDecoding everyConnection(WireListener inner) {
        return new SocketIoDecoding(inner, true);
    }

    /** Whether a WebSocket request target ({@code /socket.io/?EIO=4&transport=websocket}) is socket.io's. */
    static boolean isSocketIo(String requestTarget) {
        int q = requestTarget.indexOf('?');
        String path = q < 0 ? requestTarget : requestTarget.substring(0, q);
        return path.equals(PATH) || path.equals("/socket.io");
    }

    @Override
    public boolean wantsFrames() {
        return true; // the packets are read from the frames, even when no frame is shown
    }

    @Override
    public void on(WireEvent event) {
        if (!(event instanceof WireEvent.FrameSeen) || inner.wantsFrames()) {
            inner.on(event);
        }
        if (event instanceof WireEvent.HandshakeSeen h && !h.head().isResponse()) {
            String[] start = h.head().startLine().split(" ");
            if (every || (start.length >= 2 && isSocketIo(start[1]))) {
                legs.put(new Key(h.connection(), h.observer()), new Leg());
            }
        } else if (event instanceof WireEvent.FrameSeen f) {
            Leg leg = legs.get(new Key(f.connection(), f.observer()));
            if (leg != null && !(every && f.direction() == Direction.OUT)) {
                frame(leg, f);
            }
        } else if (event instanceof WireEvent.Closed c) {
            legs.remove(new Key(c.connection(), c.observer()));
        }
    }

    private void frame(Leg leg, WireEvent.FrameSeen f) {
        Stream s = f.direction() == Direction.IN ? leg.in : leg.out;
        Frame frame = f.frame();
        byte[] message;
        boolean text;
        synchronized (s) {
            if (frame.isControl()) {
                return;
            }
            if (frame.is(Opcode.CONTINUATION)) {
                if (s.fragments == null) {
                    return; // the tap has reported that rule already
                }
                s.fragments.write(frame.payload(), 0, frame.payload().length);
                if (!frame.fin()) {
                    return;
                }
                message = s.fragments.toByteArray();
                text = s.fragmentedText;
                s.fragments = null;
            } else if (!frame.fin()) {
                s.fragments = new ByteArrayOutputStream();
                s.fragments.write(frame.payload(), 0, frame.payload().length);
                s.fragmentedText = frame.is(Opcode.TEXT);
                return;
            } else {
                message = frame.payload();
                text = frame.is(Opcode.TEXT);
            }
            packet(s, f, text, message);
        }
    }

    private void packet(Stream s, WireEvent.FrameSeen f, boolean text, byte[] message) {
        EnginePacket p;
        String raw = text ? new String(message, StandardCharsets.UTF_8) : null;
        if (text) {
            try {
                p = EngineCodec.decode(raw);
            } catch (PacketFormatException e) {
                inner.on(new WireEvent.PacketRejected(f.connection(), f.observer(), f.since(), f.direction(), raw, e.getMessage()));
                return;
            }
        } else {
            p = EngineCodec.decodeBinary(message);
        }
        inner.on(new WireEvent.EnginePacketSeen(f.connection(), f.observer(), f.since(), f.direction(), Transport.WEBSOCKET, p));
        if (p.type() != EngineType.MESSAGE) {
            return;
        }
        Optional<SocketPacket> done;
        try {
            done = p.isBinary() ? s.decoder.binary(p.binary()) : s.decoder.text(p.text());
        } catch (PacketFormatException e) {
            inner.on(new WireEvent.PacketRejected(f.connection(), f.observer(), f.since(), f.direction(),
                    p.isBinary() ? EngineCodec.encode(p) : p.text(), e.getMessage()));
            return;
        }
        done.ifPresent(sp -> inner.on(new WireEvent.SocketPacketSeen(f.connection(), f.observer(), f.since(), f.direction(), sp)));
    }
}
