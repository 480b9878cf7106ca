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
}
