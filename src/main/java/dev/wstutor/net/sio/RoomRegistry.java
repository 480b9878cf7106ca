package dev.wstutor.net.sio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Which sockets of one namespace are in which rooms (socket.io's in-memory adapter). Loop thread only. */
final class RoomRegistry {
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Map<String, Set<String>> roomsOf = new LinkedHashMap<>();

    void join(String socketId, String room) {
        members.computeIfAbsent(room, r -> new LinkedHashSet<>()).add(socketId);
        roomsOf.computeIfAbsent(socketId, s -> new LinkedHashSet<>()).add(room);
    }

    void leave(String socketId, String room) {
        Set<String> m = members.get(room);
        if (m != null && m.remove(socketId) && m.isEmpty()) {
            members.remove(room);
        }
        Set<String> r = roomsOf.get(socketId);
        if (r != null && r.remove(room) && r.isEmpty()) {
            roomsOf.remove(socketId);
        }
    }

    void leaveAll(String socketId) {
        for (String room : Set.copyOf(rooms(socketId))) {
            leave(socketId, room);
        }
    }

    Set<String> rooms(String socketId) {
        return Collections.unmodifiableSet(roomsOf.getOrDefault(socketId, Set.of()));
    }

    Set<String> members(String room) {
        return Collections.unmodifiableSet(members.getOrDefault(room, Set.of()));
    }
}
