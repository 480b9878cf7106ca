package dev.wstutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AcceptKeyTest {
    @Test
    void derivesTheAcceptValueOfRfc6455Section1Point3StepByStep() {
        AcceptKey.Derivation d = AcceptKey.derive("dGhlIHNhbXBsZSBub25jZQ==");
        assertEquals("dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11", d.keyWithGuid());
        assertEquals("b37a4f2cc0624f1690f64606cf385945b2bec4ea", d.sha1Hex());
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", d.accept());
    }

    @Test
    void saysWhyAKeyIsMalformed() {
        assertNull(AcceptKey.keyProblem("dGhlIHNhbXBsZSBub25jZQ=="));
        assertEquals("is not base64", AcceptKey.keyProblem("not base64!"));
        assertEquals("decodes to 3 bytes, not 16", AcceptKey.keyProblem("YWJj"));
    }
}
