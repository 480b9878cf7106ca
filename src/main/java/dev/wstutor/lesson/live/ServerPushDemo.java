package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.wire.Opcode;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The server sends several messages while the client sends nothing: push without a request. */
public final class ServerPushDemo extends LiveDemo {
    public ServerPushDemo() {
        super("server-push");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        FrameView view = new FrameView(ctx.style(), Detail.SUMMARY);
        live.reconnectIfClosed();
        int id = live.serverConnection();
        int start = live.serverLog().size();
        int count = Integer.parseInt(ctx.arg("count", "3"));
        for (int i = 1; i <= count; i++) {
            int from = live.serverLog().size();
            live.broadcast("tick " + i + " at " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss.SSS")));
            print(ctx, view.render(live.serverFrame(from, Direction.OUT, Opcode.TEXT)));
        }
        long fromClient = live.serverLog().all(start, WireEvent.FrameSeen.class,
                f -> f.connection() == id && f.direction() == Direction.IN).size();
        ctx.out().println(ctx.style().bold(count + " messages from the server, " + fromClient
                + " frames from the client in the meantime: nobody asked."));
    }
}
