package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.event.Direction;
import dev.wstutor.event.WireListener;
import dev.wstutor.view.Detail;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.EventText;
import dev.wstutor.wire.Opcode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The learner's own messages over the live connection: each typed line goes out as a text message (or
 * {@code /ping DATA} as a ping), and the frames print above the prompt as the server's tap sees them.
 */
public final class TryItDemo extends LiveDemo {
    public TryItDemo() {
        super("try-it");
    }

    @Override
    void run(DemoContext ctx, LiveLab live) throws Exception {
        ctx.out().println(ctx.style().dim("Type a message and press Enter; /ping TEXT sends a ping; an empty line ends."
                + (ctx.interactive() && !ctx.arg("push-every", "0").equals("0")
                ? " The server also pushes a message every " + ctx.arg("push-every", "0") + " s, unasked." : "")));
        int before = live.serverConnection();
        live.reconnectIfClosed();
        if (live.serverConnection() != before) {
            ctx.out().println(ctx.style().dim("(connection #" + before + " was closed, so the client connected again: connection #"
                    + live.serverConnection() + ")"));
        }
        try (EventPrinter printer = EventPrinter.start(ctx::printAbove,
                new EventText(ctx.style(), Detail.valueOf(ctx.arg("detail", "summary").toUpperCase(java.util.Locale.ROOT))))) {
            live.listen(printer);
            // At a terminal the server also pushes now and then, unasked, so frames arrive while the learner types.
            int every = Integer.parseInt(ctx.arg("push-every", "0"));
            ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "try-it-push");
                t.setDaemon(true);
                return t;
            });
            if (ctx.interactive() && every > 0) {
                AtomicInteger ticks = new AtomicInteger();
                pusher.scheduleAtFixedRate(() -> live.broadcast("server push #" + ticks.incrementAndGet()),
                        every, every, TimeUnit.SECONDS);
            }
            try {
                while (true) {
                    Optional<String> line = ctx.readLine("message> ");
                    if (line.isEmpty() || line.get().isEmpty()) {
                        break;
                    }
                    int from = live.serverLog().size();
                    Opcode answer;
                    if (line.get().startsWith("/ping")) {
                        live.ping(line.get().substring(5).trim().getBytes(StandardCharsets.UTF_8));
                        answer = Opcode.PONG;
                    } else {
                        live.send(line.get());
                        answer = Opcode.TEXT;
                    }
                    // Wait for the answer so the transcript reads in order, in a pipe as at a terminal.
                    live.serverFrame(from, Direction.OUT, answer);
                    printer.flush(Duration.ofSeconds(2));
                }
            } finally {
                pusher.shutdownNow();
                live.listen(WireListener.NONE);
                printer.flush(Duration.ofSeconds(2));
            }
        }
    }
}
