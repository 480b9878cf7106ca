package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineWrapTest {
    @Test
    void aLineThatFitsIsLeftAlone() {
        assertEquals(List.of("  FIN       1  final frame"), LineWrap.wrap("  FIN       1  final frame", 80));
    }

    @Test
    void aLongLineFoldsAtSpacesNeverMidWord() {
        String line = "(the client's tap shows no incoming Close: Java-WebSocket, having started the close, does not "
                + "decode the server's reply; it is on the wire, as the server's tap shows)";
        List<String> lines = LineWrap.wrap(line, 40);
        assertTrue(lines.size() > 1);
        for (String l : lines) {
            assertTrue(l.length() <= 40, l);
        }
        assertEquals(line, String.join(" ", lines.stream().map(String::strip).toList()));
    }

    @Test
    void aFrameFieldFoldsUnderItsValueColumn() {
        String line = "  payload   63 68 4c b8 56 28 a6 31 26 16 35 75 16 12 e7 e9 11 1f 1d e1 … (1599 bytes)";
        List<String> lines = LineWrap.wrap(line, 50);
        assertTrue(lines.get(0).startsWith("  payload   63"));
        assertTrue(lines.get(1).startsWith("            ") && !lines.get(1).startsWith("             "), lines.get(1));
    }

    @Test
    void colourCodesTakeNoRoom() {
        String red = "\u001b[31m";
        String reset = "\u001b[0m";
        String line = red + "word ".repeat(9).strip() + reset;
        assertEquals(List.of(line), LineWrap.wrap(line, 44));
        List<String> folded = LineWrap.wrap(line, 22);
        assertTrue(folded.size() > 1);
        for (String l : folded) {
            assertTrue(LineWrap.visible(l) <= 22, l);
        }
    }

    @Test
    void aWordLongerThanTheLineIsCutWhereTheRoomEnds() {
        List<String> lines = LineWrap.wrap("x " + "*".repeat(70), 30);
        for (String l : lines) {
            assertTrue(l.length() <= 30, l);
        }
        assertEquals(70, String.join("", lines).chars().filter(c -> c == '*').count());
    }
}
