package dev.wstutor.net.sio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A namespace ({@code /}, {@code /custom}): its sockets, its rooms, and what it does with them. Loop thread only. */
public final class Namespace {
    private final String name;
    private final SocketListener listener;
    private final Map<String, ServerSocket> sockets = new LinkedHashMap<>();
    private final RoomRegistry rooms = new RoomRegistry();

    Namespace(String name, SocketListener listener) {
        this.name = name;
        this.listener = listener;
    }

    public String name() {
        return name;
    }

    SocketListener listener() {
        return listener;
    }

    RoomRegistry rooms() {
        return rooms;
    }

    public List<ServerSocket> sockets() {
        return new ArrayList<>(sockets.values());
    }

    void add(ServerSocket socket) {
        sockets.put(socket.id(), socket);
    }

    void remove(ServerSocket socket) {
        sockets.remove(socket.id(), socket);
        rooms.leaveAll(socket.id());
    }

    /** Every socket in the room, in the order they joined. */
    public List<ServerSocket> inRoom(String room) {
        List<ServerSocket> out = new ArrayList<>();
        for (String id : rooms.members(room)) {
            ServerSocket s = sockets.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * socket.broadcast.emit, or socket.to(its rooms).emit when it is in rooms: every other socket of the namespace,
     * or every other member of the sender's rooms, each once.
     */
    public int broadcastFrom(ServerSocket sender, String event, List<JsonNode> args) {
        Set<ServerSocket> to = new LinkedHashSet<>();
        if (sender.rooms().isEmpty()) {
            to.addAll(sockets.values());
        } else {
            for (String room : sender.rooms()) {
                to.addAll(inRoom(room));
            }
        }
        to.remove(sender);
        to.forEach(s -> s.emit(event, args));
        return to.size();
    }
}
