package dev.wstutor.cli;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.net.ChatMode;
import dev.wstutor.net.EchoHandler;
import dev.wstutor.net.Limits;
import dev.wstutor.net.Peer;
import dev.wstutor.net.PushMode;
import dev.wstutor.net.TapServer;
import dev.wstutor.progress.StateDir;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wstutor serve}: a WebSocket server to point your own client at, showing every handshake and frame.
 * The operator types lines to send to every client. Ctrl-C closes every connection with 1001 and exits 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run a WebSocket server; show each handshake and every frame.",
                "Modes: echo answers each message with itself; chat relays it to every",
                "other client; push sends every client a timestamped tick each second.",
                "Type a line to send it to every client; /help lists the commands.",
                "Ctrl-C closes every connection with 1001 and exits 0."})
final class ServeCommand implements Callable<Integer> {

    enum Mode { echo, chat, push }

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to your network)")
    String host;

    @Option(names = "--mode", paramLabel = "echo|chat|push", defaultValue = "echo", description = "echo, chat or push (default: ${DEFAULT-VALUE})")
    Mode mode;

    @Option(names = "--subprotocol", paramLabel = "P", description = "a subprotocol to accept (repeat for several)")
    List<String> subprotocols = new ArrayList<>();

    @Option(names = "--tick", paramLabel = "MS", defaultValue = "1000", description = "push mode: time between ticks (default: ${DEFAULT-VALUE})")
    long tickMs;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "threads decoding frames; 1 keeps the events of all clients in order (default: ${DEFAULT-VALUE})")
    int workers;

    @Mixin
    EventOptions view;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw UserError.usage("--port must be 0-65535, got " + port);
        }
        if (workers < 1 || tickMs < 1) {
            throw UserError.usage("--workers and --tick must be positive");
        }
        Limits serverLimits = limits.limits();
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.detect(false);
        try (Console console = Console.open(StateDir.fromEnvironment().resolve("serve-history"), out)) {
            LineSink events = console.sink();
            LineSink sink = view.human(events, spec.commandLine().getErr());
            EventPrinter printer = view.start(events, style);
            TapServer.Handler handler = switch (mode) {
                case echo -> new EchoHandler();
                case chat -> new ChatMode();
                case push -> new PushMode(Clock.systemUTC(), Duration.ofMillis(tickMs));
            };
            TapServer server;
            try {
                server = TapServer.start(new TapServer.Config(host, port, List.copyOf(subprotocols), serverLimits, 0, workers),
                        view.feed(printer), handler, System::nanoTime);
            } catch (IOException e) {
                printer.close();
                closeHandler(handler);
                throw new UserError(e.getMessage());
            }
            sink.line("listening on " + server.url());
            if (console.interactive()) {
                sink.line(style.dim("mode " + mode + ": type a line to send it to every client, /help for commands, Ctrl-C to stop"));
            }
            UntilStopped session = new UntilStopped("serve", console, () -> {
                int n = server.peers().size();
                server.stop(1000);
                closeHandler(handler);
                printer.close();
                try {
                    sink.line("stopped" + (n == 0 ? "" : ": closed " + n + " connection" + (n == 1 ? "" : "s") + " with 1001 going away"));
                } catch (RuntimeException terminalGone) {
                    // stopped by a signal while the terminal was being restored; the clients were closed all the same
                }
            });
            operate(session, server, sink, style);
            session.stop();
            return ExitCode.OK;
        }
    }

    private static void closeHandler(TapServer.Handler handler) {
        if (handler instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // only a timer to stop
            }
        }
    }

    /** The operator's loop: until Ctrl-C, Ctrl-D in a terminal, /quit, or a signal when reading a pipe. */
    private static void operate(UntilStopped session, TapServer server, LineSink sink, Style style) {
        Console.Line line;
        while ((line = session.nextLine("serve> ")) != null) {
            ConsoleCommand command;
            try {
                command = ConsoleCommand.parse(line.text());
            } catch (IllegalArgumentException e) {
                sink.line(style.red(e.getMessage()));
                continue;
            }
            if (command instanceof ConsoleCommand.Quit) {
                return;
            }
            run(command, server, sink, style);
        }
    }

    static void run(ConsoleCommand command, TapServer server, LineSink sink, Style style) {
        List<Peer> peers = server.peers();
        if (command instanceof ConsoleCommand.Help) {
            help().forEach(sink::line);
            return;
        }
        if (command instanceof ConsoleCommand.Clients) {
            if (peers.isEmpty()) {
                sink.line("no clients connected");
            }
            for (Peer p : peers) {
                sink.line("client " + p.id() + "  " + p.remote().getAddress().getHostAddress() + ":" + p.remote().getPort());
            }
            return;
        }
        if (command instanceof ConsoleCommand.Nothing) {
            return;
        }
        if (command instanceof ConsoleCommand.Kick k) {
            Optional<Peer> p = peers.stream().filter(x -> x.id() == k.client()).findFirst();
            if (p.isEmpty()) {
                sink.line(style.red("no client " + k.client() + "; /clients lists them"));
            } else {
                p.get().close(CloseCode.NORMAL.code(), "kicked by the operator");
            }
            return;
        }
        if (command instanceof ConsoleCommand.Fragment) {
            sink.line(style.red("/fragment is a client command (wstutor connect)"));
            return;
        }
        if (peers.isEmpty()) {
            sink.line(style.yellow("no clients connected: nothing sent"));
            return;
        }
        for (Peer p : peers) {
            try {
                ConsoleCommand.send(command, p);
            } catch (IOException | RuntimeException e) {
                // One client's broken connection must not keep the message from the others.
                sink.line(style.red("client " + p.id() + ": not sent: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
    }

    static List<String> help() {
        return List.of(
                "a line of text     send it as a text message to every client (//text sends a text starting with /)",
                "/ping [data]       ping every client",
                "/pong [data]       an unsolicited pong to every client",
                "/binary HEX        a binary message to every client, e.g. /binary 00 ff 10",
                "/raw HEX           bytes sent as they are (server frames must not be masked)",
                "/close [code [reason]]  close every connection (default 1000)",
                "/clients           list the connected clients",
                "/kick N            close client N",
                "/quit or Ctrl-C    close every connection with 1001 and stop");
    }
}
