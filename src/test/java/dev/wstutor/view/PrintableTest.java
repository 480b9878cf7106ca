package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.HttpMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintableTest {
    private static final String ESC_BEL = "\u001b]0;pwned\u0007\u001b[2J";

    private static boolean raw(String s) {
        return s.chars().anyMatch(c -> c == 0x1b || c == 0x07);
    }

    @Test
    void escapesTerminalControlsButLeavesPrintableTextAlone() {
        assertEquals("a\\u001b[2Jb\\u0007", Printable.of("a\u001b[2Jb\u0007"));
        assertEquals("héllo ✓", Printable.of("héllo ✓"));
        assertEquals("x\\u202ey", Printable.of("x\u202ey"), "a bidi override would reorder what the reader sees");
    }

    @Test
    void aFinishedLineKeepsOnlyOurOwnStyling() {
        String ours = Style.ANSI.red("closed") + " evil\u001b]0;title\u0007";
        String shown = Printable.line(ours);
        assertTrue(shown.startsWith("\u001b[31mclosed\u001b[0m"), shown);
        assertTrue(shown.endsWith("evil\\u001b]0;title\\u0007"), shown);
    }

    @Test
    void headerValuesRequestLinesAndCloseReasonsFromAPeerReachNoTerminalRaw() throws Exception {
        HttpMessage head = HttpMessage.parse("GET /" + ESC_BEL + " HTTP/1.1\r\nHost: x\r\nX-Evil: " + ESC_BEL + "\r\n\r\n");
        WireEvent.HandshakeSeen h = new WireEvent.HandshakeSeen(1, Endpoint.SERVER, Duration.ZERO, Direction.IN, head,
                "GET /" + ESC_BEL + " HTTP/1.1\r\nHost: x\r\nX-Evil: " + ESC_BEL + "\r\n\r\n");
        for (Detail d : Detail.values()) {
            EventText text = new EventText(Style.ANSI, d);
            List<String> lines = new java.util.ArrayList<>(text.lines(h));
            lines.addAll(text.lines(new WireEvent.Closed(1, Endpoint.SERVER, Duration.ZERO, 1000, ESC_BEL, true)));
            lines.addAll(text.lines(new WireEvent.Failed(1, Endpoint.SERVER, Duration.ZERO, "bad " + ESC_BEL)));
            for (String l : lines) {
                assertFalse(raw(l.replaceAll("\u001b\\[[0-9;]*m", "")), d + ": " + l);
            }
        }
    }
}
