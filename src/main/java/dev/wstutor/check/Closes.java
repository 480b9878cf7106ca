package dev.wstutor.check;

import dev.wstutor.net.RawSession;
import dev.wstutor.wire.CloseCode;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/** What the cases that provoke a close share: wait for the close frame and judge its code. */
final class Closes {
    private Closes() {
    }

    /**
     * Waits for the server's close frame after {@code sent} went out; a message equal to {@code sent} means the
     * server accepted what it should have refused. Other messages (a pushing server's ticks) are passed over.
     */
    static Outcome expectClose(RawSession s, Target target, CloseCode expected, byte[] sent) throws IOException {
        return expectClose(s, target, expected, sent, false);
    }

    /** @param emptyIsFine a close reply without a status code passes too (RFC 6455 5.5.1 allows it in reply) */
    static Outcome expectClose(RawSession s, Target target, CloseCode expected, byte[] sent, boolean emptyIsFine) throws IOException {
        String want = "close " + expected.code() + " " + expected.label();
        long deadline = System.nanoTime() + target.timeout().toNanos();
        while (true) {
            Replies.Reply r = Replies.next(s, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (r instanceof Replies.Close c) {
                int code = c.body().map(b -> b.code()).orElse(CloseCode.NO_STATUS.code());
                return code == expected.code() || (emptyIsFine && c.body().isEmpty()) ? Outcome.pass("answered " + c.describe())
                        : Outcome.fail("answered " + c.describe() + ", expected " + want);
            }
            if (r instanceof Replies.Message m && sent != null && Arrays.equals(m.data(), sent)) {
                return Outcome.fail("accepted the frame and echoed it; expected " + want);
            }
            if (!(r instanceof Replies.Message) && !(r instanceof Replies.Pong)) {
                return Outcome.fail(Replies.unexpected(r, target.timeout()) + "; expected " + want);
            }
        }
    }

    /**
     * For a rule whose only MUST is that the connection ends (RFC 6455 5.1 on an unmasked client frame: the server
     * MUST close the connection and MAY send a close frame with {@code suggested}): a close frame with any code
     * passes, and so does the server dropping TCP without one. Accepting the frame, or going on silently, fails.
     */
    static Outcome expectClosed(RawSession s, Target target, CloseCode suggested, byte[] sent, String section) throws IOException {
        String want = "the connection closed (close " + suggested.code() + " " + suggested.label() + " or a dropped TCP connection)";
        long deadline = System.nanoTime() + target.timeout().toNanos();
        while (true) {
            Replies.Reply r = Replies.next(s, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (r instanceof Replies.Close c) {
                boolean suggestedCode = c.body().map(b -> b.code() == suggested.code()).orElse(false);
                return Outcome.pass("answered " + c.describe() + (suggestedCode ? ""
                        : "; RFC 6455 " + section + " requires only the close and names " + suggested.code() + " as the code to send"));
            }
            if (r instanceof Replies.Ended e) {
                return Outcome.pass(e.how() + " without a close frame, which RFC 6455 " + section
                        + " allows (the server MUST close, MAY send " + suggested.code() + ")");
            }
            if (r instanceof Replies.Message m && sent != null && Arrays.equals(m.data(), sent)) {
                return Outcome.fail("accepted the frame and echoed it; expected " + want);
            }
            if (!(r instanceof Replies.Message) && !(r instanceof Replies.Pong)) {
                return Outcome.fail(Replies.unexpected(r, target.timeout()) + "; expected " + want);
            }
        }
    }
}
