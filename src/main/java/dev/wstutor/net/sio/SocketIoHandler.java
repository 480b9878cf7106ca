package dev.wstutor.net.sio;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.net.engineio.EngineHandler;
import dev.wstutor.net.engineio.EngineSession;
import dev.wstutor.net.engineio.Scheduler;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.SocketPacket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Socket.IO on top of Engine.IO: one {@link SioConnection} per session, and the namespaces they connect to. */
final class SocketIoHandler implements EngineHandler {
    private final SocketIoOptions options;
    private final WireListener listener;
    private final Map<EngineSession, SioConnection> connections = new LinkedHashMap<>();
    private final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private Scheduler scheduler;

    SocketIoHandler(SocketIoOptions options, WireListener listener) {
        this.options = options;
        this.listener = listener;
    }

    void scheduler(Scheduler s) {
        this.scheduler = s;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    SocketIoOptions options() {
        return options;
    }

    Namespace of(String name, SocketListener behaviour) {
        return namespaces.computeIfAbsent(name, n -> new Namespace(n, behaviour));
    }

    Namespace namespace(String name) {
        return namespaces.get(name);
    }

    List<Namespace> namespaces() {
        return new ArrayList<>(namespaces.values());
    }

    List<SioConnection> connections() {
        return new ArrayList<>(connections.values());
    }

    @Override
    public void opened(EngineSession session) {
        connections.put(session, new SioConnection(this, session));
    }

    @Override
    public void message(EngineSession session, EnginePacket packet) {
        SioConnection c = connections.get(session);
        if (c != null) {
            c.message(packet);
        }
    }

    @Override
    public void closed(EngineSession session, String reason) {
        SioConnection c = connections.remove(session);
        if (c != null) {
            c.closed(reason);
        }
    }

    String newSocketId() {
        byte[] b = new byte[15];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    void show(EngineSession session, Direction direction, SocketPacket p) {
        if (!session.showsPackets()) {
            return;
        }
        listener.on(new WireEvent.SocketPacketSeen(session.number(), Endpoint.SERVER, since(session), direction, p));
    }

    void rejected(EngineSession session, String raw, String reason) {
        listener.on(new WireEvent.PacketRejected(session.number(), Endpoint.SERVER, since(session), Direction.IN, raw, reason));
    }

    void failed(EngineSession session, String message) {
        listener.on(new WireEvent.Failed(session.number(), Endpoint.SERVER, since(session), message));
    }

    private static Duration since(EngineSession session) {
        return session.since();
    }
}
