package dev.wstutor.socketio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wstutor.wire.Hex;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * wstutor's decoder beside the real one: every input goes to socket.io-parser (as installed with npm
 * socket.io, through scripts/peers/sio-parse.js) and to {@link SocketDecoder}, and both must accept the same
 * packets with the same type, namespace, ack id and data, and refuse the same ones.
 */
class ReferenceParserTest {
    /** A connection's worth of input: text packets, and byte arrays for binary attachments. */
    private record Input(List<Object> items) {
        static Input of(Object... items) {
            return new Input(List.of(items));
        }

        String json() {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            for (Object o : items) {
                if (o instanceof byte[] b) {
                    a.addObject().put("hex", Hex.compact(b));
                } else {
                    a.add((String) o);
                }
            }
            return Json.write(a);
        }
    }

    private static final Path PEERS = Path.of(System.getProperty("wstutor.projectDir", "."), "scripts", "peers");

    private static List<JsonNode> reference(List<Input> inputs) throws Exception {
        assumeTrue(Files.isDirectory(PEERS.resolve("node_modules").resolve("socket.io-parser")),
                "npm socket.io is not installed: run 'npm ci --prefix scripts/peers' to run this test");
        Process node = new ProcessBuilder("node", PEERS.resolve("sio-parse.js").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (Writer w = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
            for (Input in : inputs) {
                w.write(in.json() + "\n");
            }
        }
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(Json.parse(line));
            }
        }
        assertTrue(node.waitFor(30, TimeUnit.SECONDS), "node ended");
        assertEquals(inputs.size(), out.size(), "one answer per input");
        return out;
    }

    /** Our verdict in the script's terms: {"ok":true,"packets":[...]} or {"ok":false,"error":...}. */
    private static JsonNode ours(Input in) {
        SocketDecoder decoder = new SocketDecoder(10);
        ObjectNode verdict = JsonNodeFactory.instance.objectNode();
        ArrayNode packets = JsonNodeFactory.instance.arrayNode();
        try {
            for (Object item : in.items()) {
                Optional<SocketPacket> p = item instanceof byte[] b ? decoder.binary(b) : decoder.text((String) item);
                p.ifPresent(packet -> packets.add(plain(packet)));
            }
            verdict.put("ok", true).set("packets", packets);
        } catch (PacketFormatException e) {
            verdict.put("ok", false).put("error", e.getMessage());
        }
        return verdict;
    }

    private static JsonNode plain(SocketPacket p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", p.type().plain().code());
        o.put("nsp", p.namespace());
        if (p.ackId() == null) {
            o.putNull("id");
        } else {
            o.put("id", p.ackId());
        }
        o.set("data", p.data() == null ? null : Json.map(p.data(), n -> n.isBinary()
                ? JsonNodeFactory.instance.objectNode().put("hex", Hex.compact(binary(n))) : null));
        if (p.data() == null) {
            o.putNull("data");
        }
        return o;
    }

    private static byte[] binary(JsonNode n) {
        try {
            return n.binaryValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JavaScript has one number type: 12 and 12L, 1500 and 1500.0 are the same value. */
    private static final java.util.Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static void assertAgree(List<Input> inputs) throws Exception {
        List<JsonNode> theirs = reference(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode mine = ours(inputs.get(i));
            JsonNode ref = theirs.get(i);
            String what = inputs.get(i).json() + "\n reference: " + ref + "\n wstutor:   " + mine;
            assertEquals(ref.get("ok").asBoolean(), mine.get("ok").asBoolean(), what);
            if (ref.get("ok").asBoolean()) {
                assertTrue(ref.get("packets").equals(NUMBERS_BY_VALUE, mine.get("packets")), what);
            }
        }
    }

    private static String placeholderEvent(int count, int... nums) {
        StringBuilder sb = new StringBuilder("5" + count + "-[\"bin\"");
        for (int n : nums) {
            sb.append(",{\"_placeholder\":true,\"num\":").append(n).append('}');
        }
        return sb.append(']').toString();
    }

    @Test
    void acceptsAndRefusesTheSamePacketsAsSocketIoParser() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (String s : List.of("0", "0/admin,{\"sid\":\"oSO0OpakMV_3jnilAAAA\"}", "4{\"message\":\"Not authorized\"}",
                "2[\"foo\"]", "2/admin,[\"bar\"]", "212[\"foo\"]", "3/admin,13[\"bar\"]", "1", "1/admin,",
                "0/admin,", "2/admin,1[\"tellme\"]", "0/nsp", "2/nsp[\"x\"]", "0123", "2[1,\"a\"]", "2", "3", "4\"no\"",
                "3[]", "2[\"connected\"]", "2/a,", "2[\"Connect\"]", "31[\"disconnect\"]", "2[\"x\"] ",
                "2[\"x\",{\"_placeholder\":true,\"num\":0}]", "0{\"token\":\"abc\"}", "2[\"é€😀\",null,true,1.5e3]",
                "7[\"x\"]", "x", "2[]", "2[\"x\"", "2[\"x\"]]", "2{\"x\":1}", "2\"x\"", "2[null]", "2[{}]",
                "2admin,[\"x\"]", "21,[\"x\"]", "0[]", "0\"token\"", "0null", "1{}", "1/a,[]", "3{}", "31\"x\"",
                "4true", "4[]", "5[\"x\"]", "5-[\"x\"]", "5a-[\"x\"]", "51[\"x\"]", "50-[\"x\"]", "511-[\"x\"]",
                "599999999999-[\"x\"]", "61-{\"_placeholder\":true,\"num\":0}", "2[\"x\"]x", "2[\"x\"],",
                "2/a,b[\"x\"]", "2[NaN]", "2['x']", "0{\"a\":1,}")) {
            inputs.add(Input.of(s));
        }
        for (String name : SocketDecoder.RESERVED_EVENTS) {
            inputs.add(Input.of("2[\"" + name + "\"]"));
            inputs.add(Input.of(placeholderEvent(1, 0).replace("\"bin\"", "\"" + name + "\""), new byte[] {1}));
        }
        inputs.add(Input.of(placeholderEvent(1, 0), new byte[] {1, 2, 3, 4}));
        inputs.add(Input.of("52-/admin,[\"baz\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]",
                new byte[] {1, 2}, new byte[] {3, 4}));
        inputs.add(Input.of("61-15[\"bar\",{\"_placeholder\":true,\"num\":0}]", new byte[] {1, 2, 3, 4}));
        inputs.add(Input.of(placeholderEvent(2, 1), new byte[] {0}, new byte[] {1}));
        inputs.add(Input.of(placeholderEvent(1, 1), new byte[] {0}));
        inputs.add(Input.of(placeholderEvent(1, -1), new byte[] {0}));
        inputs.add(Input.of("51-[\"x\",{\"_placeholder\":true,\"num\":\"0\"}]", new byte[] {0}));
        inputs.add(Input.of("51-[\"x\",{\"_placeholder\":true}]", new byte[] {0}));
        inputs.add(Input.of(placeholderEvent(2, 0, 1), new byte[] {0}, "2[\"y\"]"));
        inputs.add(Input.of(new byte[] {1}));
        inputs.add(Input.of("2[\"a\"]", new byte[] {1}));
        assertAgree(inputs);
    }

    @Test
    void agreesOnRandomPacketsOfEveryTypeWithRandomBinary() throws Exception {
        Random random = new Random(5);
        List<Input> inputs = new ArrayList<>();
        for (int round = 0; round < 300; round++) {
            String nsp = random.nextBoolean() ? "/" : "/n" + random.nextInt(100);
            Long id = random.nextBoolean() ? null : (long) random.nextInt(1_000_000);
            List<JsonNode> args = new ArrayList<>();
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> args.add(IntNode.valueOf(random.nextInt()));
                    case 1 -> args.add(TextNode.valueOf("t\"\\\u0001é" + random.nextInt()));
                    case 2 -> {
                        byte[] b = new byte[random.nextInt(20)];
                        random.nextBytes(b);
                        args.add(BinaryNode.valueOf(b));
                    }
                    default -> args.add(JsonNodeFactory.instance.objectNode().set("k",
                            JsonNodeFactory.instance.arrayNode().add(BinaryNode.valueOf(new byte[] {(byte) round}))));
                }
            }
            SocketPacket p = switch (random.nextInt(5)) {
                case 0 -> SocketPacket.event(nsp, id, "e" + round, args);
                case 1 -> SocketPacket.ack(nsp, id == null ? 0 : id, args);
                case 2 -> SocketPacket.connect(nsp, random.nextBoolean() ? null
                        : JsonNodeFactory.instance.objectNode().put("token", "x" + round));
                case 3 -> SocketPacket.connectError(nsp, "no " + round);
                default -> SocketPacket.disconnect(nsp);
            };
            EncodedPacket e = SocketEncoder.encode(p);
            List<Object> items = new ArrayList<>(List.of(e.text()));
            items.addAll(e.attachments());
            inputs.add(new Input(items));
        }
        assertAgree(inputs);
        for (Input in : inputs) {
            assertTrue(ours(in).get("ok").asBoolean(), in.json());
        }
    }

    /** Where socket.io-parser leans on JavaScript's number coercion, wstutor refuses rather than guess. */
    @Test
    void refusesWhatTheReferenceOnlyAcceptsByJavaScriptCoercion() throws Exception {
        List<Input> inputs = List.of(Input.of(""), Input.of(" "), Input.of("2 [\"x\"]"),
                Input.of("29007199254740993[\"x\"]"),
                Input.of("51-[\"x\",{\"_placeholder\":true,\"num\":0.5}]", new byte[] {1}));
        List<JsonNode> theirs = reference(inputs);
        assertEquals("{\"type\":0,\"nsp\":\"/\",\"id\":null,\"data\":null}", theirs.get(0).get("packets").get(0).toString(),
                "\"\" reads as the digit 0");
        assertEquals(0, theirs.get(2).get("packets").get(0).get("id").asInt(), "a blank reads as the ack id 0");
        assertEquals(9007199254740992L, theirs.get(3).get("packets").get(0).get("id").asLong(), "rounded");
        for (int i = 0; i < inputs.size(); i++) {
            if (i != 4) {
                assertTrue(theirs.get(i).get("ok").asBoolean(), inputs.get(i).json());
            }
            assertFalse(ours(inputs.get(i)).get("ok").asBoolean(), inputs.get(i).json());
        }
    }
}
