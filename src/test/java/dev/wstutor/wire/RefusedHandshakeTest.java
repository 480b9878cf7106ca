package dev.wstutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RefusedHandshakeTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void keepsTheBodyContentLengthAnnouncesAndNothingAfterIt() throws Exception {
        RefusedHandshake r = RefusedHandshake.of(bytes("HTTP/1.1 401 Unauthorized\r\nContent-Length: 5\r\n"
                + "WWW-Authenticate: Bearer\r\n\r\ntokenGARBAGE"));
        assertEquals(401, r.status());
        assertEquals("token", new String(r.body(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void isRelayedWithItsOwnHeadersButSaysTheConnectionCloses() throws Exception {
        RefusedHandshake r = RefusedHandshake.of(bytes("HTTP/1.1 403 Forbidden\r\nConnection: keep-alive\r\n"
                + "Keep-Alive: timeout=5\r\nX-Reason: nope\r\nContent-Length: 2\r\n\r\nno"));
        String relayed = new String(r.relayed(), StandardCharsets.ISO_8859_1);
        assertEquals("HTTP/1.1 403 Forbidden\r\nX-Reason: nope\r\nContent-Length: 2\r\nConnection: close\r\n\r\nno", relayed);
        assertFalse(relayed.contains("keep-alive"));
    }

    @Test
    void withoutContentLengthKeepsWhatArrivedUpToTheCap() throws Exception {
        String big = "x".repeat(RefusedHandshake.MAX_BODY + 10);
        RefusedHandshake r = RefusedHandshake.of(bytes("HTTP/1.1 404 Not Found\r\n\r\n" + big));
        assertEquals(RefusedHandshake.MAX_BODY, r.body().length);
    }

    @Test
    void aHeadWithoutItsEmptyLineIsNotARefusalToPassOn() {
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(HandshakeFormatException.class,
                () -> RefusedHandshake.of(bytes("HTTP/1.1 401 Unauthorized\r\nContent-Le"))).getMessage().contains("no end"));
    }
}
