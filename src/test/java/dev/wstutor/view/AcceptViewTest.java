package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.wire.AcceptKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key and accept value of RFC 6455 section 1.3, derived one step per line. */
class AcceptViewTest {
    static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";
    static final String ACCEPT = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

    @Test
    void derivesTheRfcAcceptValueStepByStep() {
        List<String> lines = new AcceptView(Style.PLAIN).render(AcceptKey.derive(KEY));
        assertEquals(List.of(
                "Sec-WebSocket-Accept, step by step (RFC 6455 4.2.2 item 5.4)",
                "1. the key the client sent in Sec-WebSocket-Key",
                "   dGhlIHNhbXBsZSBub25jZQ==",
                "   (base64 of 16 bytes: 74 68 65 20 73 61 6d 70 6c 65 20 6e 6f 6e 63 65, the ASCII text \"the sample nonce\";"
                        + " a real client picks 16 random bytes, RFC 6455 4.1 item 7)",
                "2. append the GUID 258EAFA5-E914-47DA-95CA-C5AB0DC85B11 (RFC 6455 1.3)",
                "   dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                "3. SHA-1 of those 60 ASCII bytes: 20 bytes, shown as 40 hex digits",
                "   b37a4f2cc0624f1690f64606cf385945b2bec4ea",
                "4. base64 of the 20 SHA-1 bytes (not of the hex text) = Sec-WebSocket-Accept",
                "   s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), lines);
    }

    @Test
    void aKeyOfRandomBytesIsShownAsBytesOnly() {
        List<String> lines = new AcceptView(Style.PLAIN).render(AcceptKey.derive("AQIDBAUGBwgJCgsMDQ4PEA=="));
        assertEquals("   (base64 of 16 bytes: 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10)", lines.get(3));
    }

    @Test
    void saysWhetherACapturedAcceptValueMatches() {
        AcceptView view = new AcceptView(Style.PLAIN);
        List<String> good = view.render(AcceptKey.derive(KEY), ACCEPT);
        assertEquals("✓ matches the captured Sec-WebSocket-Accept " + ACCEPT, good.get(good.size() - 1));
        List<String> bad = view.render(AcceptKey.derive(KEY), "AAAA");
        assertTrue(bad.get(bad.size() - 1).startsWith("✗ does NOT match the captured Sec-WebSocket-Accept AAAA"), bad.toString());
    }

    @Test
    void derivesAKeyThatIsNotBase64WithoutTheByteNote() {
        List<String> lines = new AcceptView(Style.PLAIN).render(AcceptKey.derive("not a key"));
        assertEquals("   not a key258EAFA5-E914-47DA-95CA-C5AB0DC85B11", lines.get(4));
    }
}
