package dev.wstutor.net;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireListener;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.HandshakeRefusal;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.RefusedHandshake;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A WebSocket man in the middle: every client that connects gets its own connection to the target, and every
 * message and control frame is forwarded both ways. Both legs are tapped: events observed by
 * {@link Endpoint#SERVER} are the client's leg, events observed by {@link Endpoint#CLIENT} the target's leg, and
 * both carry the client's connection number. The target is dialled first and the client answered with what the
 * target answered (101, or its own refusal, or 502 when it cannot be reached), so the proxy is transparent to an
 * app's authentication; nothing is forwarded before both legs are open.
 */
public final class Proxy implements AutoCloseable {
    /** Request headers worth passing on, so that an app's origin check and credentials still work behind us. */
    private static final List<String> FORWARDED = List.of("Origin", "Cookie", "Authorization", "User-Agent");

    private final TapServer server;
    private final ExecutorService dialer;
    private final Forwarder forwarder;

    private Proxy(TapServer server, ExecutorService dialer, Forwarder forwarder) {
        this.server = server;
        this.dialer = dialer;
        this.forwarder = forwarder;
    }

    public static Proxy start(TapServer.Config listen, URI target, TapClient.Options options, WireListener listener,
                              LongSupplier nanoClock) throws IOException {
        // Dialling the target blocks; do it off the server's worker thread so other clients are not held up.
        ExecutorService dialer = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wstutor-proxy-dial");
            t.setDaemon(true);
            return t;
        });
        // A leg whose path is socket.io's is read as Engine.IO and Socket.IO too, on both sides of the proxy.
        WireListener decoding = new SocketIoDecoding(listener);
        Forwarder forwarder = new Forwarder(target, options, decoding, nanoClock, dialer);
        try {
            return new Proxy(TapServer.start(listen, decoding, forwarder, nanoClock), dialer, forwarder);
        } catch (IOException e) {
            dialer.shutdownNow();
            throw e;
        }
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** Open client connections. */
    public List<Peer> peers() {
        return server.peers();
    }

    /** Closes every client with 1001, then waits (within the same time) for the target's legs to close too. */
    public void stop(int timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        server.stop(timeoutMs);
        dialer.shutdownNow();
        for (TapClient c : forwarder.upstreams()) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            try {
                if (!c.awaitClosed(Duration.ofMillis(left))) {
                    c.close();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stop(1000);
    }

    /** Close codes a relay may pass on: the reserved ones (1005, 1006, 1015) never go on the wire. */
    static int relayable(int code, int otherwise) {
        return CloseCode.allowedOnWire(code) ? code : otherwise;
    }

    private static final class Forwarder implements TapServer.Handler {
        private final URI target;
        private final TapClient.Options options;
        private final WireListener listener;
        private final LongSupplier nanoClock;
        private final ExecutorService dialer;
        private final Map<Peer, Leg> legs = new ConcurrentHashMap<>();
        /** Every target connection still open, so that stopping can wait for their closes. */
        private final Set<TapClient> open = ConcurrentHashMap.newKeySet();

        List<TapClient> upstreams() {
            return List.copyOf(open);
        }

        Forwarder(URI target, TapClient.Options options, WireListener listener, LongSupplier nanoClock,
                  ExecutorService dialer) {
            this.target = target;
            this.options = options;
            this.listener = listener;
            this.nanoClock = nanoClock;
            this.dialer = dialer;
        }

        /**
         * The target is dialled before the client is answered, so that the client gets the target's own answer:
         * 101 once both legs can open, else the target's 401, 403 or 404 as it was sent, or 502 when the target
         * cannot be reached. Dialling blocks, so it runs off the server's worker thread.
         */
        @Override
        public void handshake(PendingHandshake pending) {
            try {
                dialer.execute(() -> dial(pending));
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                HandshakeRefusal r = HandshakeRefusal.badGateway("wstutor inspect is stopping");
                pending.answer(r.bytes(), r.statusLine(), "inspect is stopping");
            }
        }

        private void dial(PendingHandshake pending) {
            Leg leg = new Leg();
            TapClient client;
            try {
                client = TapClient.connect(targetFor(pending.request()), optionsFor(pending.request()), listener,
                        leg.fromTarget(this), nanoClock, pending::connection);
            } catch (ConnectFailure e) {
                if (e.refusal().isPresent()) {
                    RefusedHandshake answer = e.refusal().get();
                    String status = answer.head().status() + " " + answer.head().reason();
                    pending.answer(answer.relayed(), status, "the target refused the handshake, " + status
                            + ", passed on to the client");
                } else {
                    HandshakeRefusal r = HandshakeRefusal.badGateway("wstutor inspect cannot reach the target: " + e.getMessage());
                    pending.answer(r.bytes(), r.statusLine(), "cannot reach the target: " + e.getMessage());
                }
                return;
            }
            open.add(client);
            leg.upstream(client);
            if (!pending.accept(leg)) {
                client.close(CloseCode.GOING_AWAY.code(), "client went away");
            }
        }

        @Override
        public void opened(Peer peer) {
            Leg leg = peer.attachment();
            if (leg != null) {
                legs.put(peer, leg);
                leg.clientOpened(peer);
            }
        }

        @Override
        public void text(Peer peer, String text) {
            leg(peer, c -> c.send(text));
        }

        @Override
        public void binary(Peer peer, ByteBuffer data) {
            byte[] copy = TapClient.bytesOf(data);
            leg(peer, c -> c.send(copy));
        }

        @Override
        public boolean ping(Peer peer, byte[] data) {
            leg(peer, c -> c.ping(data));
            return true; // the target answers, and its pong comes back through us
        }

        @Override
        public void pong(Peer peer, byte[] data) {
            leg(peer, c -> c.pong(data));
        }

        @Override
        public void closed(Peer peer, int code, String reason, boolean byPeer) {
            Leg leg = legs.remove(peer);
            if (leg != null) {
                leg.clientClosed(relayable(code, CloseCode.GOING_AWAY.code()), byPeer && code != CloseCode.ABNORMAL.code() ? reason : "client went away");
            }
        }

        private void leg(Peer peer, Consumer<TapClient> action) {
            Leg leg = legs.get(peer);
            if (leg != null) {
                leg.toTarget(action);
            }
        }

        /**
         * The target as given when it names a path; a target without one ({@code ws://host:port} or
         * {@code ws://host:port/}) gets the client's own path and query, so that a socket.io client's
         * {@code /socket.io/?EIO=4&transport=websocket} reaches its server unchanged.
         */
        URI targetFor(HttpMessage request) {
            String path = target.getRawPath();
            if ((path != null && !path.isEmpty() && !path.equals("/")) || target.getRawQuery() != null || request == null) {
                return target;
            }
            String[] start = request.startLine().split(" ");
            if (start.length < 2 || !start[1].startsWith("/")) {
                return target;
            }
            try {
                return URI.create(target.getScheme() + "://" + target.getRawAuthority() + start[1]);
            } catch (IllegalArgumentException notAUri) {
                return target;
            }
        }

        TapClient.Options optionsFor(HttpMessage request) {
            Map<String, String> headers = new LinkedHashMap<>(options.headers());
            if (request != null) {
                for (String name : FORWARDED) {
                    request.header(name).ifPresent(v -> headers.putIfAbsent(name, v));
                }
            }
            return new TapClient.Options(headers, options.subprotocols(), options.timeout(), options.maxFrameSize(),
                    options.trust(), options.wire(), options.proxy());
        }
    }

    /**
     * One client and its connection to the target. The target's leg opens first; what it sends before the
     * client's leg is open waits, in order, and is forwarded once it is.
     */
    private static final class Leg {
        private final List<Consumer<Peer>> waiting = new ArrayList<>();
        private TapClient upstream;
        private Peer peer;
        private boolean closed;

        synchronized void upstream(TapClient client) {
            upstream = client;
        }

        TapClient.Handler fromTarget(Forwarder f) {
            return new TapClient.Handler() {
                @Override
                public void text(String text) {
                    toClient(p -> p.send(text));
                }

                @Override
                public void binary(ByteBuffer data) {
                    byte[] copy = TapClient.bytesOf(data);
                    toClient(p -> p.send(copy));
                }

                @Override
                public boolean ping(byte[] data) {
                    toClient(p -> p.ping(data));
                    return true;
                }

                @Override
                public void pong(byte[] data) {
                    toClient(p -> p.pong(data));
                }

                @Override
                public void closed(int code, String reason, boolean byPeer) {
                    f.open.removeIf(c -> !c.isOpen());
                    int relayed = relayable(code, CloseCode.GOING_AWAY.code());
                    String why = byPeer ? reason : "target went away";
                    toClient(p -> {
                        if (p.isOpen()) {
                            p.close(relayed, why);
                        }
                    });
                }
            };
        }

        synchronized void clientOpened(Peer p) {
            peer = p;
            // Flushing under the lock keeps the backlog ahead of anything the target sends meanwhile.
            for (Consumer<Peer> action : waiting) {
                action.accept(p);
            }
            waiting.clear();
        }

        private synchronized void toClient(Consumer<Peer> action) {
            if (peer == null) {
                waiting.add(action);
            } else {
                action.accept(peer);
            }
        }

        synchronized void toTarget(Consumer<TapClient> action) {
            if (upstream != null && !closed) {
                send(upstream, action);
            }
        }

        synchronized void clientClosed(int code, String reason) {
            closed = true;
            if (upstream != null && upstream.isOpen()) {
                upstream.close(code, reason);
            }
        }

        private static void send(TapClient client, Consumer<TapClient> action) {
            if (client.isOpen()) {
                try {
                    action.accept(client);
                } catch (RuntimeException closedMeanwhile) {
                    // the target's leg closed between the check and the send; its close reaches the client
                }
            }
        }
    }
}
