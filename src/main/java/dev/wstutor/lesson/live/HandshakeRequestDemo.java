package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.WireEvent;
import dev.wstutor.view.HandshakeView;

/** The client's opening request, captured as the server received it, each line explained. */
public final class HandshakeRequestDemo extends LiveDemo {
    public HandshakeRequestDemo() {
        super("handshake-request");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        WireEvent.HandshakeSeen request = live.request();
        ctx.out().println(ctx.style().dim("A Java-WebSocket client connected to a Java-WebSocket server at " + live.url()
                + LiveLab.PATH + ". The server received:"));
        print(ctx, new HandshakeView(ctx.style(), false).render(request));
    }
}
