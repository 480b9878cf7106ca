package dev.wstutor.net.sio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.net.engineio.Cors;
import dev.wstutor.net.engineio.EngineConfig;
import dev.wstutor.net.engineio.EngineServer;
import dev.wstutor.net.http.Exchange;
import dev.wstutor.net.http.HttpLoop;
import dev.wstutor.net.http.HttpRequest;
import dev.wstutor.net.http.HttpResponse;
import dev.wstutor.net.http.Limits;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * {@code serve --socketio}: Socket.IO v5 at {@code /socket.io/} and a bare Engine.IO echo at {@code /engine.io/}
 * (what the official conformance suites talk to), both transports on one port, the demo behaviour in namespaces
 * {@code /} and {@code /custom}. Every poll, frame and packet goes to the listener. Safe to call from any thread:
 * the work is handed to the loop.
 */
public final class SocketIoServer implements AutoCloseable {
    /** How long socket.io lets an upgrade to a path it does not serve hang before ending it (destroyUpgradeTimeout). */
    static final long DESTROY_UPGRADE_MS = 1000;

    private final HttpLoop loop;
    private final EngineServer socketIo;
    private final EngineServer echo;
    private final SocketIoHandler handler;
    private final WireListener listener;

    private SocketIoServer(HttpLoop loop, EngineServer socketIo, EngineServer echo, SocketIoHandler handler, WireListener listener) {
        this.loop = loop;
        this.socketIo = socketIo;
        this.echo = echo;
        this.handler = handler;
        this.listener = listener;
    }

    public static SocketIoServer start(SocketIoOptions options, WireListener listener, LongSupplier nanoClock) throws IOException {
        AtomicInteger numbers = new AtomicInteger();
        SocketIoHandler handler = new SocketIoHandler(options, listener);
        DemoBehaviour demo = new DemoBehaviour();
        handler.of("/", demo);
        handler.of("/custom", demo);
        EngineConfig sioConfig = new EngineConfig("/socket.io/", options.pingInterval(), options.pingTimeout(),
                options.maxPayload(), options.transports(), 10_000, options.maxBufferedPackets());
        EngineServer socketIo = new EngineServer(sioConfig, handler, listener, numbers::incrementAndGet, nanoClock);
        EngineServer echo = new EngineServer(sioConfig.withPath("/engine.io/"), EngineServer.echo(), listener,
                numbers::incrementAndGet, nanoClock);
        Router router = new Router(socketIo, echo, listener, numbers);
        HttpLoop loop = HttpLoop.start(options.host(), options.port(), Limits.defaults(options.maxPayload()), router,
                listener, numbers::incrementAndGet, nanoClock);
        socketIo.scheduler(loop::schedule);
        echo.scheduler(loop::schedule);
        handler.scheduler(loop::schedule);
        return new SocketIoServer(loop, socketIo, echo, handler, listener);
    }

    public int port() {
        return loop.port();
    }

    /** "http://127.0.0.1:PORT/socket.io/" */
    public String url() {
        String host = loop.address().getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + "/socket.io/";
    }

    /** One connected socket, as the operator's {@code /clients} shows it. */
    public record ClientInfo(int connection, String socketId, String namespace, String engineSid, String transport,
                             List<String> rooms) {
    }

    public CompletableFuture<List<ClientInfo>> clients() {
        return onLoop(() -> {
            List<ClientInfo> out = new ArrayList<>();
            for (SioConnection c : handler.connections()) {
                for (ServerSocket s : c.sockets()) {
                    out.add(new ClientInfo(c.session().number(), s.id(), s.namespace().name(), c.session().id(),
                            c.session().transport().wireName(), List.copyOf(new TreeSet<>(s.rooms()))));
                }
            }
            return out;
        });
    }

    /** Whom an operator's emit goes to. */
    public sealed interface Audience {
        record Everyone() implements Audience {
        }

        record Socket(String id) implements Audience {
        }

        record Room(String name) implements Audience {
        }
    }

    /** Emits {@code event} to the audience in every namespace; completes with how many sockets it went to. */
    public CompletableFuture<Integer> emit(Audience audience, String event, List<JsonNode> args) {
        return onLoop(() -> {
            int n = 0;
            for (Namespace ns : handler.namespaces()) {
                List<ServerSocket> to;
                if (audience instanceof Audience.Socket one) {
                    to = ns.sockets().stream().filter(x -> x.id().equals(one.id())).toList();
                } else if (audience instanceof Audience.Room room) {
                    to = ns.inRoom(room.name());
                } else {
                    to = ns.sockets();
                }
                for (ServerSocket s : to) {
                    s.emit(event, args);
                    n++;
                }
            }
            return n;
        });
    }

    private <T> CompletableFuture<T> onLoop(java.util.function.Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** Closes every session (WebSocket clients get a close frame, held polls a CLOSE packet), then the port. */
    @Override
    public void close() {
        loop.execute(() -> {
            socketIo.closeAll();
            echo.closeAll();
        });
        loop.close();
    }

    /** Which server answers a request: by path, as socket.io attached to a Node http server does. */
    private record Router(EngineServer socketIo, EngineServer echo, WireListener listener, AtomicInteger numbers)
            implements dev.wstutor.net.http.HttpHandler {
        @Override
        public void request(Exchange exchange) {
            HttpRequest request = exchange.request();
            for (EngineServer engine : List.of(socketIo, echo)) {
                if (engine.handles(request)) {
                    if (Cors.isPreflight(request)) {
                        exchange.respond(Cors.preflight(request));
                    } else {
                        engine.request(exchange);
                    }
                    return;
                }
            }
            int number = numbers.incrementAndGet();
            if (request.isUpgrade()) {
                // socket.io leaves an upgrade to a path it does not serve unanswered and ends it after a second
                listener.on(new WireEvent.Failed(number, Endpoint.SERVER, Duration.ZERO, "a WebSocket upgrade for "
                        + request.target() + " is not Socket.IO (that lives at /socket.io/?EIO=4&transport=websocket):"
                        + " no answer, and the connection ends in " + DESTROY_UPGRADE_MS + " ms, as socket.io does"));
                exchange.later(DESTROY_UPGRADE_MS, exchange::hangUp);
                return;
            }
            exchange.respond(HttpResponse.empty(404));
        }
    }
}
