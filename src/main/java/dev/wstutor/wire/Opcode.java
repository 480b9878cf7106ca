package dev.wstutor.wire;

import java.util.Optional;

/** The frame opcodes of RFC 6455 section 5.2; 0x3-0x7 and 0xB-0xF are reserved and have no constant. */
public enum Opcode {
    CONTINUATION(0x0, "continuation"),
    TEXT(0x1, "text"),
    BINARY(0x2, "binary"),
    CLOSE(0x8, "close"),
    PING(0x9, "ping"),
    PONG(0xA, "pong");

    private final int code;
    private final String label;

    Opcode(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Control frames (close, ping, pong) have the high bit of the opcode set (RFC 6455 5.5). */
    public boolean isControl() {
        return WebSocketProtocol.isControl(code);
    }

    public static Optional<Opcode> of(int code) {
        for (Opcode op : values()) {
            if (op.code == code) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** "0x1 text" for known opcodes, "0x3 reserved (non-control)" for the rest. */
    public static String describe(int code) {
        return of(code).map(op -> String.format("0x%X %s", code, op.label))
                .orElse(String.format("0x%X reserved (%s)", code, WebSocketProtocol.isControl(code) ? "control" : "non-control"));
    }
}
