package dev.wstutor.socketio;

/** The Engine.IO v4 packet types, each sent as one ASCII digit (engine.io-protocol, "Protocol"). */
public enum EngineType {
    OPEN, CLOSE, PING, PONG, MESSAGE, UPGRADE, NOOP;

    /** values() copies the array on every call, and this runs for every packet read. */
    private static final EngineType[] BY_DIGIT = values();

    /** The digit on the wire: {@code '0'} for OPEN to {@code '6'} for NOOP. */
    public char code() {
        return (char) ('0' + ordinal());
    }

    public static EngineType of(char c) throws PacketFormatException {
        if (c < '0' || c > '6') {
            throw new PacketFormatException("unknown Engine.IO packet type '" + Escapes.visible(String.valueOf(c))
                    + "' (the types are the digits 0 to 6, or 'b' for base64 binary)");
        }
        return BY_DIGIT[c - '0'];
    }
}
