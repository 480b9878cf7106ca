package dev.wstutor.event;

import dev.wstutor.wire.Frame;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.ProtocolViolation;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Everything a tapped connection does, as immutable values: the stream a view prints and a test reads.
 * {@code connection} numbers connections from 1 per server or client; {@code since} is the time since the
 * connection's first byte.
 */
public sealed interface WireEvent {
    int connection();

    Endpoint observer();

    Duration since();

    /** An opening-handshake head, with its exact text. */
    record HandshakeSeen(int connection, Endpoint observer, Duration since, Direction direction,
                         HttpMessage head, String raw) implements WireEvent {
    }

    /** A frame that crossed the wire, decoded, with its raw bytes inside. */
    record FrameSeen(int connection, Endpoint observer, Duration since, Direction direction, Frame frame)
            implements WireEvent {
    }

    /** Bytes that broke a rule of RFC 6455. */
    record FrameRejected(int connection, Endpoint observer, Duration since, Direction direction, byte[] raw,
                         ProtocolViolation violation) implements WireEvent {
    }

    /** The handshake completed: from here on only frames travel. */
    record Opened(int connection, Endpoint observer, Duration since, InetSocketAddress local,
                  InetSocketAddress remote) implements WireEvent {
    }

    /** The connection ended; {@code byPeer} when the other side started the close or vanished. */
    record Closed(int connection, Endpoint observer, Duration since, int code, String reason, boolean byPeer)
            implements WireEvent {
    }

    /**
     * A view that must keep up with a terminal left {@code count} events out; this says so in the stream itself.
     * It belongs to no connection ({@code connection} 0) and no endpoint ({@code observer} null).
     */
    record Dropped(int connection, Endpoint observer, Duration since, long count) implements WireEvent {
        public Dropped(long count) {
            this(0, null, Duration.ZERO, count);
        }
    }

    /** Something went wrong that is not a frame: a refused handshake, an I/O error. */
    record Failed(int connection, Endpoint observer, Duration since, String message) implements WireEvent {
    }
}
