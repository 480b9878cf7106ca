package dev.wstutor.socketio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EngineCodecTest {
    @Test
    void decodesTheWebSocketExampleOfTheEngineIoReadme() throws Exception {
        assertEquals(EnginePacket.of(EngineType.MESSAGE, "hello"), EngineCodec.decode("4hello"));
    }

    @Test
    void decodesAndEncodesThePollingPayloadExampleOfTheEngineIoReadme() throws Exception {
        String body = "4hello\u001e2\u001e4world";
        List<EnginePacket> packets = EngineCodec.decodePayload(body);
        assertEquals(List.of(EnginePacket.of(EngineType.MESSAGE, "hello"), EnginePacket.of(EngineType.PING, ""),
                EnginePacket.of(EngineType.MESSAGE, "world")), packets);
        assertEquals(body, EngineCodec.encodePayload(packets));
    }

    @Test
    void readsBinaryOnPollingAsBase64AfterTheLetterB() throws Exception {
        List<EnginePacket> packets = EngineCodec.decodePayload("4hello\u001ebAQIDBA==");
        assertEquals(2, packets.size());
        assertTrue(packets.get(1).isBinary());
        assertEquals(EngineType.MESSAGE, packets.get(1).type());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, packets.get(1).binary());
        assertEquals("bAQIDBA==", EngineCodec.encode(packets.get(1)));
    }

    @Test
    void takesAWebSocketBinaryFrameAsARawMessageWithoutPrefix() {
        EnginePacket p = EngineCodec.decodeBinary(new byte[] {4, 0x62});
        assertEquals(EnginePacket.binary(new byte[] {4, 0x62}), p);
        assertEquals("", p.text());
    }

    @Test
    void everyTypeIsItsDigitAndRoundTrips() throws Exception {
        for (EngineType type : EngineType.values()) {
            assertEquals(type, EngineType.of(type.code()));
            EnginePacket p = EnginePacket.of(type, type == EngineType.PING ? "probe" : "");
            assertEquals(p, EngineCodec.decode(EngineCodec.encode(p)));
        }
        assertEquals("0", String.valueOf(EngineType.OPEN.code()));
        assertEquals('6', EngineType.NOOP.code());
        assertEquals("2probe", EngineCodec.encode(EnginePacket.of(EngineType.PING, "probe")));
    }

    @Test
    void randomBinaryAndTextSurviveAPollingRoundTrip() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<EnginePacket> packets = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
                if (random.nextBoolean()) {
                    byte[] bytes = new byte[random.nextInt(64)];
                    random.nextBytes(bytes);
                    packets.add(EnginePacket.binary(bytes));
                } else {
                    packets.add(EnginePacket.of(EngineType.MESSAGE, "2[\"é€😀\"," + random.nextInt() + "]"));
                }
            }
            assertEquals(packets, EngineCodec.decodePayload(EngineCodec.encodePayload(packets)));
        }
    }

    @Test
    void refusesAnUnknownTypeNamingIt() {
        PacketFormatException e = assertThrows(PacketFormatException.class, () -> EngineCodec.decode("xhello"));
        assertTrue(e.getMessage().startsWith("unknown Engine.IO packet type 'x'"), e.getMessage());
        assertThrows(PacketFormatException.class, () -> EngineCodec.decode("7"));
        assertThrows(PacketFormatException.class, () -> EngineType.of('9'));
    }

    @Test
    void refusesAnEmptyPacketAnEmptyRecordAndBadBase64() {
        assertThrows(PacketFormatException.class, () -> EngineCodec.decode(""));
        PacketFormatException e = assertThrows(PacketFormatException.class,
                () -> EngineCodec.decodePayload("4hi\u001e\u001e2"));
        assertTrue(e.getMessage().startsWith("polling record 2: empty Engine.IO packet"), e.getMessage());
        assertThrows(PacketFormatException.class, () -> EngineCodec.decodePayload(""));
        assertThrows(PacketFormatException.class, () -> EngineCodec.decode("b!!!"));
    }

    @Test
    void escapesControlCharactersInTheReason() {
        PacketFormatException e = assertThrows(PacketFormatException.class, () -> EngineCodec.decode("\u001b[31m"));
        assertTrue(e.getMessage().contains("'\\u001b'"), e.getMessage());
    }

    @Test
    void keepsItsBinaryToItself() {
        byte[] bytes = {1, 2};
        EnginePacket p = EnginePacket.binary(bytes);
        bytes[0] = 9;
        p.binary()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, p.binary());
        assertThrows(IllegalArgumentException.class, () -> new EnginePacket(EngineType.PING, "", new byte[0]));
    }

    @Test
    void readsAndWritesTheOpenHandshakeOfTheSampleSession() throws Exception {
        String json = "{\"sid\":\"lv_VI97HAXpY6yYWAAAC\",\"upgrades\":[\"websocket\"],\"pingInterval\":25000,"
                + "\"pingTimeout\":5000,\"maxPayload\":1000000}";
        EnginePacket open = EngineCodec.decode("0" + json);
        OpenHandshake h = OpenHandshake.parse(open.text());
        assertEquals(new OpenHandshake("lv_VI97HAXpY6yYWAAAC", List.of("websocket"), 25000, 5000, 1000000), h);
        assertEquals(json, h.toJson());
    }

    @Test
    void refusesAnOpenHandshakeWithoutItsFields() {
        for (String bad : List.of("", "[]", "{\"sid\":\"a\"}", "{\"sid\":1,\"upgrades\":[],\"pingInterval\":1,"
                + "\"pingTimeout\":1,\"maxPayload\":1}", "{\"sid\":\"a\",\"upgrades\":[1],\"pingInterval\":1,"
                + "\"pingTimeout\":1,\"maxPayload\":1}", "{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":\"1\","
                + "\"pingTimeout\":1,\"maxPayload\":1}", "{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":1.5,"
                + "\"pingTimeout\":1,\"maxPayload\":1}")) {
            assertThrows(PacketFormatException.class, () -> OpenHandshake.parse(bad), bad);
        }
    }

    @Test
    void namesTheTransportsAsTheQueryDoes() {
        assertEquals("polling", Transport.POLLING.wireName());
        assertEquals(Optional.of(Transport.WEBSOCKET), Transport.byName("websocket"));
        assertFalse(Transport.byName("flashsocket").isPresent());
    }
}
