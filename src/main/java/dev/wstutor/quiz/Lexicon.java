package dev.wstutor.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the subject: spellings that mean one thing ({@code synonyms}: canonical word to its
 * other spellings, e.g. socketio to "socket.io", "socket io"), the names that can be the subject of a
 * claim ({@code subjects}: websocket, socketio, io.on...), so "Socket.IO is a protocol" is not read as a
 * claim about WebSocket, and the {@code sides} a comparison can describe (websocket, socketio, http), so
 * "with HTTP the client must ask first" is read as a claim about HTTP. Loaded from {@code lessons/quiz/lexicon.yaml}.
 */
public record Lexicon(Map<String, List<String>> synonyms, Set<String> subjects, Set<String> sides) {
    public static final Lexicon EMPTY = new Lexicon(Map.of(), Set.of(), Set.of());

    public Lexicon(Map<String, List<String>> synonyms, Set<String> subjects) {
        this(synonyms, subjects, Set.of());
    }
}
