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

    @Test
    void saysVersion8WasADraftVersionAndThatARefusalMustNameTheVersionsSpoken() throws Exception {
        HttpMessage v8 = HttpMessage.parse(RFC_REQUEST.replace("Version: 13", "Version: 8"));
        assertEquals(List.of("Sec-WebSocket-Version is 8, but RFC 6455 requires 13 (4.1 item 9; 8 is registered in 11.6 for draft 08,"
                + " before the RFC); a server refuses it with an error status such as 426 and a Sec-WebSocket-Version header"
                + " naming the versions it speaks (4.2.2 item 4, 4.4)"), HandshakeExplainer.requestProblems(v8));
        assertEquals("10 is reserved in the registry of 11.6", HandshakeExplainer.versionNote("10"));
        assertEquals("14 is not in the registry of 11.6", HandshakeExplainer.versionNote("14"));
    }

    @Test
    void aStatusOtherThan101IsOrdinaryHttpNotAFailedConnection() throws Exception {
        HeaderNote note = HandshakeExplainer.explainStartLine(HttpMessage.parse("HTTP/1.1 401 Unauthorized\r\n\r\n"));
        assertTrue(note.meaning().contains("handles it as ordinary HTTP"), note.meaning());
        assertTrue(note.meaning().contains("failing the connection is for a 101 whose headers are wrong"), note.meaning());
        assertEquals("RFC 6455 4.1, the client's checks, item 1", note.reference());
    }

    @Test
    void inARefusalConnectionAndUpgradeAreOrdinaryHttpNotTheSwitchOfA101() throws Exception {
        HttpMessage refusal = HttpMessage.parse("HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\n"
                + "Upgrade: websocket\r\nConnection: close\r\n\r\n");
        HeaderNote connection = HandshakeExplainer.explain("Connection", refusal);
        assertEquals(HeaderNote.Requirement.HTTP, connection.requirement());
        assertTrue(connection.meaning().contains("closes the TCP connection"), connection.meaning());
        assertTrue(HandshakeExplainer.explain("Upgrade", refusal).meaning().contains("426"));
        HttpMessage accepted = HttpMessage.parse(RFC_RESPONSE);
        assertEquals(HeaderNote.Requirement.REQUIRED, HandshakeExplainer.explain("Connection", accepted).requirement());
    }

    @Test
    void aVersionRefusalWithoutSecWebSocketVersionIsTheRealViolationWhateverItsStatus() throws Exception {
        HttpMessage v8 = HttpMessage.parse(RFC_REQUEST.replace("Version: 13", "Version: 8"));
        HttpMessage javaWebSocket404 = HttpMessage.parse("HTTP/1.1 404 WebSocket Upgrade Failure\r\nContent-Type: text/html\r\n\r\n");
        assertEquals(List.of("the refusal has no Sec-WebSocket-Version header: a server that does not speak the client's version"
                + " MUST name the versions it does speak (4.2.2 item 4, 4.4)"), HandshakeExplainer.refusalProblems(v8, javaWebSocket404));
        HttpMessage npmWs400 = HttpMessage.parse("HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\n\r\n");
        assertEquals(List.of(), HandshakeExplainer.refusalProblems(v8, npmWs400));
        HttpMessage noUpgrade = HttpMessage.parse(RFC_REQUEST.replace("Upgrade: websocket\r\n", ""));
        assertEquals(List.of(), HandshakeExplainer.refusalProblems(noUpgrade, javaWebSocket404));
    }
}
