package dev.wstutor.wire;

/** The body of a close frame: a status code and a UTF-8 reason (RFC 6455 5.5.1). */
public record CloseBody(int code, String reason) {
    public String describe() {
        return code + " " + CloseCode.nameOf(code) + (reason.isEmpty() ? "" : " \"" + reason + "\"");
    }
}
