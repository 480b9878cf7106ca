package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.view.AcceptView;
import dev.wstutor.wire.AcceptKey;

/** The client's check of Sec-WebSocket-Accept, redone on screen from the key this run's client really sent. */
public final class AcceptDerivationDemo extends LiveDemo {
    public AcceptDerivationDemo() {
        super("accept-derivation");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        String key = live.request().head().header("Sec-WebSocket-Key").orElseThrow();
        String captured = live.response().head().header("Sec-WebSocket-Accept").orElseThrow();
        print(ctx, new AcceptView(ctx.style()).render(AcceptKey.derive(key), captured));
    }
}
