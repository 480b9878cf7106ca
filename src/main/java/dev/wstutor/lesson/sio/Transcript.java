package dev.wstutor.lesson.sio;

import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.view.Detail;
import dev.wstutor.view.EventText;
import dev.wstutor.view.Style;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of a tap's events in the layered view of {@link EventText} (the carrier, a WebSocket frame or an HTTP
 * poll; the Engine.IO packet in it; the Socket.IO packet in that), made to read as a lesson transcript: each
 * session number is followed by the client's name ({@code #2 bob}), an opening handshake shows only its first
 * lines (the handshake lesson explains the rest), and, when asked, HTTP long-polling requests are numbered and each
 * answer says which request it answers and how long the server held it.
 */
final class Transcript {
    private static final Pattern SESSION = Pattern.compile("#(\\d+)(?!\\d)");

    private final EventText text;
    private final Style style;
    private final Map<Integer, String> names = new HashMap<>();
    private boolean pairPolls;
    private Predicate<List<WireEvent>> hide = group -> false;

    // Poll pairing state: requests in order, and the one waiting on each lane (GETs and POSTs use their own).
    private int requests;
    private final Deque<Pending> gets = new ArrayDeque<>();
    private final Deque<Pending> posts = new ArrayDeque<>();

    private record Pending(int number, Duration at) {
    }

    Transcript(Style style, Detail detail) {
        this.style = style;
        this.text = new EventText(style, detail);
    }

    Transcript(Style style) {
        this(style, Detail.SUMMARY);
    }

    /** Names session {@code number} in every caption. */
    Transcript name(int number, String name) {
        names.put(number, name);
        return this;
    }

    /** Numbers HTTP requests and says which one each answer belongs to, and how long it was held. */
    Transcript pairPolls() {
        this.pairPolls = true;
        return this;
    }

    /** Leaves out each carrier, with the packets in it, for which {@code test} holds (traffic that is not the point). */
    Transcript hide(Predicate<List<WireEvent>> test) {
        this.hide = test;
        return this;
    }

    /** The lines of these events, in order. */
    List<String> lines(List<WireEvent> events) {
        List<String> out = new ArrayList<>();
        for (List<WireEvent> group : groups(events)) {
            if (hide.test(group)) {
                continue;
            }
            for (WireEvent e : group) {
                List<String> lines = new ArrayList<>(text.lines(e));
                if (lines.isEmpty()) {
                    continue;
                }
                if (e instanceof WireEvent.HandshakeSeen) {
                    lines = lines.subList(0, Math.min(2, lines.size()));
                }
                lines.set(0, named(lines.get(0), e.connection()));
                if (pairPolls && e instanceof WireEvent.PollSeen p) {
                    lines.set(0, lines.get(0) + style.dim(pairing(p)));
                }
                out.addAll(lines);
            }
        }
        return out;
    }

    /** A carrier and the packets reported after it; every other event is a group of its own. */
    static List<List<WireEvent>> groups(List<WireEvent> events) {
        List<List<WireEvent>> groups = new ArrayList<>();
        for (WireEvent e : events) {
            boolean inner = e instanceof WireEvent.EnginePacketSeen || e instanceof WireEvent.SocketPacketSeen;
            if (!inner || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(e);
        }
        return groups;
    }

    private String named(String line, int connection) {
        String name = names.get(connection);
        if (name == null) {
            return line;
        }
        Matcher m = SESSION.matcher(line);
        return m.find() ? line.substring(0, m.end()) + " " + name + line.substring(m.end()) : line;
    }

    private String pairing(WireEvent.PollSeen p) {
        if (!p.head().isResponse()) {
            Pending mine = new Pending(++requests, p.since());
            (p.head().startLine().startsWith("POST") ? posts : gets).add(mine);
            return "  [request " + mine.number + "]";
        }
        // A POST is answered "ok"; a GET with packets (or an error).
        boolean post = "ok".equals(p.body()) && !posts.isEmpty();
        Pending answered = (post ? posts : gets).poll();
        if (answered == null) {
            return "";
        }
        long held = p.since().minus(answered.at()).toMillis();
        return "  [answers " + (post ? "POST" : "GET") + " " + answered.number + " after " + held + " ms]";
    }
}
