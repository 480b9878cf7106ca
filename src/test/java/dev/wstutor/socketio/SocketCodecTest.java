package dev.wstutor.socketio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SocketCodecTest {
    private final SocketDecoder decoder = new SocketDecoder(10);

    private static JsonNode json(String s) throws Exception {
        return Json.parse(s);
    }

    private SocketPacket decodeText(String s) throws PacketFormatException {
        return decoder.text(s).orElseThrow();
    }

    /** Encodes, checks the text, decodes it back (attachments included) and returns the decoded packet. */
    private SocketPacket roundTrip(SocketPacket p, String expected) throws PacketFormatException {
        EncodedPacket e = SocketEncoder.encode(p);
        assertEquals(expected, e.text());
        Optional<SocketPacket> out = decoder.text(e.text());
        for (byte[] a : e.attachments()) {
            assertFalse(out.isPresent(), "complete before its attachments");
            out = decoder.binary(a);
        }
        return out.orElseThrow();
    }

    @Test
    void theConnectExamplesOfTheSocketIoReadme() throws Exception {
        assertEquals(SocketPacket.connect("/", null), roundTrip(SocketPacket.connect("/", null), "0"));
        SocketPacket admin = SocketPacket.connect("/admin", json("{\"sid\":\"oSO0OpakMV_3jnilAAAA\"}"));
        assertEquals(admin, roundTrip(admin, "0/admin,{\"sid\":\"oSO0OpakMV_3jnilAAAA\"}"));
        SocketPacket refused = SocketPacket.connectError("/", "Not authorized");
        assertEquals(refused, roundTrip(refused, "4{\"message\":\"Not authorized\"}"));
    }

    @Test
    void theEventAndAckExamplesOfTheSocketIoReadme() throws Exception {
        SocketPacket foo = SocketPacket.event("/", null, "foo", List.of());
        assertEquals(foo, roundTrip(foo, "2[\"foo\"]"));
        SocketPacket bar = SocketPacket.event("/admin", null, "bar", List.of());
        assertEquals(bar, roundTrip(bar, "2/admin,[\"bar\"]"));
        SocketPacket withAck = SocketPacket.event("/", 12L, "foo", List.of());
        assertEquals(withAck, roundTrip(withAck, "212[\"foo\"]"));
        SocketPacket ack = SocketPacket.ack("/admin", 13, List.of(new TextNode("bar")));
        assertEquals(ack, roundTrip(ack, "3/admin,13[\"bar\"]"));
        assertEquals(SocketPacket.disconnect("/"), roundTrip(SocketPacket.disconnect("/"), "1"));
        assertEquals(SocketPacket.disconnect("/admin"), roundTrip(SocketPacket.disconnect("/admin"), "1/admin,"));
    }

    @Test
    void theBinaryExamplesOfTheSocketIoReadme() throws Exception {
        SocketPacket baz = SocketPacket.event("/", null, "baz", List.of(BinaryNode.valueOf(new byte[] {1, 2, 3, 4})));
        EncodedPacket e = SocketEncoder.encode(baz);
        assertEquals("51-[\"baz\",{\"_placeholder\":true,\"num\":0}]", e.text());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, e.attachments().get(0));

        SocketPacket two = SocketPacket.event("/admin", null, "baz",
                List.of(BinaryNode.valueOf(new byte[] {1, 2}), BinaryNode.valueOf(new byte[] {3, 4})));
        SocketPacket decoded = roundTrip(two,
                "52-/admin,[\"baz\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
        assertEquals(PacketType.BINARY_EVENT, decoded.type());
        assertEquals(two.data(), decoded.data());
        assertEquals(2, decoded.attachmentCount());

        SocketPacket binaryAck = SocketPacket.ack("/", 15,
                List.of(new TextNode("bar"), BinaryNode.valueOf(new byte[] {1, 2, 3, 4})));
        SocketPacket back = roundTrip(binaryAck, "61-15[\"bar\",{\"_placeholder\":true,\"num\":0}]");
        assertEquals(PacketType.BINARY_ACK, back.type());
        assertEquals(PacketType.ACK, back.type().plain());
        assertEquals(binaryAck.arguments(), back.arguments());
    }

    @Test
    void thePacketsOfTheSampleSession() throws Exception {
        assertEquals(new SocketPacket(PacketType.CONNECT, "/admin", null, null), decodeText("0/admin,"));
        assertEquals(SocketPacket.event("/admin", 1L, "tellme", List.of()), decodeText("2/admin,1[\"tellme\"]"));
        assertEquals(Optional.empty(), decoder.text("61-/admin,1[{\"_placeholder\":true,\"num\":0}]"));
        assertTrue(decoder.awaitingAttachments());
        SocketPacket ack = decoder.binary(new byte[] {7}).orElseThrow();
        assertEquals(List.of(BinaryNode.valueOf(new byte[] {7})), ack.arguments());
        assertEquals(Optional.of(1L), Optional.ofNullable(ack.ackId()));
        assertFalse(decoder.awaitingAttachments());
    }

    @Test
    void namesTheEventAndItsArguments() throws Exception {
        SocketPacket p = decodeText("2[\"chat message\",\"hi\",{\"a\":1}]");
        assertEquals(Optional.of("chat message"), p.eventName());
        assertEquals(List.of(new TextNode("hi"), json("{\"a\":1}")), p.arguments());
        assertEquals(Optional.empty(), SocketPacket.ack("/", 1, List.of()).eventName());
        assertEquals(List.of(), SocketPacket.connect("/", json("{\"token\":\"t\"}")).arguments());
        assertEquals(0, p.attachmentCount());
    }

    @Test
    void everyTypeSurvivesARoundTripWithRandomBinary() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 100; round++) {
            byte[] a = new byte[random.nextInt(300)];
            byte[] b = new byte[random.nextInt(3)];
            random.nextBytes(a);
            random.nextBytes(b);
            JsonNode nested = Json.MAPPER.createObjectNode().put("n", round)
                    .set("deep", Json.MAPPER.createArrayNode().add(BinaryNode.valueOf(b)));
            String nsp = round % 2 == 0 ? "/" : "/room-" + round;
            Long id = round % 3 == 0 ? null : (long) round;
            SocketPacket event = SocketPacket.event(nsp, id, "e" + round,
                    List.of(BinaryNode.valueOf(a), nested, IntNode.valueOf(round)));
            SocketPacket back = roundTrip(event, SocketEncoder.encode(event).text());
            assertEquals(new SocketPacket(PacketType.BINARY_EVENT, nsp, id, event.data()), back);
            SocketPacket ack = SocketPacket.ack(nsp, round, List.of(BinaryNode.valueOf(a)));
            assertEquals(ack.data(), roundTrip(ack, SocketEncoder.encode(ack).text()).data());
        }
        for (SocketPacket p : List.of(SocketPacket.connect("/", null), SocketPacket.connect("/x", json("{}")),
                SocketPacket.disconnect("/x"), SocketPacket.connectError("/x", "Invalid namespace"),
                new SocketPacket(PacketType.CONNECT_ERROR, "/", null, new TextNode("plain")),
                SocketPacket.ack("/", 0, List.of()), SocketPacket.event("/", 0L, "x", List.of()))) {
            assertEquals(p, roundTrip(p, SocketEncoder.encode(p).text()));
        }
    }

    @Test
    void anEventWithoutBinaryIsNeverSentAsBinary() {
        SocketPacket p = new SocketPacket(PacketType.BINARY_EVENT, "/", null, Json.MAPPER.createArrayNode().add("x"));
        assertEquals("2[\"x\"]", SocketEncoder.encode(p).text());
        assertThrows(IllegalArgumentException.class, () -> SocketEncoder.encode(
                SocketPacket.connect("/", Json.MAPPER.createObjectNode().set("b", BinaryNode.valueOf(new byte[1])))));
    }

    /** What socket.io-parser 4.2.7 accepts, quirks included. */
    @Test
    void acceptsWhatTheReferenceParserAccepts() throws Exception {
        assertEquals(new SocketPacket(PacketType.CONNECT, "/nsp", null, null), decodeText("0/nsp"),
                "a namespace without its comma runs to the end");
        assertEquals(new SocketPacket(PacketType.EVENT, "/nsp[\"x\"]", null, null), decodeText("2/nsp[\"x\"]"),
                "without the comma the JSON becomes part of the namespace");
        assertEquals(new SocketPacket(PacketType.CONNECT, "/", 123L, null), decodeText("0123"),
                "digits after the type are an ack id, never a namespace");
        assertEquals(Optional.of("1"), decodeText("2[1,\"a\"]").eventName(), "a number is a valid event name");
        assertEquals(new SocketPacket(PacketType.EVENT, "/", null, null), decodeText("2"),
                "an EVENT without data passes the parser");
        assertEquals(new SocketPacket(PacketType.CONNECT_ERROR, "/", null, new TextNode("no")), decodeText("4\"no\""));
        assertEquals(json("[]"), decodeText("3[]").data());
        assertEquals(Optional.of("connected"), decodeText("2[\"connected\"]").eventName());
        assertNull(decodeText("2/a,").data());
    }

    @Test
    void aPlaceholderInAPlainEventIsJustAnObject() throws Exception {
        SocketPacket p = decodeText("2[\"x\",{\"_placeholder\":true,\"num\":0}]");
        assertEquals(json("{\"_placeholder\":true,\"num\":0}"), p.arguments().get(0));
    }

    @Test
    void anAttachmentNoPlaceholderNamesIsTakenAndDropped() throws Exception {
        assertEquals(Optional.empty(), decoder.text("52-[\"x\",{\"_placeholder\":true,\"num\":1}]"));
        assertEquals(Optional.empty(), decoder.binary(new byte[] {0}));
        SocketPacket p = decoder.binary(new byte[] {1}).orElseThrow();
        assertEquals(List.of(BinaryNode.valueOf(new byte[] {1})), p.arguments());
    }

    @Test
    void refusesMalformedPacketsWithTheRuleInWords() {
        List<List<String>> cases = List.of(
                List.of("", "empty Socket.IO packet"),
                List.of("7[\"x\"]", "unknown Socket.IO packet type '7'"),
                List.of("x", "unknown Socket.IO packet type 'x'"),
                List.of(" ", "unknown Socket.IO packet type ' '"),
                List.of("2[]", "must be a JSON array starting with the event name"),
                List.of("2[\"x\"", "is not JSON"),
                List.of("2[\"x\"]]", "is not JSON"),
                List.of("2{\"x\":1}", "must be a JSON array"),
                List.of("2\"x\"", "must be a JSON array"),
                List.of("2[null]", "event name"),
                List.of("2[{}]", "event name"),
                List.of("2admin,[\"x\"]", "is not JSON"),
                List.of("21,[\"x\"]", "is not JSON"),
                List.of("2 [\"x\"]", "must follow its header directly"),
                List.of("0[]", "CONNECT must be a JSON object"),
                List.of("0\"token\"", "CONNECT must be a JSON object"),
                List.of("0null", "CONNECT must be a JSON object"),
                List.of("1{}", "DISCONNECT carries no data"),
                List.of("1/a,[]", "DISCONNECT carries no data"),
                List.of("3{}", "ACK must be a JSON array"),
                List.of("31\"x\"", "ACK must be a JSON array"),
                List.of("4true", "CONNECT_ERROR must be a JSON object or string"),
                List.of("4[]", "CONNECT_ERROR must be a JSON object or string"),
                List.of("5[\"x\"]", "needs its attachment count and '-'"),
                List.of("5-[\"x\"]", "needs its attachment count and '-'"),
                List.of("5a-[\"x\"]", "needs its attachment count and '-'"),
                List.of("51[\"x\"]", "needs its attachment count and '-'"),
                List.of("50-[\"x\"]", "at least 1 attachment"),
                List.of("511-[\"x\"]", "too many attachments: 11 announced, at most 10"),
                List.of("599999999999-[\"x\"]", "too many attachments"),
                List.of("51-[\"x\",{\"_placeholder\":true,\"num\":1}]", "does not name one of the 1 attachment"),
                List.of("51-[\"x\",{\"_placeholder\":true,\"num\":-1}]", "does not name"),
                List.of("51-[\"x\",{\"_placeholder\":true,\"num\":\"0\"}]", "does not name"),
                List.of("51-[\"x\",{\"_placeholder\":true,\"num\":0.5}]", "does not name"),
                List.of("51-[\"x\",{\"_placeholder\":true}]", "does not name"),
                List.of("61-{\"_placeholder\":true,\"num\":0}", "ACK must be a JSON array"),
                List.of("29007199254740992[\"x\"]", "ack id 9007199254740992 is larger than"),
                List.of("299999999999999999999[\"x\"]", "is larger than"));
        for (List<String> c : cases) {
            PacketFormatException e = assertThrows(PacketFormatException.class,
                    () -> new SocketDecoder(10).text(c.get(0)), c.get(0));
            assertTrue(e.getMessage().contains(c.get(1)), c.get(0) + " gave: " + e.getMessage());
        }
    }

    @Test
    void refusesEveryReservedEventNameAsTheReferenceParserDoes() throws Exception {
        for (String name : List.of("connect", "connect_error", "disconnect", "disconnecting", "newListener",
                "removeListener")) {
            PacketFormatException e = assertThrows(PacketFormatException.class,
                    () -> decoder.text("2[\"" + name + "\"]"));
            assertEquals("the event name \"" + name + "\" is reserved by socket.io and may not be sent by a peer",
                    e.getMessage());
            assertThrows(PacketFormatException.class,
                    () -> decoder.text("51-[\"" + name + "\",{\"_placeholder\":true,\"num\":0}]"));
        }
        assertEquals(Optional.of("Connect"), decodeText("2[\"Connect\"]").eventName(), "names are case-sensitive");
        assertEquals(json("[\"disconnect\"]"), decodeText("31[\"disconnect\"]").data(), "an ACK may carry any words");
    }

    @Test
    void refusesABinaryFrameNobodyWaitsFor() {
        PacketFormatException e = assertThrows(PacketFormatException.class, () -> decoder.binary(new byte[] {1}));
        assertTrue(e.getMessage().contains("no BINARY_EVENT or BINARY_ACK announced one"), e.getMessage());
    }

    @Test
    void refusesTextWhileAttachmentsAreAwaitedAndThenStartsAfresh() throws Exception {
        decoder.text("52-[\"x\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
        decoder.binary(new byte[] {1});
        PacketFormatException e = assertThrows(PacketFormatException.class, () -> decoder.text("2[\"y\"]"));
        assertEquals("a text packet arrived while 1 binary attachment was still expected", e.getMessage());
        assertEquals(Optional.of("y"), decodeText("2[\"y\"]").eventName());
    }

    @Test
    void honoursTheAttachmentLimitOfItsConstructor() throws Exception {
        assertThrows(PacketFormatException.class, () -> new SocketDecoder(0).text("51-[\"x\"]"));
        assertEquals(Optional.empty(), new SocketDecoder(1).text("51-[\"x\"]"));
        assertThrows(IllegalArgumentException.class, () -> new SocketDecoder(-1));
    }

    @Test
    void packetTypesAreTheirDigits() throws Exception {
        for (PacketType t : PacketType.values()) {
            assertEquals(Optional.of(t), PacketType.byCode(t.code()));
            assertEquals(t, PacketType.of((char) ('0' + t.code())));
        }
        assertEquals(Optional.empty(), PacketType.byCode(7));
        assertEquals(4, PacketType.CONNECT_ERROR.code());
    }

    @Test
    void aPacketKnowsItsDefaults() {
        assertEquals("/", new SocketPacket(PacketType.CONNECT, null, null, null).namespace());
        assertThrows(IllegalArgumentException.class, () -> SocketPacket.connect("admin", null));
        assertThrows(IllegalArgumentException.class, () -> SocketPacket.disconnect("/a,b"));
        assertThrows(IllegalArgumentException.class, () -> SocketPacket.ack("/", -1, List.of()));
    }
}
