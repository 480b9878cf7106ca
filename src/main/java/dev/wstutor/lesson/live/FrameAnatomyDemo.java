package dev.wstutor.lesson.live;

import dev.wstutor.event.Direction;
import dev.wstutor.event.WireEvent;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.LiveLab;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.MessageAssembler;
import dev.wstutor.wire.Opcode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One field of the frame header at a time, each on frames this run's client really sends to the live server:
 * what the server's tap saw, field by field. Argument {@code send:} names what to send, in order, separated by
 * {@code |}: {@code text}, {@code fragmented}, {@code binary}, {@code length-16}, {@code length-64}, {@code ping},
 * {@code rsv1} (a frame with RSV1 set that no extension was agreed for); {@code message:} the text to use;
 * {@code detail:} summary, normal or full.
 */
public final class FrameAnatomyDemo extends LiveDemo {
    private final SecureRandom random = new SecureRandom();

    public FrameAnatomyDemo() {
        super("frame-anatomy");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        FrameView view = new FrameView(ctx.style(), Detail.valueOf(ctx.arg("detail", "normal").toUpperCase(Locale.ROOT)));
        FrameView brief = new FrameView(ctx.style(), Detail.SUMMARY);
        String message = ctx.arg("message", "Hello, frames");
        boolean first = true;
        for (String what : ctx.arg("send", "text").split("\\|")) {
            if (!first) {
                ctx.out().println();
            }
            first = false;
            int from = live.serverLog().size();
            switch (what.strip()) {
                case "text" -> {
                    live.send(message);
                    print(ctx, view.render(live.serverFrame(from, Direction.IN, Opcode.TEXT)));
                    print(ctx, brief.render(live.serverFrame(from, Direction.OUT, Opcode.TEXT)));
                }
                case "fragmented" -> fragmented(ctx, live, view, brief, message);
                case "binary" -> {
                    byte[] data = new byte[8];
                    random.nextBytes(data);
                    live.send(data);
                    print(ctx, view.render(live.serverFrame(from, Direction.IN, Opcode.BINARY)));
                    print(ctx, brief.render(live.serverFrame(from, Direction.OUT, Opcode.BINARY)));
                }
                case "length-16" -> lengthForm(ctx, live, view, brief, 126 + random.nextInt(400));
                case "length-64" -> lengthForm(ctx, live, view, brief, 65536 + random.nextInt(4096));
                case "ping" -> {
                    live.ping(message.getBytes(StandardCharsets.UTF_8));
                    print(ctx, view.render(live.serverFrame(from, Direction.IN, Opcode.PING)));
                    print(ctx, view.render(live.serverFrame(from, Direction.OUT, Opcode.PONG)));
                }
                case "rsv1" -> rsv1(ctx, live, view, from);
                default -> throw new IllegalArgumentException("frame-anatomy cannot send '" + what.strip() + "'");
            }
        }
    }

    /** One message in three frames: the first says text, the others are continuations; only the last has FIN. */
    private void fragmented(DemoContext ctx, LiveLab live, FrameView view, FrameView brief, String message)
            throws Exception {
        int from = live.serverLog().size();
        live.sendFragments(true, message.getBytes(StandardCharsets.UTF_8), 3);
        live.serverLog().await(from, WireEvent.FrameSeen.class,
                e -> e.direction() == Direction.IN && !e.frame().isControl() && e.frame().fin(), LiveLab.WAIT)
                .orElseThrow(() -> new IllegalStateException("the server saw no final fragment"));
        List<WireEvent.FrameSeen> fragments = live.serverLog().all(from, WireEvent.FrameSeen.class,
                e -> e.direction() == Direction.IN && !e.frame().isControl());
        MessageAssembler assembler = new MessageAssembler(1 << 20);
        long offset = 0;
        for (WireEvent.FrameSeen f : fragments) {
            print(ctx, view.render(f));
            ctx.out().println();
            assembler.accept(f.frame(), offset).ifPresent(m -> ctx.out().println(view.render(m)));
            offset += f.frame().raw().length;
        }
        int at = from;
        ctx.out().println(ctx.style().dim("The server's application saw one message, and echoed it in one frame:"));
        print(ctx, brief.render(live.serverFrame(at, Direction.OUT, Opcode.TEXT)));
    }

    private void lengthForm(DemoContext ctx, LiveLab live, FrameView view, FrameView brief, int length)
            throws Exception {
        int from = live.serverLog().size();
        byte[] data = new byte[length];
        Arrays.fill(data, (byte) '*');
        live.send(new String(data, StandardCharsets.US_ASCII));
        print(ctx, view.render(live.serverFrame(from, Direction.IN, Opcode.TEXT)));
        print(ctx, brief.render(live.serverFrame(from, Direction.OUT, Opcode.TEXT)));
    }

    /** RSV1 means "compressed" only once permessage-deflate was agreed; here it was not, so the server must fail. */
    private void rsv1(DemoContext ctx, LiveLab live, FrameView view, int from) throws Exception {
        byte[] key = new byte[4];
        random.nextBytes(key);
        live.sendRawFrame(FrameEncoder.encode(true, 4, Opcode.TEXT.code(), "hi".getBytes(StandardCharsets.UTF_8), key));
        int id = live.serverConnection();
        List<WireEvent> seen = live.serverLog().await(from, WireEvent.Closed.class, c -> c.connection() == id,
                LiveLab.WAIT).map(c -> live.serverLog().all(from, WireEvent.class, e -> e.connection() == id))
                .orElseThrow(() -> new IllegalStateException("the server did not close the connection"));
        // The next step connects again; it must not find this client still half-way through the close.
        live.awaitClientClosed();
        for (WireEvent e : seen) {
            if (e instanceof WireEvent.FrameRejected r) {
                print(ctx, view.render(r));
            } else if (e instanceof WireEvent.FrameSeen f) {
                print(ctx, new FrameView(ctx.style(), Detail.SUMMARY).render(f));
            } else if (e instanceof WireEvent.Closed c) {
                ctx.out().println(view.render(c));
            }
        }
    }
}
