package dev.wstutor.lesson.sio;

import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.PlainChatLab;
import dev.wstutor.live.SocketIoLab;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.view.Style;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The same tiny chat twice, live: alice says one line and bob receives it, over plain WebSocket (a Java-WebSocket
 * server relaying text to the other clients) and over Socket.IO (wstutor's server, {@code socket.broadcast.emit}).
 * Each server's tap shows the frames, and the bytes each puts on the wire for the same line are counted; then what
 * Socket.IO adds on the same connection: an acknowledgement, and its heartbeat.
 */
public final class ChatSideBySideDemo extends OnOwnSocketIoLab {
    /** A short heartbeat so that a ping shows within the demo. */
    static final Duration PING_INTERVAL = Duration.ofMillis(400);

    /** The frames that carried the line, and their bytes on the wire (frame headers and masking keys included). */
    record Leg(List<WireEvent> events, long bytes, List<String> payloads) {
    }

    record Seen(String line, Leg plain, Leg socketIo, List<WireEvent> extras, java.util.Map<Integer, String> plainNames,
                java.util.Map<Integer, String> sioNames) {
    }

    public ChatSideBySideDemo() {
        super("chat-side-by-side");
    }

    @Override
    SocketIoLab open() throws IOException {
        return SocketIoLab.open(PING_INTERVAL, Duration.ofSeconds(5));
    }

    static Seen observe(SocketIoLab lab, String line) throws Exception {
        Leg plain;
        java.util.Map<Integer, String> plainNames = new java.util.HashMap<>();
        try (PlainChatLab chat = PlainChatLab.open()) {
            PlainChatLab.Client alice = chat.connect("alice");
            PlainChatLab.Client bob = chat.connect("bob");
            plainNames.put(alice.serverConnection(), "alice");
            plainNames.put(bob.serverConnection(), "bob");
            int from = chat.serverLog().size();
            alice.send(line);
            bob.next().orElseThrow(() -> missing("the line at bob"));
            chat.serverLog().await(from, WireEvent.FrameSeen.class, f -> f.direction() == Direction.OUT, SocketIoLab.WAIT);
            plain = leg(chat.serverLog().events().subList(from, chat.serverLog().size()));
        }
        SocketIoLab.Client alice = lab.connect("alice", SocketIoLab.Transports.WEBSOCKET_ONLY);
        SocketIoLab.Client bob = lab.connect("bob", SocketIoLab.Transports.WEBSOCKET_ONLY);
        int from = lab.serverLog().size();
        alice.emit("chat message", text(line));
        bob.next("chat message").orElseThrow(() -> missing("chat message at bob"));
        int to = lab.serverLog().size();
        Leg sio = leg(lab.serverLog().events().subList(from, to));
        alice.emitWithAck("message-with-ack", text(line));
        // The next heartbeat: the server's ping 2 and the pong 3 that answers it.
        int beat = lab.serverLog().size();
        lab.serverLog().await(beat, WireEvent.EnginePacketSeen.class,
                e -> e.direction() == Direction.IN && e.packet().type() == EngineType.PONG, SocketIoLab.WAIT)
                .orElseThrow(() -> missing("heartbeat"));
        List<WireEvent> extras = lab.serverLog().events().subList(to, lab.serverLog().size());
        return new Seen(line, plain, sio, extras, plainNames,
                java.util.Map.of(alice.serverSession(), "alice", bob.serverSession(), "bob"));
    }

    private static Leg leg(List<WireEvent> events) {
        List<WireEvent.FrameSeen> frames = events.stream().filter(e -> e instanceof WireEvent.FrameSeen)
                .map(e -> (WireEvent.FrameSeen) e).toList();
        long bytes = frames.stream().mapToLong(f -> f.frame().raw().length).sum();
        List<String> payloads = frames.stream().map(f -> new String(f.frame().payload(),
                java.nio.charset.StandardCharsets.UTF_8)).toList();
        return new Leg(events, bytes, payloads);
    }

    @Override
    void run(DemoContext ctx, SocketIoLab lab) throws Exception {
        Style style = ctx.style();
        String line = chatLine(new SecureRandom());
        Seen seen = observe(lab, line);
        ctx.out().println(style.bold("Plain WebSocket: ws.send(line); the server relays it to the other clients"));
        print(ctx, named(new Transcript(style), seen.plainNames()).lines(seen.plain().events()));
        ctx.out().println();
        ctx.out().println(style.bold("Socket.IO: socket.emit(\"chat message\", line); the server's socket.broadcast.emit"));
        print(ctx, named(new Transcript(style), seen.sioNames()).lines(seen.socketIo().events()));
        ctx.out().println();
        ctx.out().println(style.bold(String.format("  %-12s %-12s %-8s %s", "", "bytes/frame", "total", "payload of alice's frame")));
        row(ctx, "WebSocket", seen.plain());
        row(ctx, "Socket.IO", seen.socketIo());
        long extra = seen.socketIo().bytes() - seen.plain().bytes();
        ctx.out().println(style.dim(String.format(Locale.ROOT, "  The same %d-byte line: Socket.IO put %d more bytes on "
                + "the wire for the two frames: in each, the type digits 4 (Engine.IO MESSAGE) and 2 (Socket.IO EVENT) "
                + "and a JSON array that names the event. The main namespace \"/\" costs nothing; another would add its name and a comma.",
                line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, extra)));
        ctx.out().println();
        ctx.out().println(style.bold("What else Socket.IO put on the same connection: an acknowledgement, then a heartbeat"));
        ctx.out().println(style.dim("  (this server pings every " + PING_INTERVAL.toMillis() + " ms so that one shows here; "
                + "socket.io's default is every 25 s)"));
        print(ctx, named(new Transcript(style), seen.sioNames()).lines(seen.extras()));
        ctx.out().println(style.dim("  Plain WebSocket has neither: acknowledgements you would build with your own ids, "
                + "and its ping and pong are control frames a browser's script cannot send. Reconnection is the client "
                + "library's: socket.io-client reconnects with growing delays (wstutor's own client does not)."));
    }

    private static Transcript named(Transcript t, java.util.Map<Integer, String> names) {
        names.forEach(t::name);
        return t;
    }

    private static void row(DemoContext ctx, String name, Leg leg) {
        String sizes = leg.events().stream().filter(e -> e instanceof WireEvent.FrameSeen)
                .map(e -> String.valueOf(((WireEvent.FrameSeen) e).frame().raw().length))
                .reduce((a, b) -> a + " + " + b).orElse("-");
        ctx.out().println(String.format("  %-12s %-12s %-8s %s", name, sizes, leg.bytes(),
                leg.payloads().isEmpty() ? "" : dev.wstutor.view.Printable.of(leg.payloads().get(0))));
    }
}
