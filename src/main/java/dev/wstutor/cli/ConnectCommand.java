package dev.wstutor.cli;

import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.TapClient;
import dev.wstutor.progress.StateDir;
import dev.wstutor.view.Detail;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Printable;
import dev.wstutor.view.Style;
import dev.wstutor.wire.Hex;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wstutor connect URL}: a client REPL. In a terminal, frames that arrive while you type appear above
 * the prompt; from a pipe, each line of stdin is sent, replies are awaited for {@code --wait} ms after the last
 * one, and the connection is closed with 1000.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connect to a WebSocket server, send what you type, show every frame.",
                "A line goes out as a text message; /help lists the commands",
                "(/ping, /pong, /close, /binary, /fragment, /raw).",
                "Without a terminal, each line of stdin is sent, replies are awaited",
                "(--wait), and the connection is closed with 1000 at the end of input."})
final class ConnectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "ws://host:port/path or wss://...")
    String url;

    @Mixin
    HeaderOptions request;

    @Option(names = "--wait", paramLabel = "MS", defaultValue = "1000",
            description = "without a terminal: how long to wait for replies after the last line (default: ${DEFAULT-VALUE})")
    long waitMs;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "5000",
            description = "how long to wait for the handshake answer (default: ${DEFAULT-VALUE})")
    long timeoutMs;

    @Mixin
    EventOptions view;

    @Override
    public Integer call() throws InterruptedException {
        URI uri = Urls.websocket(url);
        if (waitMs < 0 || timeoutMs < 1) {
            throw UserError.usage("--wait must be 0 or more and --timeout positive");
        }
        TapClient.Options options = new TapClient.Options(request.map(), request.subprotocols(), Duration.ofMillis(timeoutMs),
                TapClient.Options.defaults().maxFrameSize());
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.detect(false);
        try (Console console = Console.open(StateDir.fromEnvironment().resolve("connect-history"), out)) {
            LineSink sink = console.sink();
            // With the frame view off, stdout carries only what arrives, one message a line, for scripts to read;
            // the connection's own lines (opened, closed) go to stderr.
            boolean plain = view.detail() == Detail.NONE && !view.json();
            LineSink events = plain && !console.interactive() ? LineSink.of(spec.commandLine().getErr()) : sink;
            EventPrinter printer = view.start(events, style);
            TapClient client;
            try {
                client = TapClient.connect(uri, options, view.feed(printer), new TapClient.Handler() {
                    @Override
                    public void text(String text) {
                        if (plain) {
                            sink.line(Printable.of(text)); // one message a line: its own line ends escaped too
                        }
                    }

                    @Override
                    public void binary(ByteBuffer data) {
                        if (plain) {
                            sink.line(Hex.format(bytes(data)));
                        }
                    }

                    @Override
                    public void closed(int code, String reason, boolean byPeer) {
                        console.wake();
                    }
                }, System::nanoTime);
            } catch (ConnectFailure e) {
                printer.close();
                throw new UserError(e.getMessage());
            }
            printer.flush(Duration.ofSeconds(1)); // the handshake first, then the hint below it
            if (console.interactive()) {
                sink.line(style.dim("connected" + (client.subprotocol().isEmpty() ? "" : " (subprotocol " + client.subprotocol() + ")")
                        + ": type a message, /help for commands, Ctrl-D or Ctrl-C to close"));
            }
            session(console, client, sink, style);
            if (client.isOpen() && !console.interactive()) {
                client.awaitClosed(Duration.ofMillis(waitMs)); // replies to the last lines, unless the server closes first
            }
            if (client.isOpen()) {
                client.close(1000, "");
            }
            client.awaitClosed(Duration.ofSeconds(2));
            client.close();
            printer.close();
            return ExitCode.OK;
        }
    }

    private static void session(Console console, TapClient client, LineSink sink, Style style) {
        while (client.isOpen()) {
            Console.Input in = console.readLine("> ");
            if (!(in instanceof Console.Line line)) {
                return; // end of input, Ctrl-C, or the connection closed
            }
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
            if (!client.isOpen()) {
                return;
            }
            try {
                run(command, client, sink, style);
            } catch (IOException | RuntimeException e) {
                sink.line(style.red("not sent: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
    }

    static void run(ConsoleCommand command, TapClient client, LineSink sink, Style style) throws IOException {
        if (ConsoleCommand.send(command, client)) {
            return;
        }
        if (command instanceof ConsoleCommand.Fragment f) {
            client.sendFragments(true, f.text().getBytes(StandardCharsets.UTF_8), f.frames());
        } else if (command instanceof ConsoleCommand.Help) {
            help().forEach(sink::line);
        } else if (command instanceof ConsoleCommand.Clients || command instanceof ConsoleCommand.Kick) {
            sink.line(style.red("/clients and /kick are server commands (wstutor serve)"));
        }
    }

    private static byte[] bytes(ByteBuffer data) {
        byte[] b = new byte[data.remaining()];
        data.duplicate().get(b);
        return b;
    }

    static List<String> help() {
        return List.of(
                "a line of text          send it as a text message (//text sends a text starting with /)",
                "/ping [data]            a ping; the server answers with a pong carrying the same data",
                "/pong [data]            an unsolicited pong (a heartbeat)",
                "/binary HEX             a binary message, e.g. /binary 00 ff 10",
                "/fragment N TEXT        one text message split over N frames",
                "/raw HEX                bytes sent as they are, e.g. /raw 81 02 68 69 (unmasked: expect close 1002)",
                "/close [code [reason]]  start the closing handshake (default 1000)",
                "/quit, Ctrl-D, Ctrl-C   close with 1000 and exit");
    }
}
