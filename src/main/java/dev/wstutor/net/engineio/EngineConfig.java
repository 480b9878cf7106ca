package dev.wstutor.net.engineio;

import dev.wstutor.socketio.Transport;
import java.util.Set;

/**
 * How an Engine.IO server behaves (the reference server's options of the same names): where it answers, the
 * heartbeat, the largest payload, the transports it offers, how long an upgrade may take, and how many packets may
 * wait for a client that does not poll (a limit of ours; the reference has none).
 */
public record EngineConfig(String path, long pingInterval, long pingTimeout, long maxPayload, Set<Transport> transports,
                           long upgradeTimeout, int maxBufferedPackets) {
    public EngineConfig {
        transports = Set.copyOf(transports);
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("an Engine.IO path starts and ends with '/': " + path);
        }
    }

    public static EngineConfig defaults(String path) {
        return new EngineConfig(path, 25_000, 20_000, 1_000_000, Set.of(Transport.POLLING, Transport.WEBSOCKET), 10_000, 1000);
    }

    public EngineConfig withPath(String p) {
        return new EngineConfig(p, pingInterval, pingTimeout, maxPayload, transports, upgradeTimeout, maxBufferedPackets);
    }
}
