package dev.wstutor.lesson.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.Opcode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameDrillTest {
    private static final List<String> WORDS = List.of("hello", "frame", "tick");
    private static final List<String> REASONS = List.of("bye", "server restart");

    private static FrameDrill drill(long seed) {
        return new FrameDrill(new Random(seed), WORDS, REASONS);
    }

    private static String answer(FrameDrill.Exercise e, String field) {
        return e.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow().value();
    }

    private static Frame decode(byte[] bytes) throws Exception {
        return new FrameDecoder().decode(bytes, 0).frame();
    }

    @Test
    void theFragmentedMessageIsATextFrameWithoutFinThenAFinalContinuation() throws Exception {
        FrameDrill.Exercise e = drill(1).make(FrameDrill.Kind.FRAGMENTED);
        Frame first = decode(e.frames().get(0));
        Frame last = decode(e.frames().get(1));
        assertFalse(first.fin());
        assertTrue(first.is(Opcode.TEXT));
        assertTrue(last.fin());
        assertTrue(last.is(Opcode.CONTINUATION));
        assertEquals(first.text() + last.text(), answer(e, "the whole message"));
        assertEquals("0", answer(e, "FIN of frame 1"));
        assertEquals("0", answer(e, "opcode of frame 2"));
    }

    @Test
    void theLongBinaryFrameUsesTheSixteenBitLengthAndTheKeyReadsIt() throws Exception {
        for (long seed = 0; seed < 20; seed++) {
            FrameDrill.Exercise e = drill(seed).make(FrameDrill.Kind.LENGTH_16);
            byte[] raw = e.frames().get(0);
            Frame f = decode(raw);
            assertEquals(16, f.lengthBits());
            assertEquals(126, raw[1] & 0x7F);
            assertEquals(String.valueOf(f.payloadLength()), answer(e, "the payload length, in bytes (decimal)"));
            assertEquals(((raw[2] & 0xFF) << 8) | (raw[3] & 0xFF), f.payloadLength());
        }
    }

    @Test
    void theCloseFrameCarriesACodeAllowedOnTheWireAndAReason() throws Exception {
        for (long seed = 0; seed < 20; seed++) {
            FrameDrill.Exercise e = drill(seed).make(FrameDrill.Kind.CLOSE);
            Frame f = decode(e.frames().get(0));
            assertTrue(f.is(Opcode.CLOSE));
            int code = f.closeBody().orElseThrow().code();
            assertTrue(dev.wstutor.wire.CloseCode.allowedOnWire(code), "code " + code);
            assertEquals(String.valueOf(code), answer(e, "the status code (decimal)"));
            assertEquals(f.closeBody().get().reason(), answer(e, "the reason"));
        }
    }

    @Test
    void theMaskedFrameUnmasksToTheAnswerWithTheKeyInBytesTwoToFive() throws Exception {
        FrameDrill.Exercise e = drill(7).make(FrameDrill.Kind.MASKED);
        byte[] raw = e.frames().get(0);
        Frame f = decode(raw);
        assertTrue(f.masked());
        assertEquals(Hex.compact(java.util.Arrays.copyOfRange(raw, 2, 6)), answer(e, "the masking key"));
        assertEquals(f.text(), answer(e, "the payload, unmasked, as text"));
        assertNotEquals(f.text(), new String(f.wirePayload(), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void framesAreFreshFromOneRunToTheNext() {
        List<String> runs = new ArrayList<>();
        for (long seed = 0; seed < 5; seed++) {
            runs.add(Hex.compact(drill(seed).make(FrameDrill.Kind.MASKED).frames().get(0)));
        }
        assertEquals(5, runs.stream().distinct().count());
    }

    @Test
    void answersAreAcceptedInTheUsualSpellings() {
        FrameDrill.Field fin = FrameDrill.Field.bit("FIN", true);
        assertTrue(fin.accepts("1"));
        assertTrue(fin.accepts(" yes "));
        assertFalse(fin.accepts("0"));
        FrameDrill.Field pong = FrameDrill.Field.opcode("opcode", Opcode.PONG);
        assertTrue(pong.accepts("0xA"));
        assertTrue(pong.accepts("a"));
        assertTrue(pong.accepts("10"));
        assertTrue(pong.accepts("pong"));
        assertFalse(pong.accepts("ping"));
        FrameDrill.Field length = FrameDrill.Field.number("length", 1599);
        assertTrue(length.accepts("1,599 bytes"));
        assertTrue(length.accepts("0x63f"));
        assertFalse(length.accepts("1598"));
        FrameDrill.Field key = FrameDrill.Field.hex("key", new byte[] {0x37, (byte) 0xfa, 0x21, 0x3d});
        assertTrue(key.accepts("37 FA 21 3D"));
        assertTrue(key.accepts("0x37fa213d"));
        assertFalse(key.accepts("37fa213e"));
        FrameDrill.Field text = FrameDrill.Field.text("payload", "tick");
        assertTrue(text.accepts("\"tick\""));
        assertFalse(text.accepts("tock"));
    }

    @Test
    void anUnknownExerciseIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameDrill.Kind.of("huge"));
        assertTrue(e.getMessage().contains("fragmented, length-16, close, masked"));
    }
}
