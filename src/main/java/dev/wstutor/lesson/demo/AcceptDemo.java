package dev.wstutor.lesson.demo;

import dev.wstutor.lesson.Demo;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.view.AcceptView;
import dev.wstutor.wire.AcceptKey;
import java.util.Optional;

/**
 * Derives Sec-WebSocket-Accept for a key on screen, one value per line (RFC 6455 4.2.2, step 5.4), then lets
 * the learner try keys of their own. The same view as {@code wstutor accept}, so the lesson teaches the tool.
 * Arguments: {@code key} (default: the RFC's sample key), {@code script} (keys to try in --plain runs,
 * separated by |).
 */
public final class AcceptDemo implements Demo {
    static final String RFC_SAMPLE_KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    @Override
    public String name() {
        return "accept";
    }

    @Override
    public void run(DemoContext ctx) {
        AcceptView view = new AcceptView(ctx.style());
        show(ctx, view, ctx.arg("key", RFC_SAMPLE_KEY));
        while (true) {
            Optional<String> more = ctx.readLine("another key to derive (Enter to go on) > ");
            if (more.isEmpty() || more.get().isBlank()) {
                return;
            }
            show(ctx, view, more.get().strip());
        }
    }

    private static void show(DemoContext ctx, AcceptView view, String key) {
        view.render(AcceptKey.derive(key)).forEach(ctx::printAbove);
        String problem = AcceptKey.keyProblem(key);
        if (problem != null) {
            // The arithmetic works on any text; a server checks the key first (RFC 6455 4.2.1 item 5).
            ctx.printAbove(ctx.style().yellow("note: this key " + problem + ", so a server must refuse the handshake"));
        }
    }
}
