package dev.wstutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wstutor.net.sio.SocketIoServer.Audience;
import java.util.List;

/**
 * A line typed at the {@code serve --socketio} prompt: {@code /emit [--to SID | --room ROOM] EVENT [JSON]...},
 * {@code /clients}, {@code /help}, {@code /quit}. The event name is a word, or a JSON string when it has spaces
 * ({@code /emit "chat message" "hi"}); each argument is one JSON value. {@link #parse} says in one line what is
 * wrong, so the session goes on.
 */
sealed interface SioConsoleCommand {
    record Emit(Audience audience, String event, List<JsonNode> args) implements SioConsoleCommand {
    }

    record Clients() implements SioConsoleCommand {
    }

    record Help() implements SioConsoleCommand {
    }

    record Quit() implements SioConsoleCommand {
    }

    record Nothing() implements SioConsoleCommand {
    }

    static SioConsoleCommand parse(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty()) {
            return new Nothing();
        }
        if (!trimmed.startsWith("/")) {
            throw new IllegalArgumentException("type /emit EVENT [JSON]... to send an event; /help lists the commands");
        }
        String[] parts = trimmed.substring(1).split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1].trim() : "";
        return switch (parts[0]) {
            case "emit" -> emit(rest);
            case "clients" -> new Clients();
            case "help", "?" -> new Help();
            case "quit", "exit" -> new Quit();
            default -> throw new IllegalArgumentException("unknown command /" + parts[0] + "; /help lists the commands");
        };
    }

    private static Emit emit(String rest) {
        Audience audience = new Audience.Everyone();
        String[] words = rest.split("\\s+", 3);
        if (words.length >= 1 && (words[0].equals("--to") || words[0].equals("--room"))) {
            if (words.length < 3) {
                throw new IllegalArgumentException("usage: /emit " + words[0] + (words[0].equals("--to") ? " SID" : " ROOM")
                        + " EVENT [JSON]...  (/clients lists socket ids and rooms)");
            }
            audience = words[0].equals("--to") ? new Audience.Socket(words[1]) : new Audience.Room(words[1]);
            rest = words[2];
        }
        EventCall call = EventCall.parse(rest,
                "usage: /emit [--to SID | --room ROOM] EVENT [JSON]..., e.g. /emit news {\"title\":\"hi\"} 42");
        return new Emit(audience, call.event(), call.args());
    }
}
