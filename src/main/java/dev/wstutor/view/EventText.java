package dev.wstutor.view;

import dev.wstutor.event.WireEvent;
import java.util.List;

/**
 * The styled-text format of tap events: frames at the chosen {@link Detail}, handshakes explained (or only
 * their lines at SUMMARY), one line for each connection event, and the Engine.IO and Socket.IO packets
 * inside frames and polls (see {@link PacketView}).
 */
public final class EventText implements EventFormat {
    private final FrameView frames;
    private final HandshakeView handshakes;
    private final PacketView packets;
    private final Detail detail;

    public EventText(Style style, Detail detail) {
        this(style, detail, Timeline.perConnection());
    }

    public EventText(Style style, Detail detail, Timeline timeline) {
        this.detail = detail;
        this.frames = new FrameView(style, detail, timeline);
        this.handshakes = new HandshakeView(style, detail != Detail.NORMAL && detail != Detail.FULL, timeline);
        this.packets = new PacketView(style, detail, timeline);
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
        } else if (event instanceof WireEvent.PollSeen p) {
            return packets.render(p);
        } else if (event instanceof WireEvent.EnginePacketSeen p) {
            return packets.render(p);
        } else if (event instanceof WireEvent.SocketPacketSeen p) {
            return packets.render(p);
        } else if (event instanceof WireEvent.PacketRejected r) {
            return packets.render(r);
        } else if (event instanceof WireEvent.Dropped d) {
            return List.of("… " + d.count() + " events not shown (the view could not keep up)");
        }
        throw new IllegalArgumentException("unknown event " + event);
    }
}
