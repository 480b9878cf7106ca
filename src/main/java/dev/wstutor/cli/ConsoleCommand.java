package dev.wstutor.cli;

import dev.wstutor.net.Sender;
import dev.wstutor.wire.CloseCode;
import java.io.IOException;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.WebSocketProtocol;
import java.nio.charset.StandardCharsets;

/**
 * A line typed at the {@code connect} or {@code serve} prompt. Plain text is a message; a leading '/' starts a
 * command; '//' sends a text that itself starts with '/'. {@link #parse} says in one line what is wrong with a
 * malformed command, so the session goes on.
 */
sealed interface ConsoleCommand {

    /** Puts a command that is a frame on the wire through {@code to}; false for the others (help, quit, ...). */
    static boolean send(ConsoleCommand command, Sender to) throws IOException {
        if (command instanceof Text t) {
            to.send(t.text());
        } else if (command instanceof Binary b) {
            to.send(b.data());
        } else if (command instanceof Ping p) {
            to.ping(p.data());
        } else if (command instanceof Pong p) {
            to.pong(p.data());
        } else if (command instanceof Close c) {
            to.close(c.code(), c.reason());
        } else if (command instanceof Raw r) {
            to.sendRaw(r.bytes());
        } else {
            return false;
        }
        return true;
    }

    record Text(String text) implements ConsoleCommand {
    }

    record Ping(byte[] data) implements ConsoleCommand {
    }

    record Pong(byte[] data) implements ConsoleCommand {
    }

    record Close(int code, String reason) implements ConsoleCommand {
    }

    record Binary(byte[] data) implements ConsoleCommand {
    }

    record Fragment(int frames, String text) implements ConsoleCommand {
    }

    record Raw(byte[] bytes) implements ConsoleCommand {
    }

    record Clients() implements ConsoleCommand {
    }

    record Kick(int client) implements ConsoleCommand {
    }

    record Help() implements ConsoleCommand {
    }

    record Quit() implements ConsoleCommand {
    }

    /** An empty line: nothing to do. */
    record Nothing() implements ConsoleCommand {
    }

    static ConsoleCommand parse(String line) {
        if (line.isEmpty()) {
            return new Nothing();
        }
        if (line.startsWith("//")) {
            return new Text(line.substring(1));
        }
        if (!line.startsWith("/")) {
            return new Text(line);
        }
        String[] parts = line.substring(1).split(" ", 2);
        String name = parts[0];
        String rest = parts.length > 1 ? parts[1] : "";
        switch (name) {
            case "ping":
                return new Ping(control("/ping", rest));
            case "pong":
                return new Pong(control("/pong", rest));
            case "close":
                return close(rest.trim());
            case "binary":
                return new Binary(hex("/binary", rest));
            case "raw":
                return new Raw(hex("/raw", rest));
            case "fragment":
                return fragment(rest);
            case "clients":
                return new Clients();
            case "kick":
                return new Kick(number("/kick N", rest.trim(), 1, Integer.MAX_VALUE));
            case "help":
            case "?":
                return new Help();
            case "quit":
            case "exit":
                return new Quit();
            default:
                throw new IllegalArgumentException("unknown command /" + name + "; /help lists the commands, //text sends a text starting with /");
        }
    }

    private static byte[] control(String command, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        if (data.length > WebSocketProtocol.MAX_CONTROL_PAYLOAD) {
            throw new IllegalArgumentException(command + " data is " + data.length + " bytes; a control frame carries at most "
                    + WebSocketProtocol.MAX_CONTROL_PAYLOAD + " (RFC 6455 5.5)");
        }
        return data;
    }

    private static byte[] hex(String command, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(command + " needs bytes in hex, e.g. " + command + " 81 05 48 65 6c 6c 6f");
        }
        try {
            return Hex.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad hex after " + command + ": " + e.getMessage());
        }
    }

    private static Close close(String rest) {
        if (rest.isEmpty()) {
            return new Close(CloseCode.NORMAL.code(), "");
        }
        String[] p = rest.split(" ", 2);
        int code = number("/close [code [reason]]", p[0], 0, 65535);
        if (!CloseCode.allowedOnWire(code)) {
            throw new IllegalArgumentException("close code " + code + " (" + CloseCode.nameOf(code)
                    + ") may not be sent; use 1000-1003, 1007-1014 or 3000-4999 (RFC 6455 7.4)");
        }
        String reason = p.length > 1 ? p[1] : "";
        if (reason.getBytes(StandardCharsets.UTF_8).length > WebSocketProtocol.MAX_CLOSE_REASON) {
            throw new IllegalArgumentException("a close reason takes at most " + WebSocketProtocol.MAX_CLOSE_REASON + " bytes ("
                    + WebSocketProtocol.MAX_CONTROL_PAYLOAD + " minus the 2-byte code)");
        }
        return new Close(code, reason);
    }

    private static Fragment fragment(String rest) {
        String[] p = rest.trim().split(" ", 2);
        if (p.length < 2 || p[1].isEmpty()) {
            throw new IllegalArgumentException("usage: /fragment N TEXT, e.g. /fragment 3 hello there");
        }
        return new Fragment(number("/fragment N TEXT", p[0], 1, 1000), p[1]);
    }

    private static int number(String usage, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max) {
                throw new IllegalArgumentException("usage: " + usage + " (" + text + " is out of range " + min + "-" + max + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("usage: " + usage + " ('" + text + "' is not a number)");
        }
    }
}
