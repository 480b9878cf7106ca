package dev.wstutor.lesson.sio;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.SocketIoLab;
import dev.wstutor.socketio.PacketType;
import dev.wstutor.view.Style;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An acknowledgement round trip: a client emits {@code message-with-ack} twice with a callback; each EVENT carries
 * the ack id the client chose ({@code 420[...]}, {@code 421[...]}), the server's handler calls the callback, and
 * the answer comes back as an ACK with the same id ({@code 430[...]}), timed from emit to answer.
 */
public final class AckRoundTripDemo extends OnOwnSocketIoLab {
    /** One emit: the id the client chose, the ids the server's tap saw on the EVENT and on the ACK, the round trip. */
    record RoundTrip(long clientId, long eventId, long ackId, SocketIoLab.Ack ack) {
    }

    record Seen(String client, int session, List<RoundTrip> trips, List<WireEvent> events) {
    }

    public AckRoundTripDemo() {
        super("sio-ack");
    }

    static Seen observe(SocketIoLab lab, int count, SecureRandom random) throws Exception {
        SocketIoLab.Client alice = lab.connect("alice", SocketIoLab.Transports.WEBSOCKET_ONLY);
        int from = lab.serverLog().size();
        List<RoundTrip> trips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode draft = JsonNodeFactory.instance.objectNode();
            draft.put("title", chatLine(random));
            draft.put("words", 10 + random.nextInt(500));
            int before = lab.serverLog().size();
            SocketIoLab.Ack ack = alice.emitWithAck("message-with-ack", draft);
            WireEvent.SocketPacketSeen event = lab.serverLog().await(before, WireEvent.SocketPacketSeen.class,
                    s -> s.direction() == Direction.IN && s.packet().type() == PacketType.EVENT, SocketIoLab.WAIT)
                    .orElseThrow(() -> missing("the EVENT at the server"));
            WireEvent.SocketPacketSeen answer = lab.serverLog().await(before, WireEvent.SocketPacketSeen.class,
                    s -> s.direction() == Direction.OUT && s.packet().type() == PacketType.ACK, SocketIoLab.WAIT)
                    .orElseThrow(() -> missing("the ACK from the server"));
            trips.add(new RoundTrip(ack.id(), event.packet().ackId(), answer.packet().ackId(), ack));
        }
        return new Seen("alice", alice.serverSession(), trips, lab.serverLog().events().subList(from, lab.serverLog().size()));
    }

    @Override
    void run(DemoContext ctx, SocketIoLab lab) throws Exception {
        Style style = ctx.style();
        ctx.out().println(style.dim("alice emits \"message-with-ack\" twice with a callback; wstutor's server acknowledges "
                + "it with the same arguments, as the server above calls callback(...). The server's tap:"));
        Seen seen = observe(lab, 2, new SecureRandom());
        print(ctx, new Transcript(style).name(seen.session(), seen.client()).lines(seen.events()));
        ctx.out().println();
        for (RoundTrip t : seen.trips()) {
            ctx.out().println(String.format(Locale.ROOT, "  emit with ack id %d  →  EVENT 42%d[...]  →  ACK 43%d[...]  "
                    + "→  callback ran %.1f ms after the emit", t.clientId(), t.eventId(), t.ackId(),
                    t.ack().roundTrip().toNanos() / 1e6));
        }
        ctx.out().println(style.dim("The id is the client's own counter, written right after the packet type; the ACK "
                + "(type 3) repeats it, which is how the client finds the callback to run (socket.io-protocol v5, "
                + "\"Acknowledgement\"). Events with and without ids can be in flight at once; answers may come in any order."));
    }
}
