package dev.wstutor.view;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.socketio.Transport;
import java.util.ArrayList;
import java.util.List;

/**
 * The styled-text format of tap events: frames at the chosen {@link Detail}, handshakes explained (or only
 * their lines at SUMMARY), one line for each connection event, and the Engine.IO and Socket.IO packets
 * inside frames and polls (see {@link PacketView}).
 *
 * <p>A packet's "└" lines read as belonging to the line above them. A client reads its polls, its POST answers and
 * its WebSocket on different threads, so another line can land between a frame and the packet decoded from it;
 * then the packet gets a line of its own naming what carried it. That makes an instance stateful: one per printer.
 */
public final class EventText implements EventFormat {
    private final FrameView frames;
    private final HandshakeView handshakes;
    private final PacketView packets;
    private final Detail detail;
    private final Style style;
    /** What the last line shown was about, so a packet knows whether its carrier is right above it. */
    private Carrier last;

    /** One connection's one direction on one transport, as seen by one side. */
    private record Carrier(int connection, Endpoint observer, Direction direction, Transport transport) {
    }

    public EventText(Style style, Detail detail) {
        this.detail = detail;
        this.style = style;
        this.frames = new FrameView(style, detail);
        this.handshakes = new HandshakeView(style, detail != Detail.NORMAL && detail != Detail.FULL);
        this.packets = new PacketView(style, detail);
    }

    @Override
    public List<String> lines(WireEvent event) {
        List<String> lines = render(event);
        if (lines.isEmpty()) {
            return lines;
        }
        Carrier expected = null;
        String carrier = null;
        if (event instanceof WireEvent.EnginePacketSeen p) {
            expected = new Carrier(p.connection(), p.observer(), p.direction(), p.transport());
            carrier = p.transport() == Transport.WEBSOCKET ? "in a WebSocket frame"
                    : p.direction() == Direction.OUT ? "in an HTTP request body" : "in an HTTP response body";
        } else if (event instanceof WireEvent.SocketPacketSeen p) {
            expected = new Carrier(p.connection(), p.observer(), p.direction(), last == null ? null : last.transport());
            carrier = "in an Engine.IO MESSAGE";
        }
        if (expected != null && !expected.equals(last)) {
            List<String> placed = new ArrayList<>(lines.size() + 1);
            placed.add(packets.carrierLine(event, expected.direction(), style.dim(carrier + ":")));
            placed.addAll(lines);
            lines = placed;
        }
        if (event instanceof WireEvent.FrameSeen f) {
            last = new Carrier(f.connection(), f.observer(), f.direction(), Transport.WEBSOCKET);
        } else if (event instanceof WireEvent.PollSeen p) {
            last = new Carrier(p.connection(), p.observer(), p.direction(), Transport.POLLING);
        } else {
            last = expected;
        }
        return lines;
    }

    private List<String> render(WireEvent event) {
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
