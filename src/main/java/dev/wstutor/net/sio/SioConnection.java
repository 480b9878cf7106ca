package dev.wstutor.net.sio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wstutor.event.Direction;
import dev.wstutor.net.engineio.EngineSession;
import dev.wstutor.net.http.Timer;
import dev.wstutor.socketio.EncodedPacket;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.PacketFormatException;
import dev.wstutor.socketio.PacketType;
import dev.wstutor.socketio.SocketDecoder;
import dev.wstutor.socketio.SocketEncoder;
import dev.wstutor.socketio.SocketPacket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Socket.IO side of one Engine.IO session (socket.io's Client): decodes its packets, connects it to
 * namespaces, and closes it as the reference does when it sends no CONNECT within the connect timeout, sends a
 * malformed packet, or sends anything but a CONNECT for a namespace it has not joined. Loop thread only.
 */
public final class SioConnection {
    /** Acknowledgements the server may wait for per socket; the oldest is dropped beyond it. */
    static final int MAX_PENDING_ACKS = 1000;

    private final SocketIoHandler server;
    private final EngineSession session;
    private final SocketDecoder decoder;
    private final Map<String, ServerSocket> sockets = new LinkedHashMap<>();
    private final Timer connectTimer;
    private boolean closed;

    SioConnection(SocketIoHandler server, EngineSession session) {
        this.server = server;
        this.session = session;
        this.decoder = new SocketDecoder(server.options().maxAttachments());
        long timeout = server.options().connectTimeout();
        this.connectTimer = server.scheduler().schedule(timeout, () -> {
            if (sockets.isEmpty() && !closed) {
                server.failed(session, "closed session " + session.id() + ": no CONNECT within the connect timeout ("
                        + timeout + " ms)");
                close();
            }
        });
    }

    public EngineSession session() {
        return session;
    }

    public List<ServerSocket> sockets() {
        return new ArrayList<>(sockets.values());
    }

    void message(EnginePacket p) {
        if (closed) {
            return;
        }
        Optional<SocketPacket> packet;
        try {
            packet = p.isBinary() ? decoder.binary(p.binary()) : decoder.text(p.text());
        } catch (PacketFormatException e) {
            server.rejected(session, p.isBinary() ? "(" + p.dataLength() + " bytes of binary)" : p.text(), e.getMessage());
            server.failed(session, "closed session " + session.id() + ": malformed Socket.IO packet: " + e.getMessage());
            close();
            return;
        }
        packet.ifPresent(this::dispatch);
    }

    private void dispatch(SocketPacket p) {
        server.show(session, Direction.IN, p);
        if (p.type() == PacketType.CONNECT) {
            connect(p.namespace(), p.data());
            return;
        }
        ServerSocket socket = sockets.get(p.namespace());
        if (socket == null) {
            server.failed(session, "closed session " + session.id() + ": a " + p.type() + " for namespace "
                    + p.namespace() + ", which it has not connected to");
            close();
            return;
        }
        socket.onPacket(p);
    }

    private void connect(String name, JsonNode auth) {
        Namespace namespace = server.namespace(name);
        if (namespace == null) {
            send(SocketPacket.connectError(name, "Invalid namespace"));
            return;
        }
        if (sockets.containsKey(name)) {
            return; // already connected there: socket.io ignores a second CONNECT
        }
        ServerSocket socket = new ServerSocket(server.newSocketId(), namespace, this,
                auth == null ? JsonNodeFactory.instance.objectNode() : auth);
        sockets.put(name, socket);
        namespace.add(socket);
        send(SocketPacket.connect(name, JsonNodeFactory.instance.objectNode().put("sid", socket.id())));
        namespace.listener().connected(socket);
    }

    /** Encodes and hands the packet to Engine.IO; the event for it is reported when its last part is on the wire. */
    void send(SocketPacket p) {
        if (closed) {
            return;
        }
        EncodedPacket encoded = SocketEncoder.encode(p);
        List<EnginePacket> parts = encoded.enginePackets();
        Runnable shown = session.showsPackets() ? () -> server.show(session, Direction.OUT, p) : null;
        for (int i = 0; i < parts.size(); i++) {
            session.send(parts.get(i), i == parts.size() - 1 ? shown : null);
        }
    }

    void forget(ServerSocket socket) {
        sockets.remove(socket.namespace().name(), socket);
    }

    /** Closes the whole connection (every namespace), gracefully. */
    public void close() {
        session.close();
    }

    /** Engine.IO closed: every socket goes with it. */
    void closed(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        connectTimer.cancel();
        for (ServerSocket s : sockets()) {
            s.close(reason);
        }
    }
}
