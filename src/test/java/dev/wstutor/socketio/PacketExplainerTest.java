package dev.wstutor.socketio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PacketExplainerTest {
    private static String joined(List<PacketPart> parts) {
        return parts.stream().map(PacketPart::text).collect(Collectors.joining());
    }

    @Test
    void labelsAnEventWithAnAckId() {
        assertEquals(List.of(
                new PacketPart("4", "Engine.IO MESSAGE"),
                new PacketPart("2", "Socket.IO EVENT"),
                new PacketPart("12", "ack id 12"),
                new PacketPart("[\"x\"]", "event \"x\" with no arguments")), PacketExplainer.explain("4212[\"x\"]"));
    }

    @Test
    void labelsAttachmentsNamespaceAndAckIdOfABinaryEvent() {
        String text = "451-/admin,3[\"up\",{\"_placeholder\":true,\"num\":0}]";
        List<PacketPart> parts = PacketExplainer.explain(text);
        assertEquals(List.of(
                new PacketPart("4", "Engine.IO MESSAGE"),
                new PacketPart("5", "Socket.IO BINARY_EVENT"),
                new PacketPart("1-", "1 binary attachment follows"),
                new PacketPart("/admin,", "namespace /admin"),
                new PacketPart("3", "ack id 3"),
                new PacketPart("[\"up\",{\"_placeholder\":true,\"num\":0}]", "event \"up\" with 1 argument")), parts);
        assertEquals(text, joined(parts));
    }

    @Test
    void labelsTheHandshakeTheProbeAndThePlainTypes() {
        List<PacketPart> open = PacketExplainer.explain("0{\"sid\":\"abc\",\"upgrades\":[\"websocket\"],"
                + "\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}");
        assertEquals("Engine.IO OPEN", open.get(0).meaning());
        assertEquals("handshake: sid abc, upgrades [websocket], pingInterval 25000 ms, pingTimeout 20000 ms,"
                + " maxPayload 1000000 bytes", open.get(1).meaning());
        assertEquals(List.of(new PacketPart("2", "Engine.IO PING"),
                new PacketPart("probe", "probe: tests the WebSocket before the upgrade")), PacketExplainer.explain("2probe"));
        assertEquals(List.of(new PacketPart("5", "Engine.IO UPGRADE")), PacketExplainer.explain("5"));
        assertEquals(List.of(new PacketPart("4", "Engine.IO MESSAGE"), new PacketPart("0", "Socket.IO CONNECT"),
                new PacketPart("{\"sid\":\"s1\"}", "connect reply: the socket's id")),
                PacketExplainer.explain("40{\"sid\":\"s1\"}"));
        assertEquals("connect refused: Invalid namespace",
                PacketExplainer.explain("44/random,{\"message\":\"Invalid namespace\"}").get(3).meaning());
        assertEquals("acknowledgement with 1 argument", PacketExplainer.explain("4312[\"got it\"]").get(3).meaning());
    }

    @Test
    void labelsEachRecordOfAPollingBodyAndTheSeparator() {
        String body = "42[\"hello\"]\u001e42[\"world\"]";
        List<PacketPart> parts = PacketExplainer.explainPayload(body);
        assertEquals(new PacketPart("\u001e", "record separator"), parts.get(3));
        assertEquals("event \"world\" with no arguments", parts.get(6).meaning());
        assertEquals(body, joined(parts));
        assertEquals("b", PacketExplainer.explain("bAQIDBA==").get(0).text());
        assertEquals("4 bytes of binary data in base64", PacketExplainer.explain("bAQIDBA==").get(1).meaning());
    }

    @Test
    void labelsWhatBreaksARuleWithTheReason() {
        assertEquals(List.of(new PacketPart("4", "Engine.IO MESSAGE"), new PacketPart("2", "Socket.IO EVENT"),
                new PacketPart("[\"connect\"]", "malformed: the event name \"connect\" is reserved by socket.io and"
                        + " may not be sent by a peer")), PacketExplainer.explain("42[\"connect\"]"));
        List<PacketPart> bad = PacketExplainer.explain("45[\"x\"]");
        assertEquals(new PacketPart("5", "Socket.IO BINARY_EVENT"), bad.get(1));
        assertTrue(bad.get(2).meaning().startsWith("malformed: a BINARY_EVENT needs its attachment count"));
        assertTrue(PacketExplainer.explain("x").get(0).meaning().startsWith("malformed: unknown Engine.IO"));
        assertTrue(PacketExplainer.explain("49").get(1).meaning().startsWith("malformed: unknown Socket.IO"));
        assertEquals("45[\"x\"]", joined(bad));
    }
}
