package dev.wstutor.socketio;

import java.util.Optional;

/** The two Engine.IO v4 transports, as named in the {@code transport} query parameter. */
public enum Transport {
    POLLING("polling"), WEBSOCKET("websocket");

    private final String wireName;

    Transport(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Transport> byName(String name) {
        for (Transport t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
