package dev.wstutor.quiz;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Leitner boxes replayed from the history: a passed question moves up one box, a missed (or skipped) one
 * goes back to box 1. Box n is due again after its interval; box 1 is due at once. Replaying, rather than
 * storing boxes, means the history is the only state and cannot disagree with it.
 */
public final class LeitnerSchedule {
    static final Duration[] INTERVALS = {Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
        Duration.ofDays(16)};

    /** Where a question stands: its box (1..5), when it was last asked, whether it was missed then. */
    public record Box(String id, int box, Instant last, boolean lastMissed) {
        public Instant due() {
            return last.plus(INTERVALS[box - 1]);
        }
    }

    private LeitnerSchedule() {
    }

    public static Map<String, Box> boxes(List<Attempt> attempts) {
        Map<String, Box> out = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            Instant at;
            try {
                at = Instant.parse(a.at());
            } catch (DateTimeParseException | NullPointerException e) {
                continue; // a hand-edited line should not stop the review
            }
            Box before = out.get(a.id());
            int box = a.passed() ? Math.min(INTERVALS.length, before == null ? 2 : before.box() + 1) : 1;
            out.put(a.id(), new Box(a.id(), box, at, !a.passed()));
        }
        return out;
    }

    /** The ids due at {@code now} among {@code known}, missed ones first, then lowest box, then oldest. */
    public static List<String> due(List<Attempt> attempts, Instant now, Set<String> known) {
        List<Box> due = new ArrayList<>();
        for (Box b : boxes(attempts).values()) {
            if (known.contains(b.id()) && !b.due().isAfter(now)) {
                due.add(b);
            }
        }
        due.sort(Comparator.comparing((Box b) -> !b.lastMissed()).thenComparingInt(Box::box)
                .thenComparing(Box::last));
        return due.stream().map(Box::id).toList();
    }

    /** When the next question falls due, if none is due now. */
    public static Optional<Instant> nextDue(List<Attempt> attempts, Set<String> known) {
        return boxes(attempts).values().stream().filter(b -> known.contains(b.id())).map(Box::due)
                .min(Comparator.naturalOrder());
    }
}
