package dev.wstutor.lesson.live;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.Direction;
import dev.wstutor.live.LiveLab;
import dev.wstutor.event.WireEvent;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.wire.Opcode;

/**
 * The closing handshake started by the client with 1000: its Close frame, the server's Close reply, and what
 * each side's library reported: four sightings, each frame as it leaves and as it arrives. Java-WebSocket stops
 * decoding once it has sent a Close; the client's tap reads the reply from the byte stream.
 */
public final class CloseDemo extends LiveDemo {
    public CloseDemo() {
        super("close");
    }

    /** Times differ between taps (each counts from its own start), so say whose line each is. */
    private static void tap(DemoContext ctx, String whose, java.util.List<String> lines) {
        for (String line : lines) {
            ctx.out().println(whose + " " + line);
        }
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        FrameView view = new FrameView(ctx.style(), Detail.NORMAL);
        FrameView brief = new FrameView(ctx.style(), Detail.SUMMARY);
        live.reconnectIfClosed();
        int id = live.serverConnection();
        int serverFrom = live.serverLog().size();
        int clientFrom = live.clientLog().size();
        live.closeFromClient(CloseCode.NORMAL.code(), ctx.arg("reason", "lesson over"));
        print(ctx, view.render(live.serverFrame(serverFrom, Direction.IN, Opcode.CLOSE)));
        ctx.out().println();
        print(ctx, view.render(live.serverFrame(serverFrom, Direction.OUT, Opcode.CLOSE)));
        ctx.out().println();
        ctx.out().println(ctx.style().bold("What each side's tap saw:"));
        tap(ctx, "client's tap, sent:    ", brief.render(live.clientFrame(clientFrom, Direction.OUT, Opcode.CLOSE, LiveLab.WAIT).orElseThrow()));
        tap(ctx, "server's tap, received:", brief.render(live.serverFrame(serverFrom, Direction.IN, Opcode.CLOSE)));
        tap(ctx, "server's tap, sent:    ", brief.render(live.serverFrame(serverFrom, Direction.OUT, Opcode.CLOSE)));
        tap(ctx, "client's tap, received:", brief.render(live.clientFrame(clientFrom, Direction.IN, Opcode.CLOSE, LiveLab.WAIT)
                .orElseThrow(() -> new IllegalStateException("the client's tap did not see the server's Close reply"))));
        live.serverLog().await(serverFrom, WireEvent.Closed.class, e -> e.connection() == id, LiveLab.WAIT)
                .ifPresent(c -> ctx.out().println("server: connection #" + id + " closed with " + c.code()
                        + (c.byPeer() ? ", the client started it" : "")));
        live.clientLog().await(clientFrom, WireEvent.Closed.class, e -> true, LiveLab.WAIT)
                .ifPresent(c -> ctx.out().println("client: connection closed with " + c.code()
                        + (c.byPeer() ? ", the server started it" : ", it started the close")));
    }
}
