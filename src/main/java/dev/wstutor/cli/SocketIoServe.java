package dev.wstutor.cli;

import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.net.sio.SocketIoOptions;
import dev.wstutor.view.Console;
import dev.wstutor.view.Detail;
import dev.wstutor.net.sio.SocketIoServer;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Style;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code serve --socketio}: runs {@link SocketIoServer}, shows every poll, frame and packet through the event
 * printer, and takes the operator's {@code /emit}, {@code /clients} and {@code /help} until Ctrl-C.
 */
final class SocketIoServe {
    private SocketIoServe() {
    }

    static int run(Io io, SocketIoOptions options, EventOptions view) {
        Style style = Style.detect(false);
        try (Console console = io.console("serve-socketio-history")) {
            LineSink sink = console;
            EventPrinter printer = view.start(sink, style);
            SocketIoServer server;
            try {
                server = SocketIoServer.start(options, feed(view, printer), System::nanoTime);
            } catch (IOException e) {
                printer.close();
                throw new UserError(e.getMessage());
            }
            sink.line("listening on " + server.url());
            Exposure.warning(options.host()).ifPresent(w -> sink.line(style.yellow(w)));
            if (console.interactive()) {
                sink.line(style.dim("Socket.IO at /socket.io/, Engine.IO echo at /engine.io/; /emit EVENT [JSON]..., /help, Ctrl-C to stop"));
            }
            try (Stops.Session session = io.untilStopped(console::wake)) {
                operate(session, console, server, sink, style);
            }
            server.close();
            printer.close();
            sink.line("stopped");
            return ExitCode.OK;
        }
    }

    /** The operator's loop: until Ctrl-C, Ctrl-D in a terminal, /quit, or a signal when reading a pipe. */
    private static void operate(Stops.Session session, Console console, SocketIoServer server, LineSink sink, Style style) {
        Console.Line line;
        while ((line = session.next(console, "socket.io> ")) != null) {
            SioConsoleCommand command;
            try {
                command = SioConsoleCommand.parse(line.text());
            } catch (IllegalArgumentException e) {
                sink.line(style.red(e.getMessage()));
                continue;
            }
            if (command instanceof SioConsoleCommand.Quit) {
                return;
            }
            run(command, server, sink, style);
        }
    }

    /**
     * At {@code --frames none} (text) the view shows no poll and no packet, only openings, closes and refusals; the
     * server is told so and does not build those events at all, and any that still come are dropped here rather than
     * queued for the printer thread to discard (that alone cost about a fifth of the WebSocket round-trip rate on
     * two cores, scripts/bench-socketio).
     */
    private static WireListener feed(EventOptions view, EventPrinter printer) {
        WireListener feed = view.feed(printer);
        if (view.json() || view.detail() != Detail.NONE) {
            return feed;
        }
        return new WireListener() {
            @Override
            public void on(WireEvent event) {
                if (!(event instanceof WireEvent.PollSeen || event instanceof WireEvent.EnginePacketSeen
                        || event instanceof WireEvent.SocketPacketSeen)) {
                    feed.on(event);
                }
            }

            @Override
            public boolean wantsFrames() {
                return false;
            }

            @Override
            public boolean wantsPackets() {
                return false;
            }
        };
    }

    private static void run(SioConsoleCommand command, SocketIoServer server, LineSink sink, Style style) {
        try {
            if (command instanceof SioConsoleCommand.Help) {
                help().forEach(sink::line);
            } else if (command instanceof SioConsoleCommand.Clients) {
                List<SocketIoServer.ClientInfo> clients = server.clients().get(5, TimeUnit.SECONDS);
                if (clients.isEmpty()) {
                    sink.line("no sockets connected");
                }
                for (SocketIoServer.ClientInfo c : clients) {
                    sink.line("#" + c.connection() + "  socket " + c.socketId() + "  namespace " + c.namespace() + "  "
                            + c.transport() + "  engine sid " + c.engineSid()
                            + (c.rooms().isEmpty() ? "" : "  rooms " + String.join(",", c.rooms())));
                }
            } else if (command instanceof SioConsoleCommand.Emit e) {
                int n = server.emit(e.audience(), e.event(), e.args()).get(5, TimeUnit.SECONDS);
                if (n == 0) {
                    sink.line(style.yellow("no socket matched: nothing sent (/clients lists them)"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            sink.line(style.red("the server did not answer: " + e.getMessage()));
        }
    }

    static List<String> help() {
        return List.of(
                "/emit EVENT [JSON]...              emit to every socket, e.g. /emit news {\"title\":\"hi\"} 42",
                "/emit --to SID EVENT [JSON]...     emit to one socket (its id from /clients)",
                "/emit --room ROOM EVENT [JSON]...  emit to the sockets in a room",
                "/emit \"chat message\" \"hi\"          an event name with spaces is a JSON string",
                "/clients                           list the connected sockets, their transport and rooms",
                "/quit or Ctrl-C                    close every session and stop",
                "demo: on connect the server emits 'auth'; 'message' gets 'message-back'; 'message-with-ack' is acked;",
                "      'chat message' goes to the other sockets (or rooms); 'join'/'leave' ROOM");
    }
}
