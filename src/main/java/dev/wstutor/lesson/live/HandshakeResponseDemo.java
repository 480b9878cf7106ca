package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.WireEvent;
import dev.wstutor.view.HandshakeView;
import dev.wstutor.wire.HandshakeExplainer;

/** The server's 101 answer, captured as the client received it, each line explained. */
public final class HandshakeResponseDemo extends LiveDemo {
    public HandshakeResponseDemo() {
        super("handshake-response");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        WireEvent.HandshakeSeen request = live.request();
        ctx.out().println(ctx.style().dim("The server checked the request: "
                + (HandshakeExplainer.requestProblems(request.head()).isEmpty()
                ? "GET over HTTP/1.1, Host, Upgrade: websocket, Connection: Upgrade, a 16-byte key, version 13: all there."
                : String.join("; ", HandshakeExplainer.requestProblems(request.head())))));
        ctx.out().println(ctx.style().dim("It answered, and the client received:"));
        print(ctx, new HandshakeView(ctx.style(), false).render(live.response()));
    }
}
