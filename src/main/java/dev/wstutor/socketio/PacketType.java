package dev.wstutor.socketio;

import java.util.Optional;

/** The Socket.IO v5 packet types, each sent as one digit (socket.io-protocol, "Packet types"). */
public enum PacketType {
    CONNECT, DISCONNECT, EVENT, ACK, CONNECT_ERROR, BINARY_EVENT, BINARY_ACK;

    /** values() copies the array on every call, and this runs for every packet read. */
    private static final PacketType[] BY_CODE = values();

    public int code() {
        return ordinal();
    }

    public static Optional<PacketType> byCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
    }

    /** The type named by the first character of a packet. */
    public static PacketType of(char c) throws PacketFormatException {
        if (c < '0' || c > '6') {
            throw new PacketFormatException("unknown Socket.IO packet type '" + Escapes.visible(String.valueOf(c))
                    + "' (the types are the digits 0 to 6)");
        }
        return BY_CODE[c - '0'];
    }

    /** BINARY_EVENT and BINARY_ACK: their binary parts follow as separate attachments. */
    public boolean isBinary() {
        return this == BINARY_EVENT || this == BINARY_ACK;
    }

    /** EVENT for BINARY_EVENT, ACK for BINARY_ACK, itself otherwise: what the packet means to an application. */
    public PacketType plain() {
        return this == BINARY_EVENT ? EVENT : this == BINARY_ACK ? ACK : this;
    }
}
