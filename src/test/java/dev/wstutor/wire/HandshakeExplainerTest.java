package dev.wstutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Uses the sample handshake of RFC 6455 section 1.3. */
class HandshakeExplainerTest {
    static final String RFC_REQUEST = Rfc6455Examples.REQUEST;
    static final String RFC_RESPONSE = Rfc6455Examples.RESPONSE;

    @Test
    void keepsTheHeadersOfTheRfcRequestInWireOrder() throws Exception {
        HttpMessage m = HttpMessage.parse(RFC_REQUEST);
        assertEquals("GET /chat HTTP/1.1", m.startLine());
        assertEquals(List.of("Host", "Upgrade", "Connection", "Sec-WebSocket-Key", "Origin", "Sec-WebSocket-Protocol",
                "Sec-WebSocket-Version"), m.headers().stream().map(HttpMessage.Header::name).toList());
        assertEquals(RFC_REQUEST, m.toWire());
    }

    @Test
    void findsNothingWrongWithTheRfcHandshake() throws Exception {
        assertEquals(List.of(), HandshakeExplainer.requestProblems(HttpMessage.parse(RFC_REQUEST)));
        assertEquals(List.of(), HandshakeExplainer.responseProblems(HttpMessage.parse(RFC_RESPONSE), "dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void namesAMissingUpgradeAndAWrongVersion() throws Exception {
        HttpMessage bad = HttpMessage.parse(RFC_REQUEST.replace("Upgrade: websocket\r\n", "").replace("Version: 13", "Version: 8"));
        List<String> problems = HandshakeExplainer.requestProblems(bad);
        assertTrue(problems.contains("no 'Upgrade: websocket' header (4.1 item 5)"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Sec-WebSocket-Version is 8")), problems.toString());
    }

    @Test
    void catchesAWrongAcceptValue() throws Exception {
        HttpMessage wrong = HttpMessage.parse(RFC_RESPONSE.replace("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "AAAA"));
        assertEquals(List.of("Sec-WebSocket-Accept does not match: expected s3pPLMBiTxaQ9kYGzzhZRbK+xOo=, got AAAA"),
                HandshakeExplainer.responseProblems(wrong, "dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void explainsEveryRequiredHeader() throws Exception {
        for (HttpMessage.Header h : HttpMessage.parse(RFC_REQUEST).headers()) {
            HeaderNote note = HandshakeExplainer.explain(h.name(), false);
            assertTrue(note.reference().startsWith("RFC 6455"), h.name());
        }
        assertEquals(HeaderNote.Requirement.REQUIRED, HandshakeExplainer.explain("sec-websocket-accept", true).requirement());
    }

    @Test
    void refusesTextThatIsNotAnHttpHead() {
        org.junit.jupiter.api.Assertions.assertThrows(HandshakeFormatException.class, () -> HttpMessage.parse("GET /\r\nnonsense\r\n\r\n"));
    }
}
