package dev.wstutor.cli;

import dev.wstutor.view.Console;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.EngineClient;
import dev.wstutor.net.SocketIoClient;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.view.Detail;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Style;
import dev.wstutor.wire.Hex;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code connect --socketio}: a Socket.IO client session at the console. The event printer shows every poll,
 * frame, Engine.IO packet and Socket.IO packet (the layered view); with {@code --frames none} and no
 * terminal, stdout carries only what the server emits, one event a line as {@code EVENT JSON...}, and the
 * acknowledgements as {@code ack ID JSON... (RTT ms)}, for scripts to read.
 */
final class SocketIoSession {
    private final EventOptions view;
    private final Duration wait;
    private final String namespace;
    private final JsonNode auth;
    private final EngineClient.Options options;

    /** Checks every option first (a mistake is one line, before any console or connection opens). */
    SocketIoSession(String url, SocketIoOptions sio, EventOptions view, Map<String, String> headers, Duration timeout, Duration wait) {
        this.view = view;
        this.wait = wait;
        URI endpoint = SocketIoOptions.endpoint(url);
        this.namespace = sio.namespace();
        this.auth = sio.auth();
        this.options = new EngineClient.Options(endpoint, sio.transports(), headers, timeout, EngineClient.Limits.defaults());
    }

    int run(Console console, LineSink err, Style style) throws InterruptedException {
        LineSink sink = console;
        boolean plain = view.detail() == Detail.NONE && !view.json();
        // Lines about the session itself: beside the view in a terminal, on stderr when stdout is for scripts.
        LineSink status = console.interactive() ? sink : err;
        LineSink events = plain && !console.interactive() ? err : sink;
        EventPrinter printer = view.start(events, style);
        SocketIoClient client;
        try {
            client = SocketIoClient.connect(options, namespace, auth, view.feed(printer), new SocketIoClient.Handler() {
                @Override
                public void event(SocketPacket packet) {
                    if (plain) {
                        sink.line(packet.eventName().orElse("?") + args(packet.arguments()));
                    }
                }

                @Override
                public void disconnected(String reason, boolean byServer) {
                    printer.flush(Duration.ofSeconds(1));
                    status.line(style.dim("disconnected: " + reason));
                    console.wake();
                }
            }, System::nanoTime);
        } catch (ConnectFailure e) {
            printer.close();
            throw new UserError(e.getMessage());
        }
        printer.flush(Duration.ofSeconds(1));
        status.line(style.dim("connected to namespace " + namespace + " as " + client.sid() + " over "
                + client.engine().transport().wireName() + (console.interactive()
                ? ": /emit EVENT [JSON]..., a line emits \"message\", /help for more, Ctrl-D to disconnect" : "")));
        Map<Long, CompletableFuture<SocketIoClient.Ack>> acks = new ConcurrentHashMap<>();
        session(console, client, sink, status, style, acks);
        if (client.isConnected() && !console.interactive()) {
            awaitAcks(acks.values(), wait);
            client.awaitDisconnected(wait); // what the server sends after the last line, unless it disconnects first
        }
        if (client.isConnected()) {
            client.disconnect();
        }
        client.awaitDisconnected(Duration.ofSeconds(2));
        printer.close();
        return ExitCode.OK;
    }

    private static void session(Console console, SocketIoClient client, LineSink sink, LineSink status, Style style,
                                Map<Long, CompletableFuture<SocketIoClient.Ack>> acks) {
        while (client.isConnected()) {
            Console.Input in = console.read("sio> ");
            if (!(in instanceof Console.Line line)) {
                return;
            }
            SocketIoLine command;
            try {
                command = SocketIoLine.parse(line.text());
            } catch (IllegalArgumentException e) {
                status.line(style.red(e.getMessage()));
                continue;
            }
            if (command instanceof SocketIoLine.Disconnect) {
                return;
            }
            if (command instanceof SocketIoLine.Help) {
                help().forEach(sink::line);
            } else if (command instanceof SocketIoLine.Emit emit) {
                try {
                    if (emit.ack()) {
                        CompletableFuture<SocketIoClient.Ack> ack = client.emitWithAck(emit.event(), emit.args());
                        long key = acks.size();
                        acks.put(key, ack);
                        ack.whenComplete((a, failed) -> {
                            if (a != null) {
                                sink.line("ack " + a.id() + args(a.arguments()) + String.format(" (%.1f ms)", a.roundTrip().toNanos() / 1e6));
                            }
                        });
                    } else {
                        client.emit(emit.event(), emit.args());
                    }
                } catch (IOException | RuntimeException e) {
                    status.line(style.red("not sent: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                }
            }
        }
    }

    private static void awaitAcks(Iterable<CompletableFuture<SocketIoClient.Ack>> acks, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (CompletableFuture<SocketIoClient.Ack> a : acks) {
            try {
                a.get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return;
            }
        }
    }

    /** The arguments as they would be typed after /emit: JSON values, binary ones as their bytes in hex. */
    static String args(List<JsonNode> args) {
        return args.stream().map(a -> " " + (a.isBinary() ? "<" + binary(a) + ">" : a.toString())).collect(Collectors.joining());
    }

    private static String binary(JsonNode a) {
        try {
            byte[] b = a.binaryValue();
            return b.length + " bytes: " + Hex.format(b);
        } catch (IOException e) {
            return "binary";
        }
    }

    static List<String> help() {
        return List.of(
                "/emit EVENT [JSON]...        emit an event; each argument is a JSON value: /emit message \"hi\" 42 {\"a\":1}",
                "/emit \"chat message\" \"hi\"    a quoted event name may hold spaces",
                "/emit --ack EVENT [JSON]...  ask for an acknowledgement; shows it and its round-trip time",
                "a line of text               emit \"message\" with the line as its one argument (//text for one starting with /)",
                "/disconnect, Ctrl-D          send DISCONNECT, close the session and exit",
                "when the server emits with an ack id, wstutor acknowledges at once with no arguments");
    }
}
