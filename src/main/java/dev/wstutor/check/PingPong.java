package dev.wstutor.check;

import dev.wstutor.net.RawSession;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A ping is answered by a pong carrying the same application data (RFC 6455 5.5.2, 5.5.3). */
public record PingPong() implements CheckCase {
    static final String DATA = "wstutor ping";

    @Override
    public String name() {
        return "ping";
    }

    @Override
    public String summary() {
        return "answers a ping with a pong carrying the same payload";
    }

    @Override
    public Outcome run(Target target) throws IOException {
        byte[] data = DATA.getBytes(StandardCharsets.UTF_8);
        try (RawSession s = target.open()) {
            s.send(Opcode.PING, data);
            long deadline = System.nanoTime() + target.timeout().toNanos();
            while (true) {
                Replies.Reply r = Replies.next(s, java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                if (r instanceof Replies.Pong p) {
                    return Arrays.equals(p.data(), data)
                            ? Outcome.pass("pong \"" + DATA + "\" came back")
                            : Outcome.fail("the pong carried \"" + new String(p.data(), StandardCharsets.UTF_8)
                            + "\", not the ping's \"" + DATA + "\"");
                }
                if (!(r instanceof Replies.Message)) {
                    return Outcome.fail(Replies.unexpected(r, target.timeout()) + "; expected a pong");
                }
                // a server that pushes may send messages meanwhile; keep waiting for the pong
            }
        }
    }
}
