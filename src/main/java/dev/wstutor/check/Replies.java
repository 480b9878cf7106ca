package dev.wstutor.check;

import dev.wstutor.net.RawSession;
import dev.wstutor.wire.CloseBody;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.MessageAssembler;
import dev.wstutor.wire.Opcode;
import dev.wstutor.wire.ProtocolViolation;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads what a server answers, the way the cases need it: the next whole message, or the close frame. Pings
 * from the server are answered on the way, as a client must (RFC 6455 5.5.2).
 */
final class Replies {
    private Replies() {
    }

    /** What came back while waiting for something. */
    sealed interface Reply {
    }

    record Message(Opcode type, byte[] data) implements Reply {
    }

    record Pong(byte[] data) implements Reply {
    }

    record Close(Optional<CloseBody> body) implements Reply {
        String describe() {
            return body.map(b -> "close " + b.code() + " " + CloseCode.nameOf(b.code())
                    + (b.reason().isEmpty() ? "" : " \"" + b.reason() + "\"")).orElse("close with no status code");
        }
    }

    record Silent(Duration waited) implements Reply {
    }

    record Ended(String how) implements Reply {
    }

    record Broken(ProtocolViolation violation) implements Reply {
    }

    /** The next message, pong or close; pings answered, data frames joined into messages. */
    static Reply next(RawSession s, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        MessageAssembler assembler = new MessageAssembler(Integer.MAX_VALUE - 16);
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return new Silent(timeout);
            }
            RawSession.Read read = s.next(left);
            if (read instanceof RawSession.Silent) {
                return new Silent(timeout);
            }
            if (read instanceof RawSession.Ended e) {
                return new Ended(e.how());
            }
            if (read instanceof RawSession.Broken b) {
                return new Broken(b.violation());
            }
            Frame f = ((RawSession.Got) read).frame();
            if (f.is(Opcode.PING)) {
                s.send(Opcode.PONG, f.payload());
            } else if (f.is(Opcode.PONG)) {
                return new Pong(f.payload());
            } else if (f.is(Opcode.CLOSE)) {
                return new Close(f.closeBody());
            } else {
                try {
                    Optional<MessageAssembler.Message> m = assembler.accept(f, 0);
                    if (m.isPresent()) {
                        return new Message(m.get().type(), m.get().data());
                    }
                } catch (ProtocolViolation v) {
                    return new Broken(v);
                }
            }
        }
    }

    /** Why a reply is not the one wanted, in words. */
    static String unexpected(Reply r, Duration timeout) {
        if (r instanceof Silent) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (r instanceof Ended e) {
            return "the server " + e.how() + " without a close frame";
        }
        if (r instanceof Broken b) {
            return "the server sent an invalid frame: " + b.violation().getMessage();
        }
        if (r instanceof Close c) {
            return "the server answered " + c.describe();
        }
        if (r instanceof Pong) {
            return "the server answered with an unexpected pong";
        }
        Message m = (Message) r;
        return "the server answered with a " + m.type().label() + " message of " + m.data().length + " bytes";
    }
}
