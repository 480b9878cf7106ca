package dev.wstutor.net.sio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.function.Consumer;

/**
 * The demo server's behaviour, the one the official conformance suite expects and the lessons show: on connect it
 * emits {@code auth} with the handshake's auth payload; {@code message} is answered with {@code message-back} and the
 * same arguments; {@code message-with-ack} is acknowledged with the same arguments; {@code chat message} goes to the
 * other sockets of the namespace, or to the other members of the sender's rooms when it is in any (the Socket.IO
 * tutorial's chat); {@code join} and {@code leave} put the socket in the named room or take it out (acknowledged with
 * the room's name); {@code ask-me} is the server asking back: it emits {@code question} with the same arguments and
 * an ack id, and emits {@code answer} with whatever the client acknowledged.
 */
final class DemoBehaviour implements SocketListener {

    @Override
    public void connected(ServerSocket socket) {
        socket.emit("auth", List.of(socket.auth()));
    }

    @Override
    public void event(ServerSocket socket, String name, List<JsonNode> args, Consumer<List<JsonNode>> ack) {
        switch (name) {
            case "message" -> socket.emit("message-back", args);
            case "message-with-ack" -> {
                if (ack != null) {
                    ack.accept(args);
                }
            }
            case "ask-me" -> socket.emitWithAck("question", args, answer -> socket.emit("answer", answer));
            case "chat message" -> socket.namespace().broadcastFrom(socket, "chat message", args);
            case "join", "leave" -> {
                if (args.isEmpty() || !args.get(0).isTextual()) {
                    return; // a room is named by a string; anything else is ignored, as io's own join would refuse it
                }
                String room = args.get(0).asText();
                if (name.equals("join")) {
                    socket.join(room);
                } else {
                    socket.leave(room);
                }
                if (ack != null) {
                    ack.accept(List.of(JsonNodeFactory.instance.textNode(room)));
                }
            }
            default -> {
                // no listener for it: like the reference, nothing happens and no acknowledgement is sent
            }
        }
    }
}
