package dev.wstutor.view;

import dev.wstutor.wire.Opcode;
import dev.wstutor.wire.WebSocketProtocol;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The classes of frames {@code --only} chooses between; a continuation belongs to the class of its message. */
public enum FrameClass {
    TEXT, BINARY, CONTROL;

    /** The class of a frame that starts a message or stands alone; empty for a continuation. */
    public static Optional<FrameClass> of(int opcode) {
        if (WebSocketProtocol.isControl(opcode)) {
            return Optional.of(CONTROL);
        }
        if (opcode == Opcode.TEXT.code()) {
            return Optional.of(TEXT);
        }
        if (opcode == Opcode.BINARY.code()) {
            return Optional.of(BINARY);
        }
        return Optional.empty();
    }

    /** Parses "text,binary,control" (any case, any order); the message names the word it does not know. */
    public static Set<FrameClass> parse(String csv) {
        Set<FrameClass> set = EnumSet.noneOf(FrameClass.class);
        for (String word : csv.split(",")) {
            String w = word.trim().toUpperCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            try {
                set.add(valueOf(w));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown frame class '" + word.trim() + "'; choose from "
                        + Arrays.stream(values()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("no frame class given; choose from text, binary, control");
        }
        return set;
    }

    public static Set<FrameClass> all() {
        return EnumSet.allOf(FrameClass.class);
    }
}
