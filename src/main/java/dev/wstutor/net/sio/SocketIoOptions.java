package dev.wstutor.net.sio;

import dev.wstutor.socketio.Transport;
import java.util.Set;

/**
 * How {@code serve --socketio} runs: where it listens, the Engine.IO heartbeat and payload limit, the transports
 * offered, how long a client may take to CONNECT, and the limits a hostile client meets (attachments per packet,
 * packets buffered for a client that does not poll).
 */
public record SocketIoOptions(String host, int port, long pingInterval, long pingTimeout, long maxPayload,
                              long connectTimeout, Set<Transport> transports, int maxAttachments, int maxBufferedPackets) {
    public SocketIoOptions {
        transports = Set.copyOf(transports);
        if (transports.isEmpty()) {
            throw new IllegalArgumentException("at least one transport");
        }
    }

    /** The reference server's defaults, on 127.0.0.1 and any free port. */
    public static SocketIoOptions defaults() {
        return new SocketIoOptions("127.0.0.1", 0, 25_000, 20_000, 1_000_000, 45_000,
                Set.of(Transport.POLLING, Transport.WEBSOCKET), 10, 1000);
    }

    public SocketIoOptions withPort(int p) {
        return new SocketIoOptions(host, p, pingInterval, pingTimeout, maxPayload, connectTimeout, transports, maxAttachments, maxBufferedPackets);
    }

    public SocketIoOptions withHeartbeat(long interval, long timeout) {
        return new SocketIoOptions(host, port, interval, timeout, maxPayload, connectTimeout, transports, maxAttachments, maxBufferedPackets);
    }

    public SocketIoOptions withMaxPayload(long bytes) {
        return new SocketIoOptions(host, port, pingInterval, pingTimeout, bytes, connectTimeout, transports, maxAttachments, maxBufferedPackets);
    }

    public SocketIoOptions withConnectTimeout(long ms) {
        return new SocketIoOptions(host, port, pingInterval, pingTimeout, maxPayload, ms, transports, maxAttachments, maxBufferedPackets);
    }

    public SocketIoOptions withTransports(Set<Transport> t) {
        return new SocketIoOptions(host, port, pingInterval, pingTimeout, maxPayload, connectTimeout, t, maxAttachments, maxBufferedPackets);
    }
}
