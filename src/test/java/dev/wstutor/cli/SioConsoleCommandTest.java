package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.net.sio.SocketIoServer.Audience;
import org.junit.jupiter.api.Test;

class SioConsoleCommandTest {

    @Test
    void emitTakesAnEventAndJsonArgumentsForEveryone() {
        var e = assertInstanceOf(SioConsoleCommand.Emit.class, SioConsoleCommand.parse("/emit news {\"title\": \"hi there\"} 42 [1, 2]"));
        assertEquals(new Audience.Everyone(), e.audience());
        assertEquals("news", e.event());
        assertEquals("[{\"title\":\"hi there\"}, 42, [1,2]]", e.args().toString());
    }

    @Test
    void anEventNameWithSpacesIsAJsonString() {
        var e = assertInstanceOf(SioConsoleCommand.Emit.class, SioConsoleCommand.parse("/emit \"chat message\" \"hi\""));
        assertEquals("chat message", e.event());
        assertEquals("[\"hi\"]", e.args().toString());
    }

    @Test
    void emitGoesToOneSocketOrARoom() {
        var one = assertInstanceOf(SioConsoleCommand.Emit.class, SioConsoleCommand.parse("/emit --to abc ping"));
        assertEquals(new Audience.Socket("abc"), one.audience());
        assertTrue(one.args().isEmpty());
        var room = assertInstanceOf(SioConsoleCommand.Emit.class, SioConsoleCommand.parse("/emit --room lobby news 1"));
        assertEquals(new Audience.Room("lobby"), room.audience());
    }

    @Test
    void mistakesSayWhatIsWrongInOneLine() {
        var notJson = assertThrows(IllegalArgumentException.class, () -> SioConsoleCommand.parse("/emit news hello"));
        assertTrue(notJson.getMessage().startsWith("not JSON: hello; each argument is one JSON value, so quote strings"), notJson.getMessage());
        assertTrue(!notJson.getMessage().contains("\n"));
        assertThrows(IllegalArgumentException.class, () -> SioConsoleCommand.parse("/emit"));
        var reserved = assertThrows(IllegalArgumentException.class, () -> SioConsoleCommand.parse("/emit disconnect"));
        assertTrue(reserved.getMessage().contains("reserved by socket.io"), reserved.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SioConsoleCommand.parse("/emit --to abc"));
        assertThrows(IllegalArgumentException.class, () -> SioConsoleCommand.parse("/kick 1"));
        assertThrows(IllegalArgumentException.class, () -> SioConsoleCommand.parse("hello"));
    }

    @Test
    void theOtherCommands() {
        assertInstanceOf(SioConsoleCommand.Clients.class, SioConsoleCommand.parse("/clients"));
        assertInstanceOf(SioConsoleCommand.Help.class, SioConsoleCommand.parse("/help"));
        assertInstanceOf(SioConsoleCommand.Quit.class, SioConsoleCommand.parse("/quit"));
        assertInstanceOf(SioConsoleCommand.Nothing.class, SioConsoleCommand.parse("  "));
    }
}
