package dev.wstutor.cli;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.net.ChatMode;
import dev.wstutor.net.EchoHandler;
import dev.wstutor.net.Limits;
import dev.wstutor.net.Peer;
import dev.wstutor.net.PushMode;
import dev.wstutor.net.TapServer;
import dev.wstutor.net.TlsIdentity;
import dev.wstutor.net.TlsSetupException;
import dev.wstutor.progress.StateDir;
import java.nio.file.Path;
import dev.wstutor.net.sio.SocketIoOptions;
import dev.wstutor.socketio.Transport;
import dev.wstutor.view.Console;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Style;
import java.io.IOException;
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

    private final Io io;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Option(names = "--port", description = "port to listen on; 0 picks a free one (default: 8080, 3000 with --socketio)")
    Integer port;

    @Option(names = "--socketio", description = "a Socket.IO 4 server instead (Engine.IO v4: HTTP long-polling and WebSocket on one port)")
    boolean socketio;

    @Option(names = "--ping-interval", paramLabel = "MS", defaultValue = "25000", description = "--socketio: time between the server's pings (default: ${DEFAULT-VALUE})")
    long pingInterval;

    @Option(names = "--ping-timeout", paramLabel = "MS", defaultValue = "20000", description = "--socketio: how long to wait for the pong (default: ${DEFAULT-VALUE})")
    long pingTimeout;

    @Option(names = "--max-payload", paramLabel = "BYTES", defaultValue = "1000000", description = "--socketio: largest POST body or WebSocket frame (default: ${DEFAULT-VALUE})")
    long maxPayload;

    @Option(names = "--connect-timeout", paramLabel = "MS", defaultValue = "45000", description = "--socketio: close a client that sends no CONNECT in this time (default: ${DEFAULT-VALUE})")
    long connectTimeout;

    @Option(names = "--transports", paramLabel = "polling,websocket", split = ",", description = "--socketio: the transports offered (default: polling,websocket)")
    List<String> transports = new ArrayList<>(List.of("polling", "websocket"));

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

    @Option(names = "--tls", description = "serve wss:// with a self-signed certificate made on first use and kept in $WSTUTOR_HOME "
            + "(" + TlsIdentity.CERT_PEM + " is what clients pass as --ca)")
    boolean tls;

    @Option(names = "--cert", paramLabel = "FILE", description = "serve wss:// with this certificate chain (PEM, the server's first); needs --key")
    Path certFile;

    @Option(names = "--key", paramLabel = "FILE", description = "the private key of --cert: PEM, unencrypted PKCS#8 (BEGIN PRIVATE KEY), RSA or EC")
    Path keyFile;

    @Mixin
    EventOptions view;

    @Mixin
    ColorOptions color;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() {
        if (socketio) {
            if (tls || certFile != null || keyFile != null) {
                throw UserError.usage("--tls, --cert and --key are for the WebSocket server; serve --socketio speaks plain HTTP only");
            }
            return SocketIoServe.run(io, socketIoOptions(), view);
        }
        TlsIdentity identity = identity();
        int port = this.port == null ? 8080 : this.port;
        if (port < 0 || port > 65535) {
            throw UserError.usage("--port must be 0-65535, got " + port);
        }
        if (workers < 1 || tickMs < 1) {
            throw UserError.usage("--workers and --tick must be positive");
        }
        Limits serverLimits = limits.limits();
        Style style = color.style();
        try (Console console = io.console("serve-history")) {
            LineSink events = console;
            LineSink sink = view.human(events, spec.commandLine().getErr());
            EventPrinter printer = view.start(events, style);
            TapServer.Handler handler = switch (mode) {
                case echo -> new EchoHandler();
                case chat -> new ChatMode();
                case push -> new PushMode(Clock.systemUTC(), Duration.ofMillis(tickMs));
            };
            TapServer server;
            try {
                TapServer.Config config = new TapServer.Config(host, port, List.copyOf(subprotocols), serverLimits, 0, workers);
                server = TapServer.start(identity == null ? config : config.withTls(identity.context()),
                        view.feed(printer), handler, System::nanoTime);
            } catch (IOException e) {
                printer.close();
                closeHandler(handler);
                throw new UserError(e.getMessage());
            }
            sink.line("listening on " + server.url());
            if (identity != null) {
                describe(identity, sink, style);
            }
            Exposure.warning(host).ifPresent(w -> sink.line(style.yellow(w)));
            if (console.interactive()) {
                sink.line(style.dim("mode " + mode + ": type a line to send it to every client, /help for commands, Ctrl-C to stop"));
            }
            try (Stops.Session session = io.untilStopped(console::wake)) {
                operate(session, console, server, sink, style);
            }
            int n = server.peers().size();
            server.stop(1000);
            closeHandler(handler);
            printer.close();
            sink.line("stopped" + (n == 0 ? "" : ": closed " + n + " connection" + (n == 1 ? "" : "s") + " with 1001 going away"));
            return ExitCode.OK;
        }
    }

    /** The certificate to serve wss:// with, or null for ws://. */
    private TlsIdentity identity() {
        if ((certFile == null) != (keyFile == null)) {
            throw UserError.usage("--cert and --key go together: the certificate (PEM) and its private key (PKCS#8 PEM)");
        }
        try {
            if (certFile != null) {
                return TlsIdentity.fromPem(certFile, keyFile);
            }
            if (!tls) {
                return null;
            }
            Path home = io.home() != null ? io.home() : StateDir.fromEnvironment().path();
            return TlsIdentity.selfSigned(home);
        } catch (TlsSetupException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static void describe(TlsIdentity identity, LineSink sink, Style style) {
        if (identity.generated()) {
            sink.line("made a self-signed certificate for localhost, 127.0.0.1 and ::1: " + identity.certificateFile());
        }
        sink.line("certificate SHA-256 " + identity.fingerprint());
        sink.line(style.dim("clients: wstutor connect --ca " + identity.certificateFile() + " URL (or --insecure to skip the check)"));
    }

    private SocketIoOptions socketIoOptions() {
        int p = port == null ? 3000 : port;
        if (p < 0 || p > 65535) {
            throw UserError.usage("--port must be 0-65535, got " + p);
        }
        if (pingInterval < 1 || pingTimeout < 1 || connectTimeout < 1) {
            throw UserError.usage("--ping-interval, --ping-timeout and --connect-timeout must be positive milliseconds");
        }
        if (maxPayload < 1 || maxPayload > Integer.MAX_VALUE - 1024) {
            throw UserError.usage("--max-payload must be 1 to " + (Integer.MAX_VALUE - 1024) + " bytes");
        }
        Set<Transport> offered = new LinkedHashSet<>();
        for (String t : transports) {
            offered.add(Transport.byName(t.trim()).orElseThrow(() ->
                    UserError.usage("unknown transport '" + t + "'; use polling, websocket or both: --transports polling,websocket")));
        }
        if (offered.isEmpty()) {
            throw UserError.usage("--transports needs polling, websocket or both");
        }
        SocketIoOptions d = SocketIoOptions.defaults();
        return new SocketIoOptions(host, p, pingInterval, pingTimeout, maxPayload, connectTimeout, offered,
                d.maxAttachments(), d.maxBufferedPackets());
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
    private static void operate(Stops.Session session, Console console, TapServer server, LineSink sink, Style style) {
        Console.Line line;
        while ((line = session.next(console, "serve> ")) != null) {
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
