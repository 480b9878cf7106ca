package dev.wstutor.view;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides which events {@code --only} lets through. Only frames are filtered, and the Engine.IO and Socket.IO
 * packets they carry go with them: handshakes, polls, rejections and connection events always show, because
 * without them the frames make no sense. A continuation frame has
 * no class of its own, so the filter remembers which message each stream has open. Not thread-safe: it
 * lives on the printer thread.
 */
public final class FrameFilter {
    private record Stream(int connection, Endpoint observer, Direction direction) {
    }

    private final Set<FrameClass> shown;
    private final Map<Stream, FrameClass> open = new HashMap<>();
    /** Whether the last carrier (frame or poll) of each stream showed: the packets inside it follow it. */
    private final Map<Stream, Boolean> carrierShown = new HashMap<>();

    public FrameFilter(Set<FrameClass> shown) {
        this.shown = shown.isEmpty() ? EnumSet.noneOf(FrameClass.class) : EnumSet.copyOf(shown);
    }

    public boolean shows(WireEvent event) {
        if (event instanceof WireEvent.EnginePacketSeen p) {
            return carrierShown.getOrDefault(new Stream(p.connection(), p.observer(), p.direction()), true);
        }
        if (event instanceof WireEvent.SocketPacketSeen p) {
            return carrierShown.getOrDefault(new Stream(p.connection(), p.observer(), p.direction()), true);
        }
        if (event instanceof WireEvent.PollSeen p) {
            carrierShown.remove(new Stream(p.connection(), p.observer(), p.direction()));
            return true;
        }
        if (event instanceof WireEvent.Closed c) {
            carrierShown.keySet().removeIf(s -> s.connection() == c.connection() && s.observer() == c.observer());
            open.keySet().removeIf(s -> s.connection() == c.connection() && s.observer() == c.observer());
        }
        if (!(event instanceof WireEvent.FrameSeen seen)) {
            return true;
        }
        Stream stream = new Stream(seen.connection(), seen.observer(), seen.direction());
        boolean shows = classShown(seen, stream);
        carrierShown.put(stream, shows);
        return shows;
    }

    private boolean classShown(WireEvent.FrameSeen seen, Stream stream) {
        int opcode = seen.frame().opcode();
        FrameClass cls = FrameClass.of(opcode).orElse(null);
        if (cls == null) {
            // A continuation with no known start (the tap began mid-message) is shown rather than hidden.
            cls = open.get(stream);
            if (seen.frame().fin()) {
                open.remove(stream);
            }
            return cls == null || shown.contains(cls);
        }
        if (cls != FrameClass.CONTROL) {
            if (seen.frame().fin()) {
                open.remove(stream);
            } else {
                open.put(stream, cls);
            }
        }
        return shown.contains(cls);
    }
}
