package dev.wstutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.socketio.SocketDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code EVENT [JSON]...} part of an {@code /emit} line, as the server's and the client's prompts both read it: the
 * event name is a word, or a JSON string when it has spaces ({@code "chat message"}); each argument is one JSON value.
 * Names socket.io reserves are refused here, since a peer would close the connection over them.
 */
record EventCall(String event, List<JsonNode> args) {
    private static final ObjectMapper JSON = new ObjectMapper();

    EventCall {
        args = List.copyOf(args);
    }

    /** @param usage the line to show when nothing follows {@code /emit} */
    static EventCall parse(String text, String usage) {
        String rest = text.trim();
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(usage);
        }
        EventCall call;
        if (rest.startsWith("\"")) {
            List<JsonNode> all = values(rest);
            if (!all.get(0).isTextual()) {
                throw new IllegalArgumentException("the event name must be a word or a JSON string");
            }
            call = new EventCall(all.get(0).asText(), all.subList(1, all.size()));
        } else {
            String[] p = rest.split("\\s+", 2);
            call = new EventCall(p[0], p.length > 1 ? values(p[1]) : List.of());
        }
        if (SocketDecoder.RESERVED_EVENTS.contains(call.event())) {
            throw new IllegalArgumentException("'" + call.event() + "' is reserved by socket.io (the peer would close the"
                    + " connection); pick another event name");
        }
        return call;
    }

    /** Whitespace-separated JSON values; a bare word is not one, and the message says how to quote it. */
    private static List<JsonNode> values(String text) {
        List<JsonNode> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + text.trim() + "; each argument is one JSON value, so quote"
                    + " strings: \"hi\" 42 true {\"a\":1} [1,2]");
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable arguments: " + e.getMessage());
        }
        return out;
    }
}
