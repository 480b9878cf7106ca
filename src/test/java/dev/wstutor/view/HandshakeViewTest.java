package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.Rfc6455Examples;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample handshake of RFC 6455 section 1.3, shown line by line in wire order. */
class HandshakeViewTest {
    static final String RFC_REQUEST = Rfc6455Examples.REQUEST;
    static final String RFC_RESPONSE = Rfc6455Examples.RESPONSE;

    static WireEvent.HandshakeSeen seen(String raw, Direction d) throws Exception {
        return seen(raw, Endpoint.SERVER, d);
    }

    static WireEvent.HandshakeSeen seen(String raw, Endpoint observer, Direction d) throws Exception {
        return new WireEvent.HandshakeSeen(1, observer, Duration.ofMillis(1), d, HttpMessage.parse(raw), raw);
    }

    @Test
    void explainsEachLineOfTheRfcRequestUnderItInWireOrder() throws Exception {
        List<String> lines = new HandshakeView(Style.PLAIN, false).render(seen(RFC_REQUEST, Direction.IN));
        assertEquals(List.of(
                "+0.001s #1  client → server  handshake request, received by the server",
                "  GET /chat HTTP/1.1",
                "    [required] a GET of the resource to open, over HTTP/1.1 or later (RFC 6455 4.1 items 2-3)",
                "  Host: server.example.com",
                "    [required] which host and port the client wants, as in every HTTP/1.1 request (RFC 6455 4.1 item 4)",
                "  Upgrade: websocket",
                "    [required] asks to switch this connection from HTTP to the websocket protocol (RFC 6455 4.1 item 5)",
                "  Connection: Upgrade",
                "    [required] must include the token Upgrade: the upgrade applies to this hop's connection (RFC 6455 4.1 item 6)",
                "  Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                "    [required] 16 random bytes in base64, new for each connection; the server must prove it read them (RFC 6455 4.1 item 7)",
                "  Origin: http://example.com",
                "    [optional] the page's origin, sent by browsers so the server can refuse foreign sites (RFC 6455 4.1 item 8, 10.2)",
                "  Sec-WebSocket-Protocol: chat, superchat",
                "    [optional] subprotocols the client speaks, in order of preference (e.g. chat, mqtt) (RFC 6455 4.1 item 10)",
                "  Sec-WebSocket-Version: 13",
                "    [required] the protocol version; 13 is the only one RFC 6455 defines (RFC 6455 4.1 item 9)"), lines);
    }

    @Test
    void explainsTheRfcResponseFromTheServer() throws Exception {
        List<String> lines = new HandshakeView(Style.PLAIN, false).render(seen(RFC_RESPONSE, Direction.OUT));
        assertEquals("+0.001s #1  server → client  handshake response, sent by the server", lines.get(0));
        assertEquals("  HTTP/1.1 101 Switching Protocols", lines.get(1));
        assertTrue(lines.get(2).startsWith("    [required] 101 Switching Protocols"), lines.get(2));
        assertEquals("  Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", lines.get(7));
        assertTrue(lines.get(8).endsWith("(RFC 6455 4.2.2 item 5.4)"), lines.get(8));
    }

    @Test
    void showsOnlyTheLinesInBriefMode() throws Exception {
        List<String> lines = new HandshakeView(Style.PLAIN, true).render(seen(RFC_RESPONSE, Endpoint.CLIENT, Direction.IN));
        assertEquals(List.of("+0.001s #1  server → client  handshake response, received by the client",
                "  HTTP/1.1 101 Switching Protocols", "  Upgrade: websocket", "  Connection: Upgrade",
                "  Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "  Sec-WebSocket-Protocol: chat"), lines);
    }

    @Test
    void keepsEachLineExactlyAsSent() throws Exception {
        String odd = RFC_REQUEST.replace("Host: server.example.com", "host:server.example.com");
        List<String> lines = new HandshakeView(Style.PLAIN, true).render(seen(odd, Direction.IN));
        assertEquals("  host:server.example.com", lines.get(2));
    }

    @Test
    void namesWhatIsMissingFromABrokenRequest() throws Exception {
        String broken = RFC_REQUEST.replace("Sec-WebSocket-Version: 13\r\n", "X-Debug: 1\r\n");
        List<String> lines = new HandshakeView(Style.PLAIN, false).render(seen(broken, Direction.IN));
        assertTrue(lines.contains("    [plain HTTP] not part of the WebSocket handshake; ignored by the protocol"), lines.toString());
        assertEquals("  ✗ no Sec-WebSocket-Version header (4.1 item 9)", lines.get(lines.size() - 1));
    }

    @Test
    void rendersAParsedHeadWithoutRawText() throws Exception {
        List<String> lines = new HandshakeView(Style.ANSI, false).render(HttpMessage.parse(RFC_RESPONSE));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\u001b[32m[required]\u001b[0m")), lines.toString());
        List<String> plain = new HandshakeView(Style.PLAIN, false).render(HttpMessage.parse(RFC_RESPONSE));
        assertFalse(plain.toString().contains("\u001b"));
        assertEquals("handshake response", plain.get(0));
    }
}
