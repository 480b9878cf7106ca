package dev.wstutor.lesson.sio;

import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.SocketIoLab;
import dev.wstutor.view.Style;
import java.util.Locale;

/**
 * A plain WebSocket client (Java-WebSocket, no Engine.IO or Socket.IO in it) against wstutor's Socket.IO server, at
 * three URLs: the root, where the upgrade gets no answer at all; {@code /socket.io/} without EIO and transport, where
 * it gets HTTP 400 and a reason in the body; and the full URL, where the handshake succeeds and the OPEN packet arrives, but
 * the first thing the client says is not a Socket.IO CONNECT, so the server closes.
 */
public final class PlainClientRefusedDemo extends OnOwnSocketIoLab {
    static final String ROOT = "/";
    static final String NO_QUERY = "/socket.io/";
    static final String FULL = "/socket.io/?EIO=4&transport=websocket";

    record Seen(SocketIoLab.PlainAttempt root, SocketIoLab.PlainAttempt noQuery, SocketIoLab.HttpAnswer noQueryRaw,
                SocketIoLab.PlainAttempt full, java.util.List<dev.wstutor.event.WireEvent> fullAtServer) {
    }

    public PlainClientRefusedDemo() {
        super("sio-plain-websocket");
    }

    static Seen observe(SocketIoLab lab, String say) throws Exception {
        SocketIoLab.PlainAttempt root = lab.plainWebSocket(ROOT);
        SocketIoLab.PlainAttempt noQuery = lab.plainWebSocket(NO_QUERY);
        SocketIoLab.HttpAnswer raw = lab.exchangeRaw("GET " + NO_QUERY + " HTTP/1.1\r\nHost: 127.0.0.1:" + lab.port()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n");
        int from = lab.serverLog().size();
        SocketIoLab.PlainAttempt full = lab.plainWebSocket(FULL, say);
        return new Seen(root, noQuery, raw, full, lab.serverLog().events().subList(from, lab.serverLog().size()));
    }

    @Override
    void run(DemoContext ctx, SocketIoLab lab) throws Exception {
        Style style = ctx.style();
        String say = "hello from a plain client " + (1 + new java.security.SecureRandom().nextInt(999));
        ctx.out().println(style.dim("A plain WebSocket client (Java-WebSocket, as new WebSocket(url) in a browser) tries "
                + "wstutor's Socket.IO server, listening on port " + lab.port() + ", at three URLs."));
        Seen seen = observe(lab, say);

        ctx.out().println();
        ctx.out().println(style.bold("1. " + seen.root().url()));
        print(ctx, new Transcript(style).lines(seen.root().log().events()));
        ctx.out().println(style.yellow(String.format(Locale.ROOT, "   the connection ended after %.1f s; the client reports: %s",
                seen.root().elapsed().toMillis() / 1000.0, seen.root().failure())));
        ctx.out().println(style.dim("   Engine.IO serves upgrades on its own path only; any other upgrade is left "
                + "unanswered and its TCP connection ended after a second (socket.io's destroyUpgradeTimeout)."));

        ctx.out().println();
        ctx.out().println(style.bold("2. " + seen.noQuery().url()));
        print(ctx, new Transcript(style).lines(seen.noQuery().log().events()));
        ctx.out().println(style.yellow("   the client reports: " + seen.noQuery().failure()));
        ctx.out().println(style.dim("   the same request by hand shows the answer's body, which a WebSocket client never shows:"));
        ctx.out().println("   " + seen.noQueryRaw().head().lines().findFirst().orElse("(no answer)") + "   body: "
                + dev.wstutor.view.Printable.of(seen.noQueryRaw().body()));
        ctx.out().println(style.dim("   Without EIO=4 and transport=websocket the server does not know which protocol "
                + "version and transport are meant, and refuses with 400 (engine.io-protocol v4, \"Transports\")."));

        ctx.out().println();
        ctx.out().println(style.bold("3. " + seen.full().url()));
        ctx.out().println(style.dim("   as the server's tap saw it, Engine.IO and Socket.IO layers included:"));
        print(ctx, new Transcript(style).lines(seen.fullAtServer()));
        ctx.out().println(style.yellow("   the handshake succeeded and the server spoke first: "
                + (seen.full().texts().isEmpty() ? "(nothing)" : preview(seen.full().texts().get(0)))));
        ctx.out().println(style.yellow("   the client then sent \"" + say + "\", which is no Engine.IO packet; the server closed"
                + (seen.full().closeCode() == 0 ? "" : " with " + seen.full().closeCode()) + " after "
                + String.format(Locale.ROOT, "%.2f s", seen.full().elapsed().toMillis() / 1000.0) + "."));
        ctx.out().println(style.dim("   A Socket.IO client would have sent 40 (CONNECT) and answered every ping 2 with a "
                + "pong 3 (socket.io-protocol v5, \"Connection to a namespace\"; engine.io-protocol v4, \"Heartbeat\")."));
    }

    private static String preview(String s) {
        String e = dev.wstutor.view.Printable.of(s);
        return e.length() > 70 ? e.substring(0, 70) + "…" : e;
    }
}
