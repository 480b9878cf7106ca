package dev.wstutor.check;

import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.RawSession;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs cases against a server like a test runner. The handshake comes first: without it no other case can
 * run, so they are skipped rather than each waiting out its own time-out. Cases that need an echo server are
 * skipped, with the reason, when a probe message is not echoed.
 */
public final class Checker {
    /** Every case, in the order they run. */
    public static final List<CheckCase> ALL = List.of(new Handshake(), new TextEcho(), new BinaryEcho(), new PingPong(),
            new LargeMessage(), new FragmentedMessage(), new CloseHandshake(), new UnmaskedFrame(), new InvalidUtf8());

    public record Result(CheckCase check, Outcome outcome) {
    }

    /** Told about each case as it starts and as its result is known. */
    @FunctionalInterface
    public interface Progress {
        default void started(CheckCase c) {
        }

        void finished(Result r);
    }

    public record Report(List<Result> results) {
        public long count(Outcome.Verdict v) {
            return results.stream().filter(r -> r.outcome().verdict() == v).count();
        }

        public boolean allPassed() {
            return count(Outcome.Verdict.FAIL) == 0;
        }

        /** "9 passed, 1 failed", with ", 2 skipped" when any were. */
        public String summary() {
            long skipped = count(Outcome.Verdict.SKIP);
            return count(Outcome.Verdict.PASS) + " passed, " + count(Outcome.Verdict.FAIL) + " failed"
                    + (skipped > 0 ? ", " + skipped + " skipped" : "");
        }
    }

    private Checker() {
    }

    public static Optional<CheckCase> named(String name) {
        return ALL.stream().filter(c -> c.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /**
     * Runs {@code selected} (in the order of {@link #ALL}), telling {@code each} as each case starts (null for the
     * echo probe) and as each result is known.
     */
    public static Report run(Target target, List<CheckCase> selected, Progress each) {
        List<Result> results = new ArrayList<>();
        Consumer<Result> record = r -> {
            results.add(r);
            each.finished(r);
        };
        each.started(new Handshake());
        Outcome handshake = attempt(new Handshake(), target);
        if (selected.contains(new Handshake())) {
            record.accept(new Result(new Handshake(), handshake));
        }
        if (handshake.verdict() != Outcome.Verdict.PASS) {
            for (CheckCase c : ALL) {
                if (selected.contains(c) && !(c instanceof Handshake)) {
                    record.accept(new Result(c, Outcome.skip("no WebSocket connection: the handshake failed")));
                }
            }
            return new Report(results);
        }
        String noEcho = null;
        if (selected.stream().anyMatch(CheckCase::needsEcho)) {
            each.started(null); // the echo probe: not a case of its own
            noEcho = echoProbe(target);
        }
        for (CheckCase c : ALL) {
            if (!selected.contains(c) || c instanceof Handshake) {
                continue;
            }
            if (c.needsEcho() && noEcho != null) {
                record.accept(new Result(c, Outcome.skip("needs an echo server: " + noEcho)));
            } else {
                each.started(c);
                record.accept(new Result(c, attempt(c, target)));
            }
        }
        return new Report(results);
    }

    private static Outcome attempt(CheckCase c, Target target) {
        try {
            return c.run(target);
        } catch (ConnectFailure e) {
            return Outcome.fail(e.getMessage());
        } catch (IOException e) {
            return Outcome.fail("I/O error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Null when the server echoes a text message; otherwise why we think it does not. */
    static String echoProbe(Target target) {
        byte[] probe = "wstutor check: do you echo?".getBytes(StandardCharsets.UTF_8);
        Duration wait = target.timeout();
        try (RawSession s = target.open()) {
            s.send(Opcode.TEXT, probe);
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                Replies.Reply r = Replies.next(s, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                if (r instanceof Replies.Message m && m.type() == Opcode.TEXT && Arrays.equals(m.data(), probe)) {
                    return null;
                }
                if (r instanceof Replies.Silent) {
                    return "a text message was not echoed within " + wait.toMillis() + " ms";
                }
                if (!(r instanceof Replies.Message) && !(r instanceof Replies.Pong)) {
                    return "a text message was not echoed (" + Replies.unexpected(r, wait) + ")";
                }
            }
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
