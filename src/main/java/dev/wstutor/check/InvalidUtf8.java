package dev.wstutor.check;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.net.RawSession;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.Opcode;
import java.io.IOException;

/** A text message that is not UTF-8 must fail the connection: close 1007 (RFC 6455 8.1). */
public record InvalidUtf8() implements CheckCase {
    /** "κόσμε" then ED A0 80, an encoded UTF-16 surrogate, which UTF-8 forbids (RFC 3629 3). */
    static final byte[] BAD = Hex.parse("ce ba e1 bd b9 cf 83 ce bc ce b5 ed a0 80 65 64 69 74 65 64");

    @Override
    public String name() {
        return "invalid-utf8";
    }

    @Override
    public String summary() {
        return "answers a text message that is not UTF-8 with close 1007 (invalid payload)";
    }

    @Override
    public Outcome run(Target target) throws IOException {
        try (RawSession s = target.open()) {
            s.send(Opcode.TEXT, BAD);
            return Closes.expectClose(s, target, CloseCode.INVALID_PAYLOAD, BAD);
        }
    }
}
