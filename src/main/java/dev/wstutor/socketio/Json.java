package dev.wstutor.socketio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.Function;

/** JSON as JavaScript's JSON.parse and JSON.stringify see it: strict, and nothing may follow the value. */
final class Json {
    /** Configured once and never changed: Jackson's mapper is safe to share between threads. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Writes trees with their serializer found once: {@code MAPPER.writeValueAsString} looks it up again for every
     * value, a visible part of each packet's cost on a busy server.
     */
    private static final ObjectWriter TREE_WRITER = MAPPER.writerFor(JsonNode.class);

    private Json() {
    }

    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /**
     * The tree with every node {@code swap} answers for replaced by that answer (and not descended into). Only
     * what changed is copied: the arrays and objects on the way to a swapped node are new, every other part is
     * shared, and a tree in which nothing is swapped (almost every packet: no binary) comes back as it is. Binary
     * parts leave and rejoin the data this way. Nothing here changes a tree once built, so sharing is safe.
     */
    static JsonNode map(JsonNode node, Function<JsonNode, JsonNode> swap) {
        JsonNode swapped = swap.apply(node);
        if (swapped != null) {
            return swapped;
        }
        if (node.isArray()) {
            ArrayNode copy = null;
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                JsonNode mapped = map(child, swap);
                if (copy == null && mapped != child) {
                    copy = JsonNodeFactory.instance.arrayNode(node.size());
                    for (int j = 0; j < i; j++) {
                        copy.add(node.get(j));
                    }
                }
                if (copy != null) {
                    copy.add(mapped);
                }
            }
            return copy == null ? node : copy;
        }
        if (node.isObject()) {
            ObjectNode copy = null;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode mapped = map(e.getValue(), swap);
                if (copy == null && mapped != e.getValue()) {
                    copy = JsonNodeFactory.instance.objectNode();
                    for (Map.Entry<String, JsonNode> before : node.properties()) {
                        if (before.getKey().equals(e.getKey())) {
                            break;
                        }
                        copy.set(before.getKey(), before.getValue());
                    }
                }
                if (copy != null) {
                    copy.set(e.getKey(), mapped);
                }
            }
            return copy == null ? node : copy;
        }
        return node;
    }

    static String write(JsonNode node) {
        try {
            return TREE_WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
