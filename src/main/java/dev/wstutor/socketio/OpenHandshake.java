package dev.wstutor.socketio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of the Engine.IO OPEN packet (engine.io-protocol, "Handshake"):
 * {@code {"sid":"…","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}}.
 */
public record OpenHandshake(String sid, List<String> upgrades, long pingInterval, long pingTimeout,
                            long maxPayload) {

    public OpenHandshake {
        upgrades = List.copyOf(upgrades);
    }

    public String toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("sid", sid);
        ArrayNode u = o.putArray("upgrades");
        upgrades.forEach(u::add);
        o.put("pingInterval", pingInterval);
        o.put("pingTimeout", pingTimeout);
        o.put("maxPayload", maxPayload);
        return Json.write(o);
    }

    public static OpenHandshake parse(String json) throws PacketFormatException {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new PacketFormatException("the OPEN packet's data is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new PacketFormatException("the OPEN packet's data must be a JSON object");
        }
        JsonNode sid = root.get("sid");
        if (sid == null || !sid.isTextual() || sid.asText().isEmpty()) {
            throw new PacketFormatException("the OPEN packet needs \"sid\", a non-empty string");
        }
        JsonNode upgrades = root.get("upgrades");
        if (upgrades == null || !upgrades.isArray()) {
            throw new PacketFormatException("the OPEN packet needs \"upgrades\", an array of transport names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode u : upgrades) {
            if (!u.isTextual()) {
                throw new PacketFormatException("the OPEN packet's \"upgrades\" must hold only strings");
            }
            names.add(u.asText());
        }
        return new OpenHandshake(sid.asText(), names, millis(root, "pingInterval"), millis(root, "pingTimeout"),
                millis(root, "maxPayload"));
    }

    private static long millis(JsonNode root, String field) throws PacketFormatException {
        JsonNode n = root.get(field);
        if (n == null || !n.canConvertToExactIntegral() || !n.canConvertToLong() || n.asLong() < 0) {
            throw new PacketFormatException("the OPEN packet needs \"" + field + "\", a whole number of at least 0");
        }
        return n.asLong();
    }
}
