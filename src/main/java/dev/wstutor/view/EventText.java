package dev.wstutor.view;

import dev.wstutor.event.WireEvent;
import java.util.List;

/**
 * The styled-text format of tap events: frames at the chosen {@link Detail}, handshakes explained (or only
 * their lines at SUMMARY), and one line for each connection event.
 */
public final class EventText implements EventFormat {
    private final FrameView frames;
    private final HandshakeView handshakes;
    private final Detail detail;

    public EventText(Style style, Detail detail) {
        this.detail = detail;
        this.frames = new FrameView(style, detail);
        this.handshakes = new HandshakeView(style, detail != Detail.NORMAL && detail != Detail.FULL);
    }

    @Override
    public List<String> lines(WireEvent event) {
        if (event instanceof WireEvent.HandshakeSeen h) {
            return detail == Detail.NONE ? List.of() : handshakes.render(h);
        } else if (event instanceof WireEvent.FrameSeen f) {
            return frames.render(f);
        } else if (event instanceof WireEvent.FrameRejected r) {
            return frames.render(r);
        } else if (event instanceof WireEvent.Opened o) {
            return List.of(frames.render(o));
        } else if (event instanceof WireEvent.Closed c) {
            return List.of(frames.render(c));
        } else if (event instanceof WireEvent.Failed f) {
            return List.of(frames.render(f));
        } else if (event instanceof WireEvent.Dropped d) {
            return List.of("… " + d.count() + " events not shown (the view could not keep up)");
        }
        throw new IllegalArgumentException("unknown event " + event);
    }
}
