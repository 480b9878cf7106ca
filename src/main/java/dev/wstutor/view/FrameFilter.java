package dev.wstutor.view;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides which events {@code --only} lets through. Only frames are filtered: handshakes, rejections and
 * connection events always show, because without them the frames make no sense. A continuation frame has
 * no class of its own, so the filter remembers which message each stream has open. Not thread-safe: it
 * lives on the printer thread.
 */
public final class FrameFilter {
    private record Stream(int connection, Endpoint observer, Direction direction) {
    }

    private final Set<FrameClass> shown;
    private final Map<Stream, FrameClass> open = new HashMap<>();

    public FrameFilter(Set<FrameClass> shown) {
        this.shown = shown.isEmpty() ? EnumSet.noneOf(FrameClass.class) : EnumSet.copyOf(shown);
    }

    public boolean shows(WireEvent event) {
        if (!(event instanceof WireEvent.FrameSeen seen)) {
            return true;
        }
        Stream stream = new Stream(seen.connection(), seen.observer(), seen.direction());
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
