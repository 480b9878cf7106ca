package dev.wstutor.lesson.live;

import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.LiveLab;
import dev.wstutor.view.HandshakeView;
import dev.wstutor.wire.AcceptKey;
import dev.wstutor.wire.HandshakeExplainer;
import dev.wstutor.wire.HttpMessage;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

/**
 * Requests a WebSocket library would never send, written by hand to the same live server over a plain TCP
 * socket: one without {@code Upgrade}, one asking for version 8 (a draft's version). What the server really answers is
 * shown, and what its refusal leaves out: for the version, the Sec-WebSocket-Version header RFC 6455 4.4 requires.
 */
public final class BadHandshakeDemo extends LiveDemo {
    private final SecureRandom random = new SecureRandom();

    public BadHandshakeDemo() {
        super("bad-handshake");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        String host = "127.0.0.1:" + live.port();
        String good = "GET /" + LiveLab.PATH + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + newKey() + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        attempt(ctx, live, good.replace("Upgrade: websocket\r\n", ""));
        ctx.out().println();
        attempt(ctx, live, good.replace("Sec-WebSocket-Version: 13", "Sec-WebSocket-Version: 8"));
    }

    private void attempt(DemoContext ctx, LiveLab live, String request) throws Exception {
        HandshakeView brief = new HandshakeView(ctx.style(), true);
        ctx.out().println(ctx.style().bold("Sent by hand:"));
        LiveDemo.print(ctx, brief.render(HttpMessage.parse(request)));
        List<String> problems = HandshakeExplainer.requestProblems(HttpMessage.parse(request));
        ctx.out().println(ctx.style().yellow("What RFC 6455 says is wrong: " + String.join("; ", problems)));
        LiveLab.RawAnswer answer = live.exchangeRaw(request.getBytes(StandardCharsets.US_ASCII));
        String text = new String(answer.bytes(), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        ctx.out().println(ctx.style().bold("The server answered:"));
        if (end < 0) {
            ctx.out().println(text.isEmpty() ? "(nothing)" : text);
        } else {
            LiveDemo.print(ctx, brief.render(HttpMessage.parse(text.substring(0, end + 4))));
            String body = text.substring(end + 4).strip();
            if (!body.isEmpty()) {
                ctx.out().println(ctx.style().dim("(body: " + body + ")"));
            }
        }
        int status = end < 0 ? -1 : HttpMessage.parse(text.substring(0, end + 4)).status();
        if (status == 101) {
            ctx.out().println(ctx.style().yellow("The server accepted it anyway: this is a WebSocket connection now. "
                    + "A strict server refuses such a request (RFC 6455 4.2.1); a client must never send it."));
        } else if (status > 0) {
            HttpMessage refusal = HttpMessage.parse(text.substring(0, end + 4));
            List<String> missing = HandshakeExplainer.refusalProblems(HttpMessage.parse(request), refusal);
            if (!missing.isEmpty()) {
                ctx.out().println(ctx.style().yellow("What the server got wrong: " + String.join("; ", missing)
                        + ". The status is its own choice: 400 and 426 are only the RFC's examples."));
            }
            ctx.out().println(ctx.style().dim("No 101, so no WebSocket on this request: the client treats the answer as"
                    + " ordinary HTTP (RFC 6455 4.1, the client's checks, item 1)."));
        } else if (answer.closedByPeer()) {
            ctx.out().println(ctx.style().dim("The server closed the TCP connection."));
        }
    }

    private String newKey() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return AcceptKey.keyFrom(bytes);
    }
}
