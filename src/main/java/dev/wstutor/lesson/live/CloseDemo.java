package dev.wstutor.lesson.live;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.Direction;
import dev.wstutor.net.TapClient;
import dev.wstutor.event.WireEvent;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.wire.Opcode;
import java.time.Duration;

/**
 * The closing handshake started by the client with 1000: its Close frame, the server's Close reply, and what
 * each side's library reported. Java-WebSocket stops reading once it has sent a Close and the reply arrives, so
 * the client's own tap never decodes the reply; the demo shows that gap instead of papering over it.
 */
final class CloseDemo extends LiveDemo {
    CloseDemo() {
        super("close");
    }

    /** Times differ between taps (each counts from its own start), so say whose line each is. */
    private static void tap(DemoContext ctx, String whose, java.util.List<String> lines) {
        for (String line : lines) {
            ctx.out().println(whose + " " + line);
        }
    }

    @Override
    void run(DemoContext ctx, LiveConnection live) throws Exception {
        FrameView view = new FrameView(ctx.style(), Detail.NORMAL);
        FrameView brief = new FrameView(ctx.style(), Detail.SUMMARY);
        TapClient client = live.client();
        int id = live.serverConnection();
        int serverFrom = live.serverLog().size();
        int clientFrom = live.clientLog().size();
        client.close(CloseCode.NORMAL.code(), ctx.arg("reason", "lesson over"));
        client.awaitClosed(LiveConnection.WAIT);
        print(ctx, view.render(live.serverFrame(serverFrom, Direction.IN, Opcode.CLOSE)));
        ctx.out().println();
        print(ctx, view.render(live.serverFrame(serverFrom, Direction.OUT, Opcode.CLOSE)));
        ctx.out().println();
        ctx.out().println(ctx.style().bold("What each side's tap saw:"));
        tap(ctx, "client's tap, sent:    ", brief.render(live.clientFrame(clientFrom, Direction.OUT, Opcode.CLOSE, LiveConnection.WAIT).orElseThrow()));
        tap(ctx, "server's tap, received:", brief.render(live.serverFrame(serverFrom, Direction.IN, Opcode.CLOSE)));
        tap(ctx, "server's tap, sent:    ", brief.render(live.serverFrame(serverFrom, Direction.OUT, Opcode.CLOSE)));
        boolean clientDecodedReply = live.clientFrame(clientFrom, Direction.IN, Opcode.CLOSE, Duration.ofMillis(200)).isPresent();
        if (clientDecodedReply) {
            tap(ctx, "client's tap, received:", brief.render(live.clientFrame(clientFrom, Direction.IN, Opcode.CLOSE, Duration.ZERO).orElseThrow()));
        } else {
            ctx.out().println(ctx.style().yellow("(the client's tap shows no incoming Close: Java-WebSocket, having started the "
                    + "close, does not decode the server's reply; it is on the wire, as the server's tap shows)"));
        }
        live.serverLog().await(serverFrom, WireEvent.Closed.class, e -> e.connection() == id, LiveConnection.WAIT)
                .ifPresent(c -> ctx.out().println("server: connection #" + id + " closed with " + c.code()
                        + (c.byPeer() ? ", the client started it" : "")));
        live.clientLog().await(clientFrom, WireEvent.Closed.class, e -> true, LiveConnection.WAIT)
                .ifPresent(c -> ctx.out().println("client: connection closed with " + c.code()
                        + (c.byPeer() ? ", the server started it" : ", it started the close")));
    }
}
