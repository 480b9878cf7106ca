package dev.wstutor.lesson.sio;

import dev.wstutor.event.WireEvent;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.SocketIoLab;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.view.Style;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who receives what: three clients; alice's {@code message} is answered with {@code socket.emit} (alice only), her
 * {@code chat message} is relayed with {@code socket.broadcast.emit} (everyone but alice), and the server's
 * {@code io.emit} reaches all three. Each client's absence of an event is proven, not assumed: after each step
 * every client gets an acknowledgement on its own connection, which the server sends after anything it emitted to
 * that client in the step (one connection keeps its order).
 */
public final class EmitAudienceDemo extends OnOwnSocketIoLab {
    static final List<String> NAMES = List.of("alice", "bob", "carol");
    private static final String SYNC = "sync";

    /** One call and, per client name, whether that client received its event. */
    record Step(String call, String event, Map<String, Boolean> received, List<WireEvent> events) {
    }

    /** The steps, and each client's session number in the server's tap. */
    record Seen(List<Step> steps, Map<Integer, String> sessions) {
    }

    public EmitAudienceDemo() {
        super("sio-emit-audience");
    }

    static Seen observe(SocketIoLab lab, String line) throws Exception {
        List<SocketIoLab.Client> clients = new ArrayList<>();
        Map<Integer, String> sessions = new LinkedHashMap<>();
        for (String n : NAMES) {
            SocketIoLab.Client c = lab.connect(n, SocketIoLab.Transports.WEBSOCKET_ONLY);
            clients.add(c);
            sessions.put(c.serverSession(), n);
        }
        SocketIoLab.Client alice = clients.get(0);
        List<Step> steps = new ArrayList<>();
        int from = lab.serverLog().size();
        alice.emit("message", text(line));
        alice.next("message-back").orElseThrow(() -> missing("message-back"));
        steps.add(step(lab, clients, from, "socket.emit", "message-back", alice));
        from = lab.serverLog().size();
        alice.emit("chat message", text(line));
        clients.get(1).next("chat message").orElseThrow(() -> missing("chat message at bob"));
        steps.add(step(lab, clients, from, "socket.broadcast.emit", "chat message", clients.get(1)));
        from = lab.serverLog().size();
        lab.emitToAll("announcement", List.of(text("the server says: " + line)));
        steps.add(step(lab, clients, from, "io.emit", "announcement", null));
        return new Seen(steps, sessions);
    }

    /**
     * Waits for each client's ack, then reads what each received before it; {@code seen} is the client the step
     * already waited for (its event is taken), or null.
     */
    private static Step step(SocketIoLab lab, List<SocketIoLab.Client> clients, int from, String call, String event,
                             SocketIoLab.Client seen) throws Exception {
        Map<String, Boolean> got = new LinkedHashMap<>();
        for (SocketIoLab.Client c : clients) {
            c.emitWithAck("message-with-ack", text(SYNC));
            boolean drained = c.drain().stream().anyMatch(p -> p.eventName().orElse("").equals(event));
            got.put(c.name(), c == seen || drained);
        }
        return new Step(call, event, got, lab.serverLog().events().subList(from, lab.serverLog().size()));
    }

    @Override
    void run(DemoContext ctx, SocketIoLab lab) throws Exception {
        Style style = ctx.style();
        String line = chatLine(new SecureRandom());
        ctx.out().println(style.dim("alice, bob and carol connect to wstutor's Socket.IO server (WebSocket only). Then: "
                + "alice emits \"message\", answered by socket.emit(\"message-back\"); alice emits \"chat message\", "
                + "relayed by socket.broadcast.emit; the server calls io.emit(\"announcement\"). What left the server each time (each +time counts from that client's first byte):"));
        Seen seen = observe(lab, line);
        List<Step> steps = seen.steps();
        Transcript t = new Transcript(style).hide(EmitAudienceDemo::isSync);
        seen.sessions().forEach(t::name);
        for (Step s : steps) {
            ctx.out().println();
            ctx.out().println(style.bold(s.call() + "(\"" + s.event() + "\", ...)"));
            print(ctx, t.lines(s.events()));
        }
        ctx.out().println();
        ctx.out().println(style.bold(String.format("  %-24s %-7s %-7s %-7s", "who received it", "alice", "bob", "carol").stripTrailing()));
        for (Step s : steps) {
            StringBuilder row = new StringBuilder(String.format("  %-24s", s.call()));
            for (String n : NAMES) {
                row.append(String.format(" %-7s", s.received().get(n) ? "yes" : "-"));
            }
            ctx.out().println(row.toString().stripTrailing());
        }
        ctx.out().println(style.dim("A \"-\" is checked, not assumed: after each step every client got an "
                + "acknowledgement on its own connection (not shown), and nothing of the step had come before it. "
                + "Events on one connection keep their order (Socket.IO documentation, \"Delivery guarantees\")."));
    }

    /** The acknowledged sync emits and their ACKs: how the demo proves absence, not the lesson's point. */
    static boolean isSync(List<WireEvent> group) {
        return group.stream().anyMatch(e -> e instanceof WireEvent.SocketPacketSeen s && isSyncPacket(s.packet()));
    }

    private static boolean isSyncPacket(SocketPacket p) {
        return p.ackId() != null && p.arguments().size() == 1 && p.arguments().get(0).asText().equals(SYNC)
                && (p.eventName().orElse("message-with-ack").equals("message-with-ack"));
    }
}
