package dev.wstutor.lesson.demo;

import dev.wstutor.lesson.Demo;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.view.Style;
import dev.wstutor.wire.AcceptKey;
import dev.wstutor.wire.Hex;
import java.util.Optional;

/**
 * Derives Sec-WebSocket-Accept for a key on screen, one value per line (RFC 6455 4.2.2, step 5.4), then lets
 * the learner try keys of their own. Arguments: {@code key} (default: the RFC's sample key), {@code script}
 * (keys to try in --plain runs, separated by |).
 */
public final class AcceptDemo implements Demo {
    static final String RFC_SAMPLE_KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    @Override
    public String name() {
        return "accept";
    }

    @Override
    public void run(DemoContext ctx) {
        show(ctx, ctx.arg("key", RFC_SAMPLE_KEY));
        while (true) {
            Optional<String> more = ctx.readLine("another key to derive (Enter to go on) > ");
            if (more.isEmpty() || more.get().isBlank()) {
                return;
            }
            show(ctx, more.get().strip());
        }
    }

    private static void show(DemoContext ctx, String key) {
        Style s = ctx.style();
        AcceptKey.Derivation d = AcceptKey.derive(key);
        String problem = AcceptKey.keyProblem(key);
        ctx.printAbove(row(s, "1. Sec-WebSocket-Key", s.cyan(d.key())));
        if (problem != null) {
            ctx.printAbove(row(s, "", s.yellow("(this key " + problem + "; a server must refuse it, but the sum still works)")));
        }
        ctx.printAbove(row(s, "2. key + GUID", s.cyan(d.key()) + s.dim(AcceptKey.GUID)));
        ctx.printAbove(row(s, "3. SHA-1 of that", Hex.format(d.sha1()) + s.dim("  (20 bytes)")));
        ctx.printAbove(row(s, "4. base64 of the hash", s.green(d.accept())));
        ctx.printAbove(row(s, "", s.dim("= the Sec-WebSocket-Accept the server must send back")));
    }

    private static String row(Style s, String label, String value) {
        return "  " + s.bold(String.format("%-22s", label)) + " " + value;
    }
}
