package dev.wstutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void acceptsValidTextInEveryLength() {
        assertEquals(-1, Utf8.firstInvalid("aé€😀".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pointsAtTheFirstBadByte() {
        assertEquals(1, Utf8.firstInvalid(Hex.parse("41 ff")));
        assertEquals(1, Utf8.firstInvalid(Hex.parse("41 c0 80")), "overlong encoding");
        assertEquals(2, Utf8.firstInvalid(Hex.parse("41 ed a0 80")), "UTF-16 surrogate");
        assertEquals(2, Utf8.firstInvalid(Hex.parse("41 c3")), "cut short");
        assertEquals(1, Utf8.firstInvalid(Hex.parse("f4 90 80 80")), "above U+10FFFF");
    }

    @Test
    void checksMaskedPayloadInPlaceFromAnyPointOfTheMask() {
        // a masked frame: 2 header bytes, the key, then "é" + 0xF4 0x90 (above U+10FFFF) masked with it
        byte[] key = Hex.parse("37 fa 21 3d");
        byte[] plain = Hex.parse("c3 a9 f4 90");
        byte[] frame = new byte[2 + 4 + plain.length];
        System.arraycopy(key, 0, frame, 2, 4);
        for (int i = 0; i < plain.length; i++) {
            frame[6 + i] = (byte) (plain[i] ^ key[i & 3]);
        }
        Utf8 whole = new Utf8();
        assertEquals(9, whole.feedMasked(frame, 6, 10, 2, 0), "the byte after F4 that leaves Unicode's range");
        Utf8 inPieces = new Utf8();
        assertEquals(-1, inPieces.feedMasked(frame, 6, 7, 2, 0));
        assertEquals(-1, inPieces.feedMasked(frame, 7, 9, 2, 1), "the piece starts at the mask's second byte");
        assertEquals(9, inPieces.feedMasked(frame, 9, 10, 2, 3));
    }
}
