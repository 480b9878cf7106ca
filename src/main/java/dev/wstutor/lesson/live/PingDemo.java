package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.Direction;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.wire.Opcode;
import java.nio.charset.StandardCharsets;

/** A ping from the client and the pong the server's library sends back by itself, same payload. */
public final class PingDemo extends LiveDemo {
    public PingDemo() {
        super("ping");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        FrameView view = new FrameView(ctx.style(), Detail.NORMAL);
        int from = live.serverLog().size();
        live.ping(ctx.arg("payload", "are you there?").getBytes(StandardCharsets.UTF_8));
        print(ctx, view.render(live.serverFrame(from, Direction.IN, Opcode.PING)));
        ctx.out().println();
        print(ctx, view.render(live.serverFrame(from, Direction.OUT, Opcode.PONG)));
    }
}
