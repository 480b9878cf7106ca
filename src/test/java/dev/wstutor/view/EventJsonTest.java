package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.ProtocolViolation;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private final EventJson json = new EventJson();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode one(WireEvent e) throws Exception {
        List<String> lines = json.lines(e);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).contains("\n"), "NDJSON: one object per line");
        return mapper.readTree(lines.get(0));
    }

    @Test
    void writesEveryHeaderFieldOfTheMaskedHelloFrame() throws Exception {
        JsonNode o = one(new WireEvent.FrameSeen(1, Endpoint.SERVER, Duration.ofNanos(12_345_678), Direction.IN,
                FrameViewTest.frame(FrameViewTest.MASKED_HELLO)));
        assertEquals("frame", o.get("type").asText());
        assertEquals(1, o.get("connection").asInt());
        assertEquals("server", o.get("observer").asText());
        assertEquals("in", o.get("direction").asText());
        assertEquals("client", o.get("from").asText());
        assertEquals(12.345, o.get("since_ms").asDouble(), 1e-9);
        assertTrue(o.get("fin").asBoolean());
        assertEquals("[false,false,false]", o.get("rsv").toString());
        assertEquals(1, o.get("opcode").asInt());
        assertEquals("text", o.get("opcode_name").asText());
        assertTrue(o.get("masked").asBoolean());
        assertEquals("37fa213d", o.get("masking_key").asText());
        assertEquals(5, o.get("length").asInt());
        assertEquals("Hello", o.get("payload_text").asText());
        assertFalse(o.has("payload_hex"));
        assertEquals("818537fa213d7f9f4d5158", o.get("raw_hex").asText());
    }

    @Test
    void writesBinaryPayloadsAsHexAndCloseFramesAsCodeAndReason() throws Exception {
        JsonNode bin = one(new WireEvent.FrameSeen(2, Endpoint.CLIENT, Duration.ZERO, Direction.IN, FrameViewTest.frame("82 02 00 ff")));
        assertEquals("00ff", bin.get("payload_hex").asText());
        assertFalse(bin.has("masking_key"));
        JsonNode close = one(new WireEvent.FrameSeen(2, Endpoint.CLIENT, Duration.ZERO, Direction.IN,
                FrameViewTest.frame("88 05 03 e8 62 79 65")));
        assertEquals(1000, close.get("close_code").asInt());
        assertEquals("bye", close.get("close_reason").asText());
    }

    @Test
    void keepsHandshakeHeadersInWireOrder() throws Exception {
        HttpMessage head = HttpMessage.parse(HandshakeViewTest.RFC_REQUEST);
        JsonNode o = one(new WireEvent.HandshakeSeen(1, Endpoint.SERVER, Duration.ZERO, Direction.IN, head, HandshakeViewTest.RFC_REQUEST));
        assertEquals("handshake", o.get("type").asText());
        assertEquals("GET /chat HTTP/1.1", o.get("start_line").asText());
        assertEquals("Host", o.get("headers").get(0).get("name").asText());
        assertEquals("server.example.com", o.get("headers").get(0).get("value").asText());
        assertEquals("Sec-WebSocket-Version", o.get("headers").get(6).get("name").asText());
    }

    @Test
    void writesTheRuleSectionOffsetAndCloseCodeOfARejectedFrame() throws Exception {
        ProtocolViolation v = new ProtocolViolation("text payload is not valid UTF-8", "8.1", 2, CloseCode.INVALID_PAYLOAD);
        JsonNode o = one(new WireEvent.FrameRejected(1, Endpoint.CLIENT, Duration.ZERO, Direction.IN, Hex.parse("81 01 ff"), v));
        assertEquals("rejected", o.get("type").asText());
        assertEquals("text payload is not valid UTF-8", o.get("rule").asText());
        assertEquals("8.1", o.get("section").asText());
        assertEquals(2, o.get("offset").asInt());
        assertEquals(1007, o.get("close_code").asInt());
        assertEquals("8101ff", o.get("raw_hex").asText());
    }

    @Test
    void writesConnectionEvents() throws Exception {
        JsonNode opened = one(new WireEvent.Opened(1, Endpoint.CLIENT, Duration.ZERO,
                new InetSocketAddress("127.0.0.1", 5000), new InetSocketAddress("127.0.0.1", 80)));
        assertEquals("127.0.0.1:80", opened.get("remote").asText());
        assertFalse(opened.has("direction"));
        JsonNode closed = one(new WireEvent.Closed(1, Endpoint.CLIENT, Duration.ZERO, 1001, "going", true));
        assertEquals(1001, closed.get("code").asInt());
        assertTrue(closed.get("by_peer").asBoolean());
        assertEquals("boom", one(new WireEvent.Failed(1, Endpoint.CLIENT, Duration.ZERO, "boom")).get("message").asText());
    }
}
