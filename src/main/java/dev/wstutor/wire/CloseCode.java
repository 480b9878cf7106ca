package dev.wstutor.wire;

import java.util.Optional;

/**
 * The status codes of RFC 6455 section 7.4.1, the three IANA registered later in the protocol's own range (1012-1014,
 * IANA "WebSocket Close Code Number Registry", the registry 11.7 creates), and the rules of 7.4.1 and 7.4.2 on which
 * may appear in a close frame. npm {@code ws} accepts the same set (its {@code isValidStatusCode}).
 */
public enum CloseCode {
    NORMAL(1000, "normal closure", "the purpose of the connection has been fulfilled", true),
    GOING_AWAY(1001, "going away", "the endpoint is going away: a server shutting down or a page navigated away", true),
    PROTOCOL_ERROR(1002, "protocol error", "the peer broke the protocol", true),
    UNSUPPORTED_DATA(1003, "unsupported data", "a type of data the endpoint cannot accept (e.g. binary to a text-only endpoint)", true),
    NO_STATUS(1005, "no status received", "reserved: stands for a close frame without a code; never sent", false),
    ABNORMAL(1006, "abnormal closure", "reserved: the connection dropped without a close frame; never sent", false),
    INVALID_PAYLOAD(1007, "invalid payload data", "data inconsistent with the message type, such as non-UTF-8 text", true),
    POLICY_VIOLATION(1008, "policy violation", "a message that violates the endpoint's policy", true),
    MESSAGE_TOO_BIG(1009, "message too big", "a message too big to process", true),
    MANDATORY_EXTENSION(1010, "mandatory extension", "the client expected an extension the server did not negotiate", true),
    INTERNAL_ERROR(1011, "internal error", "the server met an unexpected condition", true),
    SERVICE_RESTART(1012, "service restart", "the server is restarting; a client may reconnect after a short wait", true),
    TRY_AGAIN_LATER(1013, "try again later", "the server is overloaded for now; a client may reconnect later", true),
    BAD_GATEWAY(1014, "bad gateway", "a gateway or proxy got an invalid answer from the server behind it", true),
    TLS_HANDSHAKE(1015, "TLS handshake failure", "reserved: the TLS handshake failed; never sent", false);

    private final int code;
    private final String label;
    private final String meaning;
    private final boolean sendable;

    CloseCode(int code, String label, String meaning, boolean sendable) {
        this.code = code;
        this.label = label;
        this.meaning = meaning;
        this.sendable = sendable;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<CloseCode> of(int code) {
        for (CloseCode c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A short name for any code, including the ranges RFC 6455 7.4.2 leaves to others. */
    public static String nameOf(int code) {
        Optional<CloseCode> known = of(code);
        if (known.isPresent()) {
            return known.get().label;
        }
        if (code >= 3000 && code <= 3999) {
            return "registered (libraries, frameworks)";
        }
        if (code >= 4000 && code <= 4999) {
            return "private use (application)";
        }
        if (code == 1004) {
            return "reserved"; // 7.4.1: "the specific meaning might be defined in the future"
        }
        if (code >= 1000 && code <= 2999) {
            return "unassigned"; // 7.4.2: kept for this protocol and public extensions
        }
        return code < 1000 ? "unused" : "out of range"; // 7.4.2: 0-999 are not used; a code is 2 bytes
    }

    /**
     * The section that rules on a code: 7.4.1 lists 1000-1015 (1004 reserved, 1005, 1006 and 1015 never sent);
     * 7.4.2 gives the ranges for everything else.
     */
    public static String section(int code) {
        return code >= NORMAL.code && code <= TLS_HANDSHAKE.code ? "7.4.1" : "7.4.2";
    }

    /** Whether a close frame may carry this code (RFC 6455 7.4.1, 7.4.2). */
    public static boolean allowedOnWire(int code) {
        if (code >= 3000 && code <= 4999) {
            return true;
        }
        return of(code).map(c -> c.sendable).orElse(false);
    }
}
