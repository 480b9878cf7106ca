package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.Direction;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.wire.Opcode;

/**
 * One message each way: the client's frame arrives masked, the server's echo goes out unmasked, and then the
 * server sends a message nobody asked for.
 */
public final class FramesDemo extends LiveDemo {
    public FramesDemo() {
        super("frames");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        FrameView view = new FrameView(ctx.style(), Detail.valueOf(ctx.arg("detail", "normal").toUpperCase(java.util.Locale.ROOT)));
        String message = ctx.arg("message", "Hello, server");
        int from = live.serverLog().size();
        live.send(message);
        print(ctx, view.render(live.serverFrame(from, Direction.IN, Opcode.TEXT)));
        ctx.out().println();
        print(ctx, view.render(live.serverFrame(from, Direction.OUT, Opcode.TEXT)));
        String push = ctx.arg("push", "");
        if (!push.isEmpty()) {
            ctx.out().println();
            int before = live.serverLog().size();
            live.broadcast(push);
            print(ctx, view.render(live.serverFrame(before, Direction.OUT, Opcode.TEXT)));
        }
    }
}
