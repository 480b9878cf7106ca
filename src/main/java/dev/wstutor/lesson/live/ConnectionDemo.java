package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.wire.Opcode;
import java.net.InetSocketAddress;

/**
 * One persistent connection: its two ports, several messages over it without a new handshake, and the
 * callbacks that fire as each one arrives.
 */
public final class ConnectionDemo extends LiveDemo {
    public ConnectionDemo() {
        super("connection");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        WireEvent.Opened opened = live.opened();
        InetSocketAddress server = opened.local();
        InetSocketAddress client = opened.remote();
        ctx.out().println("connection #" + opened.connection() + ": client " + address(client) + "  ⇄  server " + address(server));
        FrameView view = new FrameView(ctx.style(), Detail.SUMMARY);
        String[] messages = ctx.arg("messages", "one | two | three").split("\\|");
        for (String m : messages) {
            int from = live.serverLog().size();
            live.send(m.trim());
            print(ctx, view.render(live.serverFrame(from, Direction.IN, Opcode.TEXT)));
            print(ctx, view.render(live.serverFrame(from, Direction.OUT, Opcode.TEXT)));
        }
        int id = opened.connection();
        long frames = live.serverLog().all(WireEvent.FrameSeen.class, f -> f.connection() == id).size();
        long handshakes = live.serverLog().all(WireEvent.HandshakeSeen.class, h -> h.connection() == id).size();
        ctx.out().println(ctx.style().bold(frames + " frames so far on connection #" + id + ", after " + handshakes
                + " handshake messages, all between port " + client.getPort() + " and port " + server.getPort() + "."));
    }

    private static String address(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
