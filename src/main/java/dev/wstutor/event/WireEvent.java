package dev.wstutor.event;

import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.socketio.Transport;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.ProtocolViolation;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Everything a tapped connection does, as immutable values: the stream a view prints and a test reads.
 * {@code connection} numbers connections from 1 per server or client; {@code since} is the time since the
 * connection's first byte.
 *
 * <p>Socket.IO rides in layers, and a producer reports them on one thread in this order: the carrier (a
 * {@link FrameSeen} or a {@link PollSeen}), then each {@link EnginePacketSeen} inside it, then after each
 * Engine.IO MESSAGE the {@link SocketPacketSeen} it completes (a binary packet completes with its last
 * attachment). What breaks a rule of either protocol is a {@link PacketRejected} in place of the packet.
 */
public sealed interface WireEvent {
    int connection();

    Endpoint observer();

    Duration since();

    /**
     * The same event seen at another time. A tap times each connection from its own first byte; a command that
     * shows several connections (or a proxy's two legs) re-times every event on one clock where they all meet,
     * so that the lines it prints are in order and their times comparable.
     */
    WireEvent at(Duration since);

    /** An opening-handshake head, with its exact text. */
    record HandshakeSeen(int connection, Endpoint observer, Duration since, Direction direction,
                         HttpMessage head, String raw) implements WireEvent {
        @Override
        public HandshakeSeen at(Duration since) {
            return new HandshakeSeen(connection, observer, since, direction, head, raw);
        }
    }

    /** A frame that crossed the wire, decoded, with its raw bytes inside. */
    record FrameSeen(int connection, Endpoint observer, Duration since, Direction direction, Frame frame)
            implements WireEvent {
        @Override
        public FrameSeen at(Duration since) {
            return new FrameSeen(connection, observer, since, direction, frame);
        }
    }

    /** Bytes that broke a rule of RFC 6455. */
    record FrameRejected(int connection, Endpoint observer, Duration since, Direction direction, byte[] raw,
                         ProtocolViolation violation) implements WireEvent {
        @Override
        public FrameRejected at(Duration since) {
            return new FrameRejected(connection, observer, since, direction, raw, violation);
        }
    }

    /** The handshake completed: from here on only frames travel. */
    record Opened(int connection, Endpoint observer, Duration since, InetSocketAddress local,
                  InetSocketAddress remote) implements WireEvent {
        @Override
        public Opened at(Duration since) {
            return new Opened(connection, observer, since, local, remote);
        }
    }

    /** The connection ended; {@code byPeer} when the other side started the close or vanished. */
    record Closed(int connection, Endpoint observer, Duration since, int code, String reason, boolean byPeer)
            implements WireEvent {
        @Override
        public Closed at(Duration since) {
            return new Closed(connection, observer, since, code, reason, byPeer);
        }
    }

    /**
     * A view that must keep up with a terminal left {@code count} events out; this says so in the stream itself.
     * It belongs to no connection ({@code connection} 0) and no endpoint ({@code observer} null).
     */
    record Dropped(int connection, Endpoint observer, Duration since, long count) implements WireEvent {
        @Override
        public Dropped at(Duration since) {
            return new Dropped(connection, observer, since, count);
        }

        public Dropped(long count) {
            this(0, null, Duration.ZERO, count);
        }
    }

    /** Something went wrong that is not a frame: a refused handshake, an I/O error. */
    record Failed(int connection, Endpoint observer, Duration since, String message) implements WireEvent {
        @Override
        public Failed at(Duration since) {
            return new Failed(connection, observer, since, message);
        }
    }

    /**
     * One HTTP long-polling request or response of Engine.IO: its head and its body as text (the packets, or
     * {@code ok} answering a POST). The Engine.IO packets of the body follow as {@link EnginePacketSeen}s.
     */
    record PollSeen(int connection, Endpoint observer, Duration since, Direction direction, HttpMessage head,
                    String body) implements WireEvent {
        @Override
        public PollSeen at(Duration since) {
            return new PollSeen(connection, observer, since, direction, head, body);
        }
    }

    /** One Engine.IO packet, carried by the frame or poll reported just before it. */
    record EnginePacketSeen(int connection, Endpoint observer, Duration since, Direction direction,
                            Transport transport, EnginePacket packet) implements WireEvent {
        @Override
        public EnginePacketSeen at(Duration since) {
            return new EnginePacketSeen(connection, observer, since, direction, transport, packet);
        }
    }

    /** One complete Socket.IO packet, carried by the Engine.IO MESSAGE(s) reported just before it. */
    record SocketPacketSeen(int connection, Endpoint observer, Duration since, Direction direction,
                            SocketPacket packet) implements WireEvent {
        @Override
        public SocketPacketSeen at(Duration since) {
            return new SocketPacketSeen(connection, observer, since, direction, packet);
        }
    }

    /**
     * Text or bytes that break a rule of Engine.IO or Socket.IO, with the reason in words; {@code raw} is the
     * offending packet as text (a binary one as {@code b}+base64).
     */
    record PacketRejected(int connection, Endpoint observer, Duration since, Direction direction, String raw,
                          String reason) implements WireEvent {
        @Override
        public PacketRejected at(Duration since) {
            return new PacketRejected(connection, observer, since, direction, raw, reason);
        }
    }
}
