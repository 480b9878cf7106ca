package dev.wstutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wstutor.socketio.SocketDecoder;
import java.io.IOException;
import java.util.ArrayList;
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

    ObjectMapper JSON = new ObjectMapper();

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
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("usage: /emit [--ack] EVENT [JSON]..., e.g. /emit message \"hi\" 42");
        }
        String event;
        String args;
        if (rest.startsWith("\"")) {
            // A quoted event name, for names with spaces: /emit "chat message" "hi"
            List<JsonNode> all = values(rest);
            if (!all.get(0).isTextual()) {
                throw new IllegalArgumentException("the event name must be a word or a JSON string");
            }
            return checked(new Emit(all.get(0).asText(), all.subList(1, all.size()), ack));
        }
        String[] p = rest.split("\\s+", 2);
        event = p[0];
        args = p.length > 1 ? p[1] : "";
        return checked(new Emit(event, args.isBlank() ? List.of() : values(args), ack));
    }

    private static Emit checked(Emit e) {
        if (SocketDecoder.RESERVED_EVENTS.contains(e.event())) {
            throw new IllegalArgumentException("'" + e.event() + "' is reserved by socket.io (the server would close the connection);"
                    + " pick another event name");
        }
        return new Emit(e.event(), List.copyOf(e.args()), e.ack());
    }

    /** Whitespace-separated JSON values; a bare word is not one, and the message says how to quote it. */
    private static List<JsonNode> values(String text) {
        List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + text.trim() + "; each argument is a JSON value, so quote strings,"
                    + " e.g. /emit message \"hi\" 42 {\"a\":1}");
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable arguments: " + e.getMessage());
        }
        return out;
    }
}
