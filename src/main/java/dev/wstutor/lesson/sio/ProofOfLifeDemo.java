package dev.wstutor.lesson.sio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.SocketIoLab;
import dev.wstutor.view.Style;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proof of life, run live: one of wstutor's Socket.IO clients runs a scripted check against wstutor's server and
 * reports each step as passed or failed, with the evidence: connect (a socket id, the server's connection handler
 * ran), emit and echo ({@code message} answered by {@code message-back} with the same arguments), an acknowledgement
 * (the same arguments back, with its round trip), disconnect (the server no longer holds the socket).
 */
public final class ProofOfLifeDemo extends OnOwnSocketIoLab {
    /** One step of the check and what it saw. */
    record Check(String step, boolean passed, String evidence, int fromEvent, int toEvent) {
    }

    record Seen(List<Check> checks, SocketIoLab.Client client) {
        long passed() {
            return checks.stream().filter(Check::passed).count();
        }
    }

    public ProofOfLifeDemo() {
        super("sio-proof-of-life");
    }

    static Seen observe(SocketIoLab lab, String line) throws Exception {
        List<Check> checks = new ArrayList<>();
        long start = System.nanoTime();
        SocketIoLab.Client c = lab.connect("tester", SocketIoLab.Transports.POLLING_THEN_WEBSOCKET);
        // The rest of the check runs on the transport the client ends on: wait for its UPGRADE (5).
        boolean upgraded = c.log().await(0, dev.wstutor.event.WireEvent.EnginePacketSeen.class,
                e -> e.direction() == dev.wstutor.event.Direction.OUT
                        && e.packet().type() == dev.wstutor.socketio.EngineType.UPGRADE, SocketIoLab.WAIT).isPresent();
        int mark = c.log().size();
        boolean held = lab.connectedSocketIds().contains(c.sid());
        checks.add(new Check("connect", !c.sid().isEmpty() && held && upgraded, String.format(Locale.ROOT,
                "socket.id %s, upgraded to %s, in %.0f ms; the server holds it and its connection handler emitted "
                + "\"auth\"", c.sid(), c.transport(), (System.nanoTime() - start) / 1e6), 0, mark));

        int from = c.log().size();
        c.emit("message", text(line));
        Optional<JsonNode> back = c.next("message-back").map(p -> p.arguments().isEmpty() ? null : p.arguments().get(0));
        boolean echoed = back.isPresent() && back.get().asText().equals(line);
        checks.add(new Check("emit and echo", echoed, echoed ? "\"message-back\" came back with \"" + line + "\""
                : "expected \"message-back\" with \"" + line + "\", got " + back.map(JsonNode::toString).orElse("nothing"),
                from, c.log().size()));

        from = c.log().size();
        JsonNode n = new com.fasterxml.jackson.databind.node.IntNode(new SecureRandom().nextInt(10_000));
        SocketIoLab.Ack ack = c.emitWithAck("message-with-ack", n);
        boolean same = ack.arguments().equals(List.of(n));
        checks.add(new Check("acknowledgement", same, String.format(Locale.ROOT, "ack %d answered with %s in %.1f ms",
                ack.id(), ack.arguments(), ack.roundTrip().toNanos() / 1e6), from, c.log().size()));

        from = c.log().size();
        boolean ended = c.disconnect();
        boolean gone = !lab.connectedSocketIds().contains(c.sid());
        checks.add(new Check("disconnect", ended && gone, ended && gone ? "the session ended and the server no longer "
                + "holds " + c.sid() : "the server still holds the socket", from, c.log().size()));
        return new Seen(checks, c);
    }

    @Override
    void run(DemoContext ctx, SocketIoLab lab) throws Exception {
        Style style = ctx.style();
        ctx.out().println(style.dim("A scripted check, the live cousin of the test above: wstutor's Socket.IO client "
                + "against wstutor's Socket.IO server on " + lab.url() + ", four steps, each with what it saw on the wire."));
        Seen seen = observe(lab, chatLine(new SecureRandom()));
        Transcript t = new Transcript(style);
        List<dev.wstutor.event.WireEvent> events = seen.client().log().events();
        for (Check c : seen.checks()) {
            ctx.out().println();
            ctx.out().println((c.passed() ? style.green("PASS") : style.red("FAIL")) + "  " + style.bold(c.step())
                    + "  " + c.evidence());
            if (!c.step().equals("connect")) {
                print(ctx, t.lines(events.subList(c.fromEvent(), Math.min(c.toEvent(), events.size()))));
            }
        }
        ctx.out().println();
        ctx.out().println(style.bold(seen.passed() + " passed, " + (seen.checks().size() - seen.passed()) + " failed"));
        ctx.out().println(style.dim("(The connect step's requests are in the demo of the previous lesson. A test in your "
                + "own suite would make each PASS an assertion and exit non-zero on a FAIL.)"));
    }
}
