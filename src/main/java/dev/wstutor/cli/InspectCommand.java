package dev.wstutor.cli;

import dev.wstutor.net.Proxy;
import dev.wstutor.net.TapClient;
import dev.wstutor.net.TapServer;
import dev.wstutor.view.Console;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.LegLabels;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Style;
import dev.wstutor.view.Timeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wstutor inspect --listen PORT --target URL}: a proxy to watch a real app's traffic. Point the app at
 * wstutor instead of its server; every message and control frame is forwarded both ways and shown, both
 * handshakes included. Events of the app's leg are seen by the server side of the tap, those of the target's
 * leg by the client side, so each frame shows which leg it crossed.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Proxy a real app's WebSocket traffic and show it on both legs.",
                "Sits between a client (a browser, your app) and its server, showing",
                "both handshakes and every frame on each leg. Point the client",
                "at ws://127.0.0.1:PORT/ instead of the server. Origin, Cookie,",
                "Authorization and User-Agent are passed on; --subprotocol P is",
                "accepted from the client and offered to the target."})
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Io io;

    InspectCommand(Io io) {
        this.io = io;
    }

    @Option(names = "--listen", required = true, paramLabel = "PORT", description = "port the client connects to (0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--target", required = true, paramLabel = "URL", description = "the real server, ws://host:port/path or wss://... (--ca, --insecure)")
    String target;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "5000",
            description = "how long to wait for the target's handshake answer (default: ${DEFAULT-VALUE})")
    long timeoutMs;

    @Mixin
    HeaderOptions request;

    @Mixin
    EventOptions view;

    @Mixin
    ColorOptions color;

    @Mixin
    LimitOptions limits;

    @Mixin
    TlsOptions tls;

    @Override
    public Integer call() {
        URI uri = Urls.websocket(target);
        if (port < 0 || port > 65535) {
            throw UserError.usage("--listen must be a port 0-65535, got " + port);
        }
        Style style = color.style();
        try (Console console = io.console("inspect-history")) {
            LineSink events = console;
            LineSink sink = view.human(events, spec.commandLine().getErr());
            // Both legs read "client → server"; text lines say which leg (JSON has the observer field for that).
            // One clock for both legs, so a frame relayed shows after the frame that carried it in.
            Timeline timeline = view.timeline();
            EventPrinter printer = view.start(events, view.json() ? view.format(style, timeline)
                    : LegLabels.proxy(view.format(style, timeline), style), timeline);
            TapClient.Options options = new TapClient.Options(request.map(), request.subprotocols(),
                    Duration.ofMillis(timeoutMs), TapClient.Options.defaults().maxFrameSize()).withTrust(tls.trust());
            Proxy proxy;
            try {
                proxy = Proxy.start(new TapServer.Config(host, port, request.subprotocols(), limits.limits(), 0, 1),
                        uri, options, view.feed(printer), System::nanoTime);
            } catch (IOException e) {
                printer.close();
                throw new UserError(e.getMessage().replace("--port 0", "--listen 0"));
            }
            sink.line("listening on " + proxy.url());
            Exposure.warning(host).ifPresent(w -> sink.line(style.yellow(w)));
            sink.line(style.dim("forwarding every client to " + uri + "; each line says which leg it crossed. Ctrl-C stops."));
            try (Stops.Session session = io.untilStopped(console::wake)) {
                Console.Line line;
                while ((line = session.next(console, "inspect> ")) != null) {
                    if (line.text().trim().equals("/clients")) {
                        proxy.peers().forEach(p -> sink.line("client " + p.id() + "  " + p.remote()));
                    } else if (!line.text().isBlank()) {
                        sink.line(style.dim("inspect only watches: /clients lists the connected clients, Ctrl-C stops"));
                    }
                }
            }
            proxy.stop(1000);
            printer.close();
            sink.line("stopped");
            return ExitCode.OK;
        }
    }
}
