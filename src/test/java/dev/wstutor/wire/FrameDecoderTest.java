package dev.wstutor.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of RFC 6455 section 5.7, and one test per rule the decoder enforces. */
class FrameDecoderTest {
    private final FrameDecoder decoder = new FrameDecoder();

    private Frame one(String hex) throws ProtocolViolation {
        List<Frame> frames = decoder.decodeAll(Hex.parse(hex));
        assertEquals(1, frames.size());
        return frames.get(0);
    }

    @Test
    void decodesTheUnmaskedHelloExampleFromRfc6455() throws Exception {
        Frame f = one("81 05 48 65 6c 6c 6f");
        assertTrue(f.fin());
        assertEquals(Opcode.TEXT.code(), f.opcode());
        assertFalse(f.masked());
        assertEquals(5, f.payloadLength());
        assertEquals("Hello", f.text());
    }

    @Test
    void decodesTheMaskedHelloExampleFromRfc6455() throws Exception {
        Frame f = one("81 85 37 fa 21 3d 7f 9f 4d 51 58");
        assertTrue(f.masked());
        assertEquals("37fa213d", Hex.compact(f.maskingKey()));
        assertEquals("Hello", f.text());
        assertEquals("7f 9f 4d 51 58", Hex.format(f.wirePayload()));
        assertEquals(6, f.headerLength());
    }

    @Test
    void decodesTheFragmentedHelloExampleAndAssemblesIt() throws Exception {
        List<Frame> frames = decoder.decodeAll(Hex.parse("01 03 48 65 6c 80 02 6c 6f"));
        assertEquals(2, frames.size());
        assertFalse(frames.get(0).fin());
        assertTrue(frames.get(1).fin());
        assertEquals(Opcode.CONTINUATION.code(), frames.get(1).opcode());
        MessageAssembler assembler = new MessageAssembler(1 << 20);
        assertTrue(assembler.accept(frames.get(0), 0).isEmpty());
        MessageAssembler.Message m = assembler.accept(frames.get(1), 5).orElseThrow();
        assertEquals("Hello", new String(m.data(), StandardCharsets.UTF_8));
        assertEquals(2, m.frames());
    }

    @Test
    void decodesThePingAndMaskedPongExamples() throws Exception {
        Frame ping = one("89 05 48 65 6c 6c 6f");
        assertTrue(ping.is(Opcode.PING));
        assertEquals("Hello", ping.text());
        Frame pong = one("8a 85 37 fa 21 3d 7f 9f 4d 51 58");
        assertTrue(pong.is(Opcode.PONG));
        assertEquals("Hello", pong.text());
    }

    @Test
    void decodesThe256ByteAnd64KiBBinaryExamples() throws Exception {
        byte[] f256 = new byte[4 + 256];
        System.arraycopy(Hex.parse("82 7e 01 00"), 0, f256, 0, 4);
        Frame a = decoder.decodeAll(f256).get(0);
        assertEquals(256, a.payloadLength());
        assertEquals(16, a.lengthBits());
        byte[] f64k = new byte[10 + 65536];
        System.arraycopy(Hex.parse("82 7f 00 00 00 00 00 01 00 00"), 0, f64k, 0, 10);
        Frame b = decoder.decodeAll(f64k).get(0);
        assertEquals(65536, b.payloadLength());
        assertEquals(64, b.lengthBits());
    }

    @Test
    void decodesACloseFrameWithCodeAndReason() throws Exception {
        Frame f = one("88 0a 03 e8 67 6f 6f 64 20 62 79 65");
        assertEquals(new CloseBody(1000, "good bye"), f.closeBody().orElseThrow());
        assertEquals("1000 normal closure \"good bye\"", f.closeBody().orElseThrow().describe());
    }

    private ProtocolViolation violation(String hex) {
        return assertThrows(ProtocolViolation.class, () -> decoder.decodeAll(Hex.parse(hex)));
    }

    @Test
    void namesATruncatedPayloadWithItsOffset() {
        ProtocolViolation v = violation("81 85 37 fa 21 3d 7f 9f");
        assertTrue(v.getMessage().contains("announces 5 payload bytes, only 2 present"), v.getMessage());
        assertEquals(8, v.offset());
    }

    @Test
    void namesATruncatedHeader() {
        ProtocolViolation v = violation("81");
        assertTrue(v.getMessage().startsWith("frame truncated: frame header needs 2 bytes, only 1 present"), v.getMessage());
    }

    @Test
    void refusesAControlFrameLongerThan125Bytes() {
        byte[] f = new byte[4 + 126];
        System.arraycopy(Hex.parse("89 7e 00 7e"), 0, f, 0, 4);
        ProtocolViolation v = assertThrows(ProtocolViolation.class, () -> decoder.decodeAll(f));
        assertEquals("control frame longer than 125 bytes (126) (RFC 6455 5.5) at byte 1", v.getMessage());
    }

    @Test
    void refusesAFragmentedControlFrame() {
        assertEquals("5.5", violation("09 00").section());
    }

    @Test
    void refusesReservedOpcodesAndRsvBitsWithoutExtensions() {
        assertTrue(violation("83 00").getMessage().contains("opcode 0x3 reserved (non-control) is reserved"));
        assertTrue(violation("8b 00").getMessage().contains("0xB reserved (control)"));
        assertTrue(violation("c1 00").getMessage().startsWith("RSV1 is set"));
    }

    @Test
    void refusesLengthsNotInTheShortestForm() {
        assertTrue(violation("82 7e 00 05 01 02 03 04 05").getMessage().contains("shortest form"));
        assertTrue(violation("82 7f 00 00 00 00 00 00 00 05 01 02 03 04 05").getMessage().contains("shortest form"));
        assertTrue(violation("82 7f 80 00 00 00 00 00 00 00").getMessage().contains("most significant bit"));
    }

    @Test
    void refusesInvalidUtf8InTextWith1007() {
        ProtocolViolation v = violation("81 03 41 c3 28");
        assertEquals(1007, v.closeCode());
        assertEquals(4, v.offset());
    }

    @Test
    void acceptsAFirstFragmentThatEndsInsideACharacter() throws Exception {
        Frame f = one("01 02 41 c3");
        assertFalse(f.fin());
    }

    @Test
    void refusesBadCloseBodies() {
        assertTrue(violation("88 01 03").getMessage().contains("close body of 1 byte"));
        assertTrue(violation("88 02 03 ed").getMessage().contains("close code 1005"));
        assertEquals(1007, violation("88 03 03 e8 ff").closeCode());
    }

    @Test
    void acceptsTheCloseCodesIanaRegisteredAfterTheRfc() throws Exception {
        assertEquals("1012 service restart", one("88 02 03 f4").closeBody().orElseThrow().describe());
        assertEquals("1013 try again later", one("88 02 03 f5").closeBody().orElseThrow().describe());
        assertEquals("1014 bad gateway", one("88 02 03 f6").closeBody().orElseThrow().describe());
        assertEquals(3000, one("88 02 0b b8").closeBody().orElseThrow().code());
    }

    @Test
    void refusesReservedAndUnassignedCloseCodesNamingTheirSection() {
        assertEquals("close code 1004 (reserved) may not be sent in a close frame (RFC 6455 7.4.1) at byte 2",
                violation("88 02 03 ec").getMessage());
        assertEquals("close code 1015 (TLS handshake failure) may not be sent in a close frame (RFC 6455 7.4.1) at byte 2",
                violation("88 02 03 f7").getMessage());
        assertEquals("close code 1016 (unassigned) may not be sent in a close frame (RFC 6455 7.4.2) at byte 2",
                violation("88 02 03 f8").getMessage());
        assertEquals("close code 999 (unused) may not be sent in a close frame (RFC 6455 7.4.2) at byte 2",
                violation("88 02 03 e7").getMessage());
        assertEquals("close code 5000 (out of range) may not be sent in a close frame (RFC 6455 7.4.2) at byte 2",
                violation("88 02 13 88").getMessage());
    }

    @Test
    void enforcesTheMaskingRuleOfEachDirection() {
        FrameDecoder server = new FrameDecoder(FrameDecoder.Options.fromClient(1 << 20));
        ProtocolViolation v = assertThrows(ProtocolViolation.class, () -> server.decodeAll(Hex.parse("81 05 48 65 6c 6c 6f")));
        assertEquals("a client-to-server frame must be masked (RFC 6455 5.1) at byte 1", v.getMessage());
        FrameDecoder client = new FrameDecoder(FrameDecoder.Options.fromServer(1 << 20));
        assertThrows(ProtocolViolation.class, () -> client.decodeAll(Hex.parse("81 85 37 fa 21 3d 7f 9f 4d 51 58")));
    }

    @Test
    void refusesAFrameOverTheSizeLimitWith1009() {
        FrameDecoder small = new FrameDecoder(new FrameDecoder.Options(FrameDecoder.MaskRule.ANY, false, 4));
        ProtocolViolation v = assertThrows(ProtocolViolation.class, () -> small.decodeAll(Hex.parse("81 05 48 65 6c 6c 6f")));
        assertEquals(1009, v.closeCode());
    }

    @Test
    void placesViolationsOfALaterFrameAtTheirOffsetInTheStream() {
        ProtocolViolation v = violation("81 05 48 65 6c 6c 6f 89 7e");
        assertEquals(9, v.offset());
    }

    @Test
    void keepsTheRawBytesOfEachFrame() throws Exception {
        byte[] raw = Hex.parse("81 85 37 fa 21 3d 7f 9f 4d 51 58");
        assertArrayEquals(raw, one("81 85 37 fa 21 3d 7f 9f 4d 51 58").raw());
    }
}
