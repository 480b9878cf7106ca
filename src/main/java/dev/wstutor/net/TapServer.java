package dev.wstutor.net;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireListener;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import dev.wstutor.wire.HandshakeExplainer;
import dev.wstutor.wire.HttpMessage;
import java.util.Iterator;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;

/**
 * A Java-WebSocket server whose every connection is tapped. What it does with messages is the
 * {@link Handler}'s business (echo, chat, push, a lesson's script); what crossed the wire goes to the listener.
 */
public final class TapServer implements AutoCloseable {

    /** What the server does with its clients. Called on the library's worker threads. */
    public interface Handler {
        default void opened(Peer peer) {
        }

        default void text(Peer peer, String text) {
        }

        default void binary(Peer peer, ByteBuffer data) {
        }

        default void closed(Peer peer, int code, String reason, boolean byPeer) {
        }

        /** A ping arrived. Return true to answer it yourself (a proxy forwards it); false lets the library pong. */
        default boolean ping(Peer peer, byte[] data) {
            return false;
        }

        default void pong(Peer peer, byte[] data) {
        }

        /**
         * A client's request head arrived and is acceptable: accept it (the default, at once) or answer it
         * otherwise, now or later. Called on a worker thread: a handler that must wait for something (a proxy
         * dialling its target) decides from another thread.
         */
        default void handshake(PendingHandshake pending) {
            pending.accept(null);
        }
    }

    /**
     * @param connectionLostTimeout seconds between the library's keep-alive pings; 0 turns them off
     * @param workers decoder threads; 1 keeps all events of all connections in order
     */
    public record Config(String host, int port, List<String> subprotocols, Limits limits, int connectionLostTimeout,
                         int workers, javax.net.ssl.SSLContext tls) {
        /** A ws:// server. */
        public Config(String host, int port, List<String> subprotocols, Limits limits, int connectionLostTimeout,
                      int workers) {
            this(host, port, subprotocols, limits, connectionLostTimeout, workers, null);
        }

        /** The default limits with {@code maxFrameSize} for frames (and messages no smaller). */
        public Config(String host, int port, List<String> subprotocols, int maxFrameSize, int connectionLostTimeout,
                      int workers) {
            this(host, port, subprotocols, Limits.defaults().withMaxFrame(maxFrameSize), connectionLostTimeout, workers);
        }

        public static Config loopback() {
            return new Config("127.0.0.1", 0, List.of(), Limits.defaults(), 0, 1);
        }

        public int maxFrameSize() {
            return limits.maxFrame();
        }

        public Config withPort(int p) {
            return new Config(host, p, subprotocols, limits, connectionLostTimeout, workers, tls);
        }

        public Config withHost(String h) {
            return new Config(h, port, subprotocols, limits, connectionLostTimeout, workers, tls);
        }

        /** Serves wss:// with this TLS context. */
        public Config withTls(javax.net.ssl.SSLContext context) {
            return new Config(host, port, subprotocols, limits, connectionLostTimeout, workers, context);
        }

        public Config withLimits(Limits l) {
            return new Config(host, port, subprotocols, l, connectionLostTimeout, workers, tls);
        }
    }

    private final Server server;
    private final InetSocketAddress bound;
    private final boolean tls;

    private TapServer(Server server, InetSocketAddress bound, boolean tls) {
        this.server = server;
        this.bound = bound;
        this.tls = tls;
    }

    /** Binds and starts; returns once the port is known. A busy port is an IOException saying so. */
    public static TapServer start(Config config, WireListener listener, Handler handler, LongSupplier nanoClock)
            throws IOException {
        InetAddress address;
        try {
            address = InetAddress.getByName(config.host());
        } catch (UnknownHostException e) {
            throw new IOException("unknown host " + config.host() + " to listen on");
        }
        List<IProtocol> protocols = new ArrayList<>();
        for (String p : config.subprotocols()) {
            protocols.add(new Protocol(p));
        }
        if (!protocols.isEmpty()) {
            protocols.add(new Protocol("")); // also accept clients that ask for no subprotocol
        }
        AtomicInteger numbers = new AtomicInteger();
        Limits limits = config.limits();
        Draft draft = new TapDraft(Endpoint.SERVER, listener, nanoClock, numbers::incrementAndGet, protocols,
                limits.maxFrame(), limits.maxMessage());
        HandshakeGate gate = new HandshakeGate(limits, listener, numbers::incrementAndGet, nanoClock, config.tls());
        Server server = new Server(new InetSocketAddress(address, config.port()), config.workers(), List.of(draft), handler, gate);
        gate.countOpenWith(server.open::get);
        gate.openConnectionsFrom(server::getConnections);
        gate.decideWith(handler::handshake);
        server.setWebSocketFactory(gate);
        server.setReuseAddr(true);
        server.setDaemon(true);
        server.setConnectionLostTimeout(config.connectionLostTimeout());
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the server did not start within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the server");
        }
        Exception failure = server.startFailure.get();
        if (failure != null) {
            gate.close();
            if (failure instanceof BindException) {
                throw new IOException(BindFailure.describe((BindException) failure, config.host(), config.port()));
            }
            throw new IOException("cannot listen on " + config.host() + ":" + config.port() + ": " + failure.getMessage());
        }
        return new TapServer(server, new InetSocketAddress(address, server.getPort()), config.tls() != null);
    }

    public int port() {
        return bound.getPort();
    }

    public InetSocketAddress address() {
        return bound;
    }

    /** "ws://127.0.0.1:PORT/", or wss:// when it serves TLS */
    public String url() {
        String host = bound.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return (tls ? "wss://" : "ws://") + host + ":" + port() + "/";
    }

    /** Open connections in the order they were numbered. */
    public List<Peer> peers() {
        List<Peer> peers = new ArrayList<>();
        for (WebSocket ws : server.getConnections()) {
            peers.add(new Peer(ws));
        }
        peers.sort(Comparator.comparingInt(Peer::id));
        return peers;
    }

    public void broadcast(String text) {
        server.broadcast(text);
    }

    public void broadcast(byte[] data) {
        server.broadcast(data);
    }

    /** Closes every connection with 1001 (going away), waiting at most {@code timeoutMs} for the replies. */
    public void stop(int timeoutMs) {
        try {
            server.stop(timeoutMs, "server shutting down");
        } catch (java.nio.channels.ClosedSelectorException selectorEndedFirst) {
            // Java-WebSocket's stop sends each client its 1001 while its selector thread may already have ended
            // (seen with 2,000 clients); that thread closes every socket on its way out, so nothing is left open.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.gate.close();
        }
    }

    @Override
    public void close() {
        stop(1000);
    }

    /** What went wrong with one connection, in words rather than a Java exception's name. */
    static String inWords(Exception ex) {
        String message = ex.getMessage() == null || ex.getMessage().isBlank() ? null : ex.getMessage();
        if (ex instanceof InvalidDataException bad) {
            return "closing with " + bad.getCloseCode() + (message == null ? "" : ": " + message);
        }
        if (ex instanceof IOException) {
            return "network error" + (message == null ? "" : ": " + message) + "; the connection is closed";
        }
        return "internal error while handling this connection; it is closed and the others go on";
    }

    private static final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicReference<Exception> startFailure = new AtomicReference<>();
        /** Connections open (handshake done, not yet closed): what --max-clients counts. */
        final AtomicInteger open = new AtomicInteger();
        final HandshakeGate gate;
        private final Handler handler;

        Server(InetSocketAddress address, int workers, List<Draft> drafts, Handler handler, HandshakeGate gate) {
            super(address, workers, drafts);
            this.handler = handler;
            this.gate = gate;
        }

        private static ConnectionTap tap(WebSocket conn) {
            return ((TapDraft) conn.getDraft()).tap();
        }

        /**
         * Java-WebSocket checks only the version, so it would upgrade a request without {@code Upgrade: websocket}.
         * A server learners point their clients at must hold them to RFC 6455 4.2.1; the library answers the
         * refusal with its own 404 (it cannot send the 400 the RFC suggests).
         */
        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft, ClientHandshake request)
                throws InvalidDataException {
            List<HttpMessage.Header> headers = new ArrayList<>();
            for (Iterator<String> it = request.iterateHttpFields(); it.hasNext(); ) {
                String name = it.next();
                headers.add(new HttpMessage.Header(name, request.getFieldValue(name)));
            }
            HttpMessage head = new HttpMessage("GET " + request.getResourceDescriptor() + " HTTP/1.1", headers);
            List<String> problems = HandshakeExplainer.requestProblems(head);
            if (!problems.isEmpty()) {
                String why = "refused the handshake: " + String.join("; ", problems);
                if (draft instanceof TapDraft d) {
                    d.tap().failed(why);
                }
                throw new InvalidDataException(CloseCode.PROTOCOL_ERROR.code(), why);
            }
            return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            open.incrementAndGet();
            tap(conn).opened(conn.getLocalSocketAddress(), conn.getRemoteSocketAddress());
            handler.opened(new Peer(conn));
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            handler.text(new Peer(conn), message);
        }

        @Override
        public void onMessage(WebSocket conn, ByteBuffer message) {
            handler.binary(new Peer(conn), message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            open.decrementAndGet(); // the library calls onClose only for connections it opened
            if (conn.getDraft() instanceof TapDraft d) {
                d.tap().closed(code, reason, remote);
                handler.closed(new Peer(conn), code, reason, remote);
            }
        }

        @Override
        public void onWebsocketPing(WebSocket conn, Framedata f) {
            if (!handler.ping(new Peer(conn), TapClient.bytesOf(f.getPayloadData()))) {
                super.onWebsocketPing(conn, f);
            }
        }

        @Override
        public void onWebsocketPong(WebSocket conn, Framedata f) {
            super.onWebsocketPong(conn, f);
            handler.pong(new Peer(conn), TapClient.bytesOf(f.getPayloadData()));
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn == null) {
                // Only a failure to bind or accept reaches here without a connection.
                if (started.getCount() > 0) {
                    startFailure.compareAndSet(null, ex);
                    started.countDown();
                }
                return;
            }
            if (conn.getDraft() instanceof TapDraft d) {
                d.tap().failed(TapServer.inWords(ex));
            }
        }
    }
}
