package dev.wstutor.net.sio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;

/** What a namespace does with its sockets (io.of(nsp).on("connection", ...) and socket.on(event, ...)). */
interface SocketListener {
    void connected(ServerSocket socket);

    /** An event; {@code ack} is null unless the client asked for an acknowledgement. */
    void event(ServerSocket socket, String name, List<JsonNode> args, Consumer<List<JsonNode>> ack);

    default void disconnected(ServerSocket socket, String reason) {
    }
}
