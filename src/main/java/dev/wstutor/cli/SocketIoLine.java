package dev.wstutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/**
 * A line typed at the {@code connect --socketio} prompt or read from its stdin. {@code /emit EVENT [JSON]...}
 * emits an event whose arguments are JSON values ({@code "hi"}, {@code 42}, {@code {"a":1}}), with
 * {@code --ack} asking for an acknowledgement; a line without '/' is emitted as the event {@code message}
 * with the line as its one string argument (as plain {@code connect} sends a line as a text message);
 * '//' emits a message starting with '/'. {@link #parse} says in one line what is wrong, so the session goes on.
 */
sealed interface SocketIoLine {
    record Emit(String event, List<JsonNode> args, boolean ack) implements SocketIoLine {
    }

    record Disconnect() implements SocketIoLine {
    }

    record Help() implements SocketIoLine {
    }

    record Nothing() implements SocketIoLine {
    }

    static SocketIoLine parse(String line) {
        if (line.isBlank()) {
            return new Nothing();
        }
        if (line.startsWith("//")) {
            return new Emit("message", List.of(new TextNode(line.substring(1))), false);
        }
        if (!line.startsWith("/")) {
            return new Emit("message", List.of(new TextNode(line)), false);
        }
        String[] parts = line.substring(1).trim().split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1].trim() : "";
        switch (parts[0]) {
            case "emit":
                return emit(rest);
            case "disconnect":
            case "quit":
            case "exit":
                return new Disconnect();
            case "help":
            case "?":
                return new Help();
            default:
                throw new IllegalArgumentException("unknown command /" + parts[0] + "; /help lists the commands");
        }
    }

    private static Emit emit(String rest) {
        boolean ack = false;
        if (rest.startsWith("--ack")) {
            ack = true;
            rest = rest.substring(5).trim();
        }
        EventCall call = EventCall.parse(rest, "usage: /emit [--ack] EVENT [JSON]..., e.g. /emit message \"hi\" 42");
        return new Emit(call.event(), call.args(), ack);
    }
}
