package dev.wstutor.check;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.net.RawSession;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.io.IOException;

/**
 * The closing handshake: our close 1000 is answered by a close frame, and then the server closes the TCP
 * connection first (RFC 6455 5.5.1, 7.1.1).
 */
public record CloseHandshake() implements CheckCase {
    @Override
    public String name() {
        return "close";
    }

    @Override
    public String summary() {
        return "answers close 1000 with a close frame, then closes the TCP connection";
    }

    @Override
    public Outcome run(Target target) throws IOException {
        try (RawSession s = target.open()) {
            s.send(Opcode.CLOSE, FrameEncoder.closePayload(CloseCode.NORMAL.code(), "wstutor check"));
            Outcome reply = Closes.expectClose(s, target, CloseCode.NORMAL, null, true);
            if (reply.verdict() != Outcome.Verdict.PASS) {
                return reply;
            }
            RawSession.Read after = s.next(target.timeout());
            if (after instanceof RawSession.Ended) {
                return Outcome.pass(reply.reason() + ", then closed the TCP connection");
            }
            if (after instanceof RawSession.Silent) {
                return Outcome.fail(reply.reason() + " but kept the TCP connection open for " + target.timeout().toMillis()
                        + " ms; the server should close it first (RFC 6455 7.1.1)");
            }
            return Outcome.fail(reply.reason() + " but sent more after its close frame");
        }
    }
}
