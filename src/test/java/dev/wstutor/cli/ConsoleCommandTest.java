package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConsoleCommandTest {
    @Test
    void aPlainLineIsATextAndADoubleSlashEscapesTheSlash() {
        assertEquals(new ConsoleCommand.Text("hello"), ConsoleCommand.parse("hello"));
        assertEquals(new ConsoleCommand.Text("/not a command"), ConsoleCommand.parse("//not a command"));
        assertInstanceOf(ConsoleCommand.Nothing.class, ConsoleCommand.parse(""));
    }

    @Test
    void readsHexCloseCodesAndFragmentCounts() {
        assertArrayEquals(new byte[] {0, (byte) 0xff}, ((ConsoleCommand.Binary) ConsoleCommand.parse("/binary 00 ff")).data());
        assertEquals(new ConsoleCommand.Close(1000, ""), ConsoleCommand.parse("/close"));
        assertEquals(new ConsoleCommand.Close(4001, "see you"), ConsoleCommand.parse("/close 4001 see you"));
        assertEquals(new ConsoleCommand.Close(1012, "restarting"), ConsoleCommand.parse("/close 1012 restarting"));
        assertEquals(new ConsoleCommand.Fragment(3, "a b c"), ConsoleCommand.parse("/fragment 3 a b c"));
        assertEquals(new ConsoleCommand.Kick(2), ConsoleCommand.parse("/kick 2"));
    }

    @Test
    void saysWhatIsWrongInOneLine() {
        assertEquals("bad hex after /binary: 'g' at position 2 is not a hex digit",
                assertThrows(IllegalArgumentException.class, () -> ConsoleCommand.parse("/binary 0g")).getMessage());
        assertEquals("/raw needs bytes in hex, e.g. /raw 81 05 48 65 6c 6c 6f",
                assertThrows(IllegalArgumentException.class, () -> ConsoleCommand.parse("/raw")).getMessage());
        assertEquals("close code 1006 (abnormal closure) may not be sent; use 1000-1003, 1007-1014 or 3000-4999 (RFC 6455 7.4)",
                assertThrows(IllegalArgumentException.class, () -> ConsoleCommand.parse("/close 1006")).getMessage());
        assertEquals("usage: /fragment N TEXT (0 is out of range 1-1000)",
                assertThrows(IllegalArgumentException.class, () -> ConsoleCommand.parse("/fragment 0 x")).getMessage());
        assertEquals("/ping data is 126 bytes; a control frame carries at most 125 (RFC 6455 5.5)",
                assertThrows(IllegalArgumentException.class, () -> ConsoleCommand.parse("/ping " + "x".repeat(126))).getMessage());
        assertEquals("unknown command /frob; /help lists the commands, //text sends a text starting with /",
                assertThrows(IllegalArgumentException.class, () -> ConsoleCommand.parse("/frob")).getMessage());
    }
}
