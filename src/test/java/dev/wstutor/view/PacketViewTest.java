package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.socketio.EngineCodec;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.SocketDecoder;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.socketio.Transport;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.HttpMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layers of Socket.IO as a learner sees them: the carrier, the Engine.IO packet, the Socket.IO packet. */
class PacketViewTest {
    static final Duration AT = Duration.ofMillis(12);

    /** An unmasked text frame from the server, seen by the client that received it. */
    static WireEvent.FrameSeen textFrame(String text) throws Exception {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        return new WireEvent.FrameSeen(1, Endpoint.CLIENT, AT, Direction.IN,
                FrameViewTest.frame(String.format("81 %02x ", payload.length) + Hex.format(payload)));
    }

    /** What a producer reports for one WebSocket text frame: the frame, its Engine.IO packet, its Socket.IO packet. */
    static List<WireEvent> layers(String text) throws Exception {
        EnginePacket engine = EngineCodec.decode(text);
        List<WireEvent> events = new ArrayList<>(List.of(textFrame(text),
                new WireEvent.EnginePacketSeen(1, Endpoint.CLIENT, AT, Direction.IN, Transport.WEBSOCKET, engine)));
        if (engine.type() == EngineType.MESSAGE) {
            new SocketDecoder(10).text(engine.text()).ifPresent(p ->
                    events.add(new WireEvent.SocketPacketSeen(1, Endpoint.CLIENT, AT, Direction.IN, p)));
        }
        return events;
    }

    static List<String> text(Detail detail, List<WireEvent> events) {
        EventText format = new EventText(Style.PLAIN, detail);
        List<String> lines = new ArrayList<>();
        events.forEach(e -> lines.addAll(format.lines(e)));
        return lines;
    }

    @Test
    void aPacketWhoseFrameIsNotTheLineAboveItGetsACaptionNamingItsCarrier() throws Exception {
        List<WireEvent> events = layers("42[\"chat message\",\"hi\"]");
        // Another thread's poll lands between the frame and the packets decoded from it.
        events.add(1, new WireEvent.PollSeen(1, Endpoint.CLIENT, AT, Direction.OUT,
                dev.wstutor.wire.HttpMessage.parse("GET /socket.io/?EIO=4&transport=polling&sid=x HTTP/1.1\r\nHost: h\r\n\r\n"), ""));
        List<String> lines = text(Detail.NORMAL, events);
        int get = lines.indexOf(lines.stream().filter(l -> l.contains("GET /socket.io/")).findFirst().orElseThrow());
        assertEquals("+0.012s #1  server → client  in a WebSocket frame:", lines.get(get + 1));
        assertTrue(lines.get(get + 2).startsWith("  └ Engine.IO 4 MESSAGE"), lines.toString());
        assertTrue(lines.get(get + 3).startsWith("    └ Socket.IO 2 EVENT"), lines.toString());

        List<String> inOrder = text(Detail.NORMAL, layers("42[\"chat message\",\"hi\"]"));
        assertTrue(inOrder.stream().noneMatch(l -> l.contains("in a WebSocket frame:")), "no caption when the frame is right above: " + inOrder);
    }

    @Test
    void showsOneFrameCarryingOneEngineMessageCarryingOneSocketEvent() throws Exception {
        List<String> lines = text(Detail.NORMAL, layers("42[\"chat message\",\"hi\"]"));
        assertEquals("+0.012s #1  server → client  text frame, 25 bytes on the wire, received by the client",
                lines.get(0));
        assertEquals(List.of("  └ Engine.IO 4 MESSAGE", "    └ Socket.IO 2 EVENT / \"chat message\" [\"hi\"]"),
                lines.subList(lines.size() - 2, lines.size()));
    }

    @Test
    void givesEachSocketPacketOneLineAtSummary() throws Exception {
        assertEquals(List.of(
                "+0.012s #1  server → client  text  FIN=1 MASK=0 len=23  \"42[\\\"chat message\\\",\\\"hi\\\"]\"",
                "  └ Engine.IO 4 MESSAGE › Socket.IO 2 EVENT / \"chat message\" [\"hi\"]"),
                text(Detail.SUMMARY, layers("42[\"chat message\",\"hi\"]")));
        assertEquals(List.of("  └ Engine.IO 2 PING \"probe\""),
                text(Detail.SUMMARY, layers("2probe")).subList(1, 2));
    }

    @Test
    void showsNamespaceAckIdArgumentsAndAttachments() {
        PacketView view = new PacketView(Style.PLAIN, Detail.NORMAL);
        assertEquals("Socket.IO 2 EVENT /admin ack 12 \"x\" []",
                view.socket(SocketPacket.event("/admin", 12L, "x", List.of())));
        assertEquals("Socket.IO 3 ACK / ack 12 [\"got it\"]",
                view.socket(SocketPacket.ack("/", 12, List.of(new TextNode("got it")))));
        com.fasterxml.jackson.databind.node.ObjectNode nested = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        nested.putArray("deep").add(BinaryNode.valueOf(new byte[0]));
        SocketPacket binary = SocketPacket.event("/", null, "up", List.of(BinaryNode.valueOf(new byte[4]), nested));
        assertEquals("Socket.IO 2 EVENT / \"up\" [<4 bytes>,{\"deep\":[<0 bytes>]}]  (2 binary attachments)",
                view.socket(binary));
        assertEquals("Socket.IO 4 CONNECT_ERROR /random {\"message\":\"Invalid namespace\"}",
                view.socket(SocketPacket.connectError("/random", "Invalid namespace")));
        assertEquals("Socket.IO 0 CONNECT /", view.socket(SocketPacket.connect("/", null)));
        assertEquals("Socket.IO 1 DISCONNECT /admin", view.socket(SocketPacket.disconnect("/admin")));
    }

    @Test
    void labelsEveryPartAndShowsTheRawTextAtFull() throws Exception {
        List<String> lines = text(Detail.FULL, layers("4212[\"x\"]"));
        int engine = lines.indexOf("  └ Engine.IO 4 MESSAGE");
        assertTrue(engine > 0, String.join("\n", lines));
        assertEquals(List.of(
                "      raw            \"4212[\\\"x\\\"]\"",
                "      \"4\"            Engine.IO MESSAGE",
                "      \"2\"            Socket.IO EVENT",
                "      \"12\"           ack id 12",
                "      \"[\\\"x\\\"]\"      event \"x\" with no arguments",
                "    └ Socket.IO 2 EVENT / ack 12 \"x\" []"), lines.subList(engine + 1, lines.size()));
    }

    @Test
    void showsTheOpenHandshakeInWords() throws Exception {
        List<String> lines = text(Detail.NORMAL, layers("0{\"sid\":\"abc\",\"upgrades\":[\"websocket\"],"
                + "\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}"));
        assertEquals("  └ Engine.IO 0 OPEN sid \"abc\", upgrades [websocket], pingInterval 25000 ms,"
                + " pingTimeout 20000 ms, maxPayload 1000000 bytes", lines.get(lines.size() - 1));
    }

    @Test
    void showsAPollRequestAndItsAnswer() throws Exception {
        HttpMessage post = HttpMessage.parse("POST /socket.io/?EIO=4&transport=polling&sid=abc HTTP/1.1\r\n"
                + "Content-Type: text/plain;charset=UTF-8\r\n\r\n");
        HttpMessage ok = HttpMessage.parse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
        String body = "42[\"hello\"]\u001e42[\"world\"]";
        List<WireEvent> events = List.of(
                new WireEvent.PollSeen(2, Endpoint.SERVER, AT, Direction.IN, post, body),
                new WireEvent.PollSeen(2, Endpoint.SERVER, AT, Direction.OUT, ok, "ok"));
        assertEquals(List.of(
                "+0.012s #2  client → server  POST /socket.io/?EIO=4&transport=polling&sid=abc  (body 23 bytes,"
                        + " HTTP long-polling)",
                "+0.012s #2  server → client  200 OK  (body 2 bytes, HTTP long-polling)"), text(Detail.SUMMARY, events));
        List<String> normal = text(Detail.NORMAL, events);
        assertEquals("  body      \"42[\\\"hello\\\"]\\u001e42[\\\"world\\\"]\"", normal.get(1));
        assertTrue(text(Detail.FULL, events).contains("  Content-Type: text/plain;charset=UTF-8"));
        assertEquals(List.of(), text(Detail.NONE, events));
    }

    @Test
    void showsARejectedPacketAtEveryDetailWithItsReason() {
        WireEvent.PacketRejected r = new WireEvent.PacketRejected(1, Endpoint.SERVER, AT, Direction.IN,
                "42[\"connect\"]", "the event name \"connect\" is reserved by socket.io and may not be sent by a peer");
        String first = "+0.012s #1  client → server  ✗ packet rejected: the event name \"connect\" is reserved by"
                + " socket.io and may not be sent by a peer";
        assertEquals(List.of(first), text(Detail.NONE, List.of(r)));
        assertEquals(List.of(first, "  raw       \"42[\\\"connect\\\"]\""), text(Detail.NORMAL, List.of(r)));
    }

    @Test
    void escapesEveryCharacterAPeerControls() throws Exception {
        // Raw control characters in the namespace, JSON escapes (which decode to them) in the strings.
        String hostile = "42/ev\u001b[2J,[\"x\\u001b]0;pwn\\u0007\",\"\u009b31m\"]";
        List<String> lines = new ArrayList<>();
        for (Detail d : Detail.values()) {
            lines.addAll(text(d, layers(hostile)));
        }
        lines.addAll(text(Detail.FULL, List.of(new WireEvent.PacketRejected(1, Endpoint.SERVER, AT, Direction.IN,
                "\u001b[2J", "bad \u001b[2J"), new WireEvent.PollSeen(1, Endpoint.SERVER, AT, Direction.IN,
                HttpMessage.parse("GET /socket.io/?x=\u001b[2J HTTP/1.1\r\nX-Evil: \u009b2J\r\n\r\n"), "\u001b"))));
        for (String line : lines) {
            assertFalse(line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)), line);
        }
        assertTrue(lines.contains("    └ Socket.IO 2 EVENT /ev\\u001b[2J \"x\\u001B]0;pwn\\u0007\" [\"\\u009b31m\"]"),
                String.join("\n", lines));
    }
}
