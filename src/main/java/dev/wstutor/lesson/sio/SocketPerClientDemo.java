package dev.wstutor.lesson.sio;

import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.SocketIoLab;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.PacketType;
import dev.wstutor.view.Style;
import java.util.List;

/**
 * {@code io.on("connection")} fires once per client: two of wstutor's Socket.IO clients connect to wstutor's server,
 * and the server's tap shows two Engine.IO handshakes (two OPEN packets, two session ids) and two Socket.IO CONNECTs,
 * each answered with a socket id of its own, after which the server's connection handler emits {@code auth} to that
 * socket alone.
 */
public final class SocketPerClientDemo extends OnOwnSocketIoLab {
    /** What the server saw: one entry per client, in the order they connected. */
    record Seen(List<Arrival> arrivals, int opens, int connectAnswers, List<WireEvent> events) {
    }

    /** One client as both ends know it. */
    record Arrival(String name, int session, String engineSid, String socketId) {
    }

    public SocketPerClientDemo() {
        super("sio-connection-per-client");
    }

    static Seen observe(SocketIoLab lab, List<String> names) throws Exception {
        List<Arrival> arrivals = new java.util.ArrayList<>();
        for (String name : names) {
            SocketIoLab.Client c = lab.connect(name, SocketIoLab.Transports.WEBSOCKET_ONLY);
            arrivals.add(new Arrival(name, c.serverSession(), c.engineSid(), c.sid()));
        }
        List<WireEvent> events = lab.serverLog().events();
        int opens = lab.serverLog().all(WireEvent.EnginePacketSeen.class,
                e -> e.direction() == Direction.OUT && e.packet().type() == EngineType.OPEN).size();
        int answers = lab.serverLog().all(WireEvent.SocketPacketSeen.class,
                e -> e.direction() == Direction.OUT && e.packet().type() == PacketType.CONNECT).size();
        return new Seen(List.copyOf(arrivals), opens, answers, events);
    }

    @Override
    void run(DemoContext ctx, SocketIoLab lab) throws Exception {
        Style style = ctx.style();
        ctx.out().println(style.dim("wstutor's Socket.IO server is listening on " + lab.url() + ". Two clients, alice "
                + "and bob, connect one after the other, each as io(url, { transports: [\"websocket\"] }) does. What the "
                + "server's tap saw, frame by frame (each +time counts from that client's first byte):"));
        Seen seen = observe(lab, List.of("alice", "bob"));
        Transcript transcript = new Transcript(style);
        seen.arrivals().forEach(a -> transcript.name(a.session(), a.name()));
        print(ctx, transcript.lines(seen.events()));
        ctx.out().println();
        ctx.out().println(style.bold(String.format("  %-7s %-9s %-24s %-24s", "client", "session", "Engine.IO sid (0{...})",
                "socket.id (40{...})").stripTrailing()));
        for (Arrival a : seen.arrivals()) {
            ctx.out().println(String.format("  %-7s %-9s %-24s %-24s", a.name(), "#" + a.session(), a.engineSid(), a.socketId()).stripTrailing());
        }
        ctx.out().println();
        boolean distinct = seen.arrivals().stream().map(Arrival::socketId).distinct().count() == seen.arrivals().size();
        ctx.out().println(style.green("The server opened " + seen.opens() + " Engine.IO sessions and answered "
                + seen.connectAnswers() + " CONNECTs" + (distinct ? ", each with a socket id of its own" : "")
                + ": io.on(\"connection\") ran once per client. Its handler here emits \"auth\" to the new socket, "
                + "which is why each 42[\"auth\",...] went to one client only."));
        ctx.out().println(style.dim("The Engine.IO sid names the connection (it is in every polling URL); socket.id names "
                + "the socket in one namespace. They differ since Socket.IO v3 (socket.io-protocol v5, \"Connection to "
                + "a namespace\")."));
    }
}
