package dev.wstutor.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The one clock of a command that shows live traffic, and how its times are written. A tap times each
 * connection from that connection's first byte, which is right for a lesson watching one connection but puts
 * the lines of two connections (or of a proxy's two legs) out of order; a timeline that {@link #restamps()}
 * re-times every event as it reaches the printer, on one origin shared by all of them.
 *
 * <ul>
 *   <li>{@link Mode#RELATIVE}: {@code +1.234s}, seconds since the origin, with milliseconds</li>
 *   <li>{@link Mode#WALL}: {@code 14:03:07.123}, the local wall-clock time, with milliseconds</li>
 *   <li>{@link Mode#NONE}: no time at all (output that diffs cleanly between runs)</li>
 * </ul>
 */
public final class Timeline {
    public enum Mode { RELATIVE, WALL, NONE }

    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    private final Mode mode;
    private final LongSupplier nanoClock;
    private final long originNanos;
    private final Instant originWall;
    private final ZoneId zone;

    private Timeline(Mode mode, LongSupplier nanoClock, long originNanos, Instant originWall, ZoneId zone) {
        this.mode = mode;
        this.nanoClock = nanoClock;
        this.originNanos = originNanos;
        this.originWall = originWall;
        this.zone = zone;
    }

    /** Each connection keeps its own times (what the tap reported), written as {@code +0.012s}: a lesson's view. */
    public static Timeline perConnection() {
        return new Timeline(Mode.RELATIVE, null, 0, Instant.EPOCH, ZoneId.of("UTC"));
    }

    /** One origin, now, for every event from here on. */
    public static Timeline startingNow(Mode mode, LongSupplier nanoClock, Clock wall) {
        return new Timeline(mode, nanoClock, nanoClock.getAsLong(), wall.instant(), wall.getZone());
    }

    public static Timeline startingNow(Mode mode) {
        return startingNow(mode, System::nanoTime, Clock.systemDefaultZone());
    }

    public Mode mode() {
        return mode;
    }

    /** Whether events are re-timed on this timeline's clock (false: the tap's per-connection times stand). */
    public boolean restamps() {
        return nanoClock != null;
    }

    /** Time since the origin, now. */
    public Duration now() {
        return Duration.ofNanos(nanoClock.getAsLong() - originNanos);
    }

    /** The wall-clock instant of a time on this timeline. */
    public Instant wall(Duration since) {
        return originWall.plus(since);
    }

    /** The time as a line's lead shows it, or "" with {@link Mode#NONE}. */
    public String lead(Duration since) {
        return switch (mode) {
            case RELATIVE -> relative(since);
            case WALL -> LocalTime.ofInstant(wall(since), zone).format(WALL);
            case NONE -> "";
        };
    }

    /** "+0.012s": seconds with millisecond precision, enough to see a ping answered or a burst of frames. */
    public static String relative(Duration d) {
        long millis = d.toMillis();
        return String.format(Locale.ROOT, "+%d.%03ds", millis / 1000, millis % 1000);
    }
}
