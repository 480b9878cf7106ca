package dev.wstutor.check;

import dev.wstutor.net.RawSession;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.util.Arrays;

/** What the echo cases share: send a message in some form, expect the same message back. */
final class Echoes {
    private Echoes() {
    }

    /** Sends with {@code send}, then judges the reply against {@code type} and {@code data}. */
    static Outcome expectEcho(Target target, Opcode type, byte[] data, IoAction send, String what) throws IOException {
        try (RawSession s = target.open()) {
            send.run(s);
            Replies.Reply r = Replies.next(s, target.timeout());
            if (r instanceof Replies.Message m) {
                if (m.type() != type) {
                    return Outcome.fail("sent " + type.label() + ", got a " + m.type().label() + " message back");
                }
                if (!Arrays.equals(m.data(), data)) {
                    return Outcome.fail("the echo differs: sent " + data.length + " bytes, got " + m.data().length
                            + (m.data().length == data.length ? " with different content" : ""));
                }
                return Outcome.pass(what + " came back intact");
            }
            return Outcome.fail(Replies.unexpected(r, target.timeout()));
        }
    }

    @FunctionalInterface
    interface IoAction {
        void run(RawSession s) throws IOException;
    }
}
