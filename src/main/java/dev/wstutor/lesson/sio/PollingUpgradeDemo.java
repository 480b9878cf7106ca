package dev.wstutor.lesson.sio;

import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.SocketIoLab;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.Transport;
import dev.wstutor.view.Style;
import java.security.SecureRandom;
import java.util.List;

/**
 * The default connection of socket.io-client, request by request, as the client's tap saw it: the polling GET that
 * opens the session, the POST carrying CONNECT, a GET the server holds until it has something to send, then the
 * WebSocket with {@code 2probe}/{@code 3probe}, the NOOP {@code 6} that releases the held poll, and {@code 5}, after
 * which a message travels in a WebSocket frame.
 */
public final class PollingUpgradeDemo extends OnOwnSocketIoLab {
    record Seen(String transportAfter, List<WireEvent> events) {
    }

    public PollingUpgradeDemo() {
        super("sio-polling-upgrade");
    }

    static Seen observe(SocketIoLab lab, String line) throws Exception {
        SocketIoLab.Client bob = lab.connect("bob", SocketIoLab.Transports.POLLING_THEN_WEBSOCKET);
        bob.log().await(0, WireEvent.EnginePacketSeen.class,
                e -> e.direction() == Direction.OUT && e.packet().type() == EngineType.UPGRADE, SocketIoLab.WAIT)
                .orElseThrow(() -> missing("upgrade (5)"));
        bob.emit("message", text(line));
        bob.next("message-back").orElseThrow(() -> missing("message-back"));
        return new Seen(bob.transport(), bob.log().events());
    }

    @Override
    void run(DemoContext ctx, SocketIoLab lab) throws Exception {
        Style style = ctx.style();
        ctx.out().println(style.dim("bob connects with socket.io-client's default, transports [\"polling\", \"websocket\"], "
                + "then emits one message once the upgrade is done. His own tap, request by request:"));
        Seen seen = observe(lab, chatLine(new SecureRandom()));
        print(ctx, new Transcript(style).pairPolls().lines(seen.events()));
        ctx.out().println();
        ctx.out().println(style.dim("Read it in order (engine.io-protocol v4, \"Transports\" and \"Upgrade\"): the first GET "
                + "opens the session (OPEN, with upgrades [websocket]); POSTs carry the client's packets and are "
                + "answered \"ok\"; a GET stays open until the server has a packet for it. Then the client opens a "
                + "WebSocket with the same sid and checks it with 2probe/3probe; the server answers each held GET with "
                + "a NOOP (6), again every 100 ms as the reference server does, so the client's polling can stop with "
                + "nothing left behind; the client sends 5 (UPGRADE), and from then on "
                + "only the WebSocket carries packets."));
        ctx.out().println(style.green("Transport now: " + seen.transportAfter() + (seen.transportAfter().equals(
                Transport.WEBSOCKET.wireName()) ? ": the last message went in a WebSocket frame." : ".")));
    }
}
