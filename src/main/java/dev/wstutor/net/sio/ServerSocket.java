package dev.wstutor.net.sio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wstutor.socketio.SocketPacket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One socket: a client's connection to one namespace (socket.io's Socket). It has its own id (the {@code sid} of
 * the CONNECT reply, not the Engine.IO sid), the auth payload it connected with, its rooms, and the
 * acknowledgements it waits for. Loop thread only.
 */
public final class ServerSocket {
    private final String id;
    private final Namespace namespace;
    private final SioConnection connection;
    private final JsonNode auth;
    private final Map<Long, Consumer<List<JsonNode>>> acks = new LinkedHashMap<>();
    private long nextAck;
    private boolean connected = true;

    ServerSocket(String id, Namespace namespace, SioConnection connection, JsonNode auth) {
        this.id = id;
        this.namespace = namespace;
        this.connection = connection;
        this.auth = auth;
    }

    public String id() {
        return id;
    }

    public Namespace namespace() {
        return namespace;
    }

    public JsonNode auth() {
        return auth;
    }

    public SioConnection connection() {
        return connection;
    }

    public Set<String> rooms() {
        return namespace.rooms().rooms(id);
    }

    public boolean connected() {
        return connected;
    }

    public void emit(String event, List<JsonNode> args) {
        if (connected) {
            connection.send(SocketPacket.event(namespace.name(), null, event, args));
        }
    }

    /** Emits and runs {@code reply} with the client's acknowledgement, if it ever comes. */
    public void emitWithAck(String event, List<JsonNode> args, Consumer<List<JsonNode>> reply) {
        if (!connected) {
            return;
        }
        long ackId = nextAck++;
        if (acks.size() >= SioConnection.MAX_PENDING_ACKS) {
            acks.remove(acks.keySet().iterator().next()); // the oldest is given up: a client that never acks cannot grow this
        }
        acks.put(ackId, reply);
        connection.send(SocketPacket.event(namespace.name(), ackId, event, args));
    }

    public void join(String room) {
        namespace.rooms().join(id, room);
    }

    public void leave(String room) {
        namespace.rooms().leave(id, room);
    }

    /** A packet for this socket's namespace. */
    void onPacket(SocketPacket p) {
        switch (p.type()) {
            case EVENT, BINARY_EVENT -> {
                String name = p.eventName().orElse("");
                Consumer<List<JsonNode>> ack = p.ackId() == null ? null : ackFor(p.ackId());
                namespace.listener().event(this, name, p.arguments(), ack);
            }
            case ACK, BINARY_ACK -> {
                Consumer<List<JsonNode>> reply = p.ackId() == null ? null : acks.remove(p.ackId());
                if (reply != null) {
                    reply.accept(p.arguments());
                }
            }
            case DISCONNECT -> close("client namespace disconnect");
            default -> {
                // CONNECT again, CONNECT_ERROR from a client: socket.io ignores them
            }
        }
    }

    /** The acknowledgement function handed to a listener: answers at most once, as socket.io's does. */
    private Consumer<List<JsonNode>> ackFor(long ackId) {
        boolean[] sent = new boolean[1];
        return args -> {
            if (!sent[0] && connected) {
                sent[0] = true;
                connection.send(SocketPacket.ack(namespace.name(), ackId, args));
            }
        };
    }

    /** Leaves every room and the namespace; the connection itself stays (it may have other namespaces). */
    void close(String reason) {
        if (!connected) {
            return;
        }
        connected = false;
        acks.clear();
        namespace.remove(this);
        connection.forget(this);
        namespace.listener().disconnected(this, reason);
    }

    /** The server ends this socket: a DISCONNECT packet to the client, then the socket is gone. */
    public void disconnect() {
        if (connected) {
            connection.send(SocketPacket.disconnect(namespace.name()));
            close("server namespace disconnect");
        }
    }
}
