package dev.wstutor.cli;

import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.Redirects;
import dev.wstutor.net.TapClient;
import dev.wstutor.view.Console;
import dev.wstutor.view.Detail;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Printable;
import dev.wstutor.view.Style;
import dev.wstutor.wire.CloseCode;
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
                "(--wait), and the connection is closed with 1000 at the end of input.",
                "With --socketio, a Socket.IO client: /emit EVENT [JSON]..., /emit --ack,",
                "/disconnect; every poll, frame and packet shown layer by layer."})
final class ConnectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Io io;

    ConnectCommand(Io io) {
        this.io = io;
    }

    @Parameters(paramLabel = "URL", description = "ws://host:port/path or wss://...; with --socketio http://host:port")
    String url;

    @Mixin
    HeaderOptions request;

    @Option(names = {"-w", "--wait"}, paramLabel = "SECONDS", defaultValue = "1", converter = WaitTime.Converter.class,
            description = {"after the last line of stdin or the last -x: how long to wait for replies before closing,",
                    "in seconds (2, 0.5) or 500ms; -1 holds the connection open until the server closes it or Ctrl-C (default: ${DEFAULT-VALUE})"})
    WaitTime wait;

    @Option(names = {"-x", "--execute"}, paramLabel = "LINE",
            description = "send LINE after connecting, as if typed (repeat for several; /ping, /binary... work, //text sends /text); then wait (-w) and close, without reading stdin")
    List<String> execute = new java.util.ArrayList<>();

    @Option(names = "--host", paramLabel = "NAME", description = "the Host header to send: the same as -H 'Host: NAME'")
    String hostHeader;

    @Option(names = "--proxy", paramLabel = "URL",
            description = "connect through an HTTP proxy that supports CONNECT: http://[user:password@]host:port; for wss:// TLS runs inside the tunnel, end to end with the server")
    String proxy;

    @Option(names = {"-L", "--location"}, description = "follow a redirect (3xx with Location) answered to the handshake")
    boolean follow;

    @Option(names = "--max-redirects", paramLabel = "N", defaultValue = "10",
            description = "with -L: the most redirects followed (default: ${DEFAULT-VALUE})")
    int maxRedirects;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "5000",
            description = "how long to wait for the handshake answer (default: ${DEFAULT-VALUE})")
    long timeoutMs;

    @Option(names = "--max-frame", paramLabel = "BYTES", defaultValue = "16777216",
            description = "largest frame (and message) accepted from the server; bigger ones are refused with close 1009 (default: ${DEFAULT-VALUE})")
    int maxFrame;

    @Mixin
    EventOptions view;

    @Mixin
    TlsOptions tls;

    @Mixin
    ColorOptions color;

    @Mixin
    SocketIoOptions socketio;

    @Override
    public Integer call() throws InterruptedException {
        if (timeoutMs < 1) {
            throw UserError.usage("--timeout must be positive");
        }
        if (maxRedirects < 0) {
            throw UserError.usage("--max-redirects must be 0 or more");
        }
        if (maxFrame < 1) {
            throw UserError.usage("--max-frame must be positive");
        }
        if (socketio.enabled) {
            if (wait.holdsOpen() || !execute.isEmpty() || proxy != null || follow) {
                throw UserError.usage("--wait -1, -x, --proxy and -L are for plain WebSocket; with --socketio give --wait in seconds and type the lines");
            }
            socketio.auth = request.takeAuth();
            SocketIoSession session = new SocketIoSession(url, socketio, view, headers(), Duration.ofMillis(timeoutMs), wait.time());
            try (Console console = io.console("connect-history")) {
                return session.run(console, LineSink.of(spec.commandLine().getErr()), color.style());
            }
        }
        URI uri = Urls.websocket(url);
        TapClient.Options options = new TapClient.Options(headers(), request.subprotocols(), Duration.ofMillis(timeoutMs),
                maxFrame).withTrust(tls.trust());
        if (proxy != null) {
            try {
                options = options.withProxy(dev.wstutor.net.HttpProxy.parse(proxy));
            } catch (IllegalArgumentException e) {
                throw UserError.usage("--proxy " + e.getMessage());
            }
        }
        Style style = color.style();
        try (Console console = io.console("connect-history")) {
            LineSink sink = console;
            // With the frame view off, stdout carries only what arrives, one message a line, for scripts to read;
            // the connection's own lines (opened, closed) go to stderr.
            boolean plain = view.detail() == Detail.NONE && !view.json();
            LineSink events = plain && !console.interactive() ? LineSink.of(spec.commandLine().getErr()) : sink;
            EventPrinter printer = view.start(events, style);
            TapClient client;
            try {
                client = Redirects.connect(uri, options, view.feed(printer), new TapClient.Handler() {
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
                        ending.compareAndSet(null, new Ending(code, reason, byPeer));
                        console.wake();
                    }
                }, System::nanoTime, follow ? maxRedirects : 0, (answer, next) -> {
                    printer.flush(Duration.ofSeconds(1));
                    LineSink.of(spec.commandLine().getErr()).line(style.dim("redirect: " + answer.status() + " " + answer.reason() + " → " + next));
                });
            } catch (ConnectFailure e) {
                printer.close();
                throw new UserError(e.getMessage() + redirectHint(e));
            }
            printer.flush(Duration.ofSeconds(1)); // the handshake first, then the hint below it
            if (console.interactive() && execute.isEmpty()) {
                sink.line(style.dim("connected" + (client.subprotocol().isEmpty() ? "" : " (subprotocol " + client.subprotocol() + ")")
                        + ": type a message, /help for commands, Ctrl-D or Ctrl-C to close"));
            }
            boolean interrupted = execute.isEmpty() ? session(console, client, sink, style) : execute(client, sink, style);
            if (client.isOpen() && (!console.interactive() || !execute.isEmpty())) {
                interrupted |= linger(client); // replies to the last lines, unless the server closes first
            }
            if (client.isOpen()) {
                client.close(CloseCode.NORMAL.code(), "");
            }
            client.awaitClosed(Duration.ofSeconds(2));
            client.close();
            printer.close();
            if (interrupted) {
                return INTERRUPTED;
            }
            Ending end = ending.get();
            if (end != null && end.failed()) {
                spec.commandLine().getErr().println("wstutor: " + end.describe());
                return ExitCode.FAILED;
            }
            return ExitCode.OK;
        }
    }

    /** The request headers: -H, --origin, --auth, and --host as the Host header. */
    private java.util.Map<String, String> headers() {
        java.util.Map<String, String> headers = request.map();
        if (hostHeader != null) {
            if (hostHeader.isBlank() || hostHeader.indexOf('\r') >= 0 || hostHeader.indexOf('\n') >= 0) {
                throw UserError.usage("--host '" + hostHeader + "' is not a host name");
            }
            headers.put("Host", hostHeader.trim());
        }
        return headers;
    }

    /** Without -L, a redirect says where it leads and how to follow it. */
    private String redirectHint(ConnectFailure e) {
        if (follow || e.response().isEmpty() || e.response().get().status() / 100 != 3) {
            return "";
        }
        String to = e.response().get().header("Location").orElse(null);
        return to == null ? "" : " to " + Printable.of(to) + "; follow it with -L";
    }

    /** The -x lines, sent as if typed; a /quit among them stops there. */
    private static boolean execute(java.util.List<String> lines, TapClient client, LineSink sink, Style style) {
        for (String text : lines) {
            ConsoleCommand command;
            try {
                command = ConsoleCommand.parse(text);
            } catch (IllegalArgumentException e) {
                throw UserError.usage("-x '" + text + "': " + e.getMessage());
            }
            if (command instanceof ConsoleCommand.Quit || !client.isOpen()) {
                break;
            }
            try {
                run(command, client, sink, style);
            } catch (IOException | RuntimeException e) {
                sink.line(style.red("not sent: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        return false;
    }

    private boolean execute(TapClient client, LineSink sink, Style style) {
        return execute(execute, client, sink, style);
    }

    /**
     * After the last line: wait --wait for replies, or with -1 until the server closes or a stop (Ctrl-C, SIGTERM),
     * which closes with 1000 as /quit does. @return whether a stop ended it
     */
    private boolean linger(TapClient client) throws InterruptedException {
        if (!wait.holdsOpen()) {
            client.awaitClosed(wait.time());
            return false;
        }
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        try (Stops.Session session = io.untilStopped(() -> {
            stopped.set(true);
            if (client.isOpen()) {
                client.close(CloseCode.NORMAL.code(), "");
            }
        })) {
            while (!client.awaitClosed(Duration.ofSeconds(1)) && !session.requested()) {
                // held open: the server's frames keep printing
            }
        }
        return false; // a stop here is how -1 is meant to end: closed with 1000, exit 0
    }

    /** The exit code of a shell command stopped by Ctrl-C (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    private final java.util.concurrent.atomic.AtomicReference<Ending> ending = new java.util.concurrent.atomic.AtomicReference<>();

    /** How the connection ended, as the client's library reported it. */
    record Ending(int code, String reason, boolean byPeer) {
        /**
         * Whether a script should see a failure: the connection ended abnormally (1006: a reset, a truncated
         * frame, no close frame), or a close said something went wrong (protocol error, unsupported or invalid
         * data, policy, too big, missing extension, server error, bad gateway, TLS). 1000 and 1001 are normal
         * ends; 1012 and 1013 (restart, try later) ask the client to come back, not to fail; 1005 (no code) and
         * application codes 3000-4999 are not failures either.
         */
        boolean failed() {
            return code == CloseCode.PROTOCOL_ERROR.code() || code == CloseCode.UNSUPPORTED_DATA.code()
                    || (code >= CloseCode.ABNORMAL.code() && code <= CloseCode.INTERNAL_ERROR.code())
                    || code == CloseCode.BAD_GATEWAY.code() || code == CloseCode.TLS_HANDSHAKE.code() || code < 0;
        }

        String describe() {
            String who = byPeer ? "the server" : "wstutor";
            String what = code == CloseCode.ABNORMAL.code() || code < 0 ? "the connection ended abnormally (1006: reset, or closed without a close frame)"
                    : who + " closed with " + code + " " + CloseCode.nameOf(code)
                    + (reason == null || reason.isEmpty() ? "" : " \"" + reason + "\"");
            return Printable.of(what);
        }
    }

    /** @return whether Ctrl-C ended it */
    private static boolean session(Console console, TapClient client, LineSink sink, Style style) {
        while (client.isOpen()) {
            Console.Input in = console.read("> ");
            if (!(in instanceof Console.Line line)) {
                return in instanceof Console.Interrupt; // end of input, Ctrl-C, or the connection closed
            }
            ConsoleCommand command;
            try {
                command = ConsoleCommand.parse(line.text());
            } catch (IllegalArgumentException e) {
                sink.line(style.red(e.getMessage()));
                continue;
            }
            if (command instanceof ConsoleCommand.Quit || !client.isOpen()) {
                return false;
            }
            try {
                run(command, client, sink, style);
            } catch (IOException | RuntimeException e) {
                sink.line(style.red("not sent: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        return false;
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
