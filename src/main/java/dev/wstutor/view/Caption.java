package dev.wstutor.view;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import java.time.Duration;

/**
 * What a view says before an event: where it was seen ({@code lead}, such as "+0.012s #1" live or
 * "frame 2 at byte 11" when decoding), who sent the bytes, and which tap saw them.
 *
 * @param sender the endpoint the bytes came from, or null when unknown (decoding bytes pasted by a learner)
 * @param tap "received by the server" or "sent by the client", or empty when there was no tap
 */
public record Caption(String lead, Endpoint sender, String tap) {

    /** A live event: time since the connection began and its number. */
    public static Caption live(int connection, Duration since, Endpoint observer, Direction direction) {
        return live(connection, since, observer, direction, Timeline.perConnection());
    }

    /** A live event with its time written as {@code timeline} says (relative, wall clock, or none). */
    public static Caption live(int connection, Duration since, Endpoint observer, Direction direction, Timeline timeline) {
        String tap = (direction == Direction.IN ? "received by the " : "sent by the ") + name(observer);
        return new Caption(lead(timeline, since, connection), direction.sender(observer), tap);
    }

    /** An event without a direction (opened, closed, failed). */
    public static Caption of(WireEvent e) {
        return of(e, Timeline.perConnection());
    }

    public static Caption of(WireEvent e, Timeline timeline) {
        return new Caption(lead(timeline, e.since(), e.connection()), null, "");
    }

    private static String lead(Timeline timeline, Duration since, int connection) {
        String time = timeline.lead(since);
        return time.isEmpty() ? "#" + connection : time + " #" + connection;
    }

    /** A frame found in bytes being decoded: its number (from 1) and where it starts. */
    public static Caption offline(int index, long offset, Endpoint sender) {
        return new Caption("frame " + index + " at byte " + offset, sender, "");
    }

    /** "client → server", or empty when the sender is unknown. */
    public String arrow() {
        return sender == null ? "" : name(sender) + " → " + name(sender.peer());
    }

    /** The arrow coloured by sender, so the two directions of a conversation tell apart at a glance. */
    public String arrow(Style style) {
        if (sender == null) {
            return "";
        }
        return sender == Endpoint.CLIENT ? style.cyan(arrow()) : style.magenta(arrow());
    }

    /** "+0.012s": seconds with millisecond precision, enough to see a ping answered or a burst of frames. */
    public static String since(Duration d) {
        return Timeline.relative(d);
    }

    static String name(Endpoint e) {
        return e == Endpoint.SERVER ? "server" : "client";
    }
}
