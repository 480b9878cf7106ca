package dev.wstutor.net;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireListener;
import dev.wstutor.wire.HandshakeExplainer;
import dev.wstutor.wire.HttpMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.WebSocket;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.PingFrame;
import org.java_websocket.framing.PongFrame;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;

/** A Java-WebSocket client whose connection is tapped, with one-line reasons for every way connecting fails. */
public final class TapClient implements Sender, AutoCloseable {

    /** What to do with what the server sends. Called on the client's read thread. */
    public interface Handler {
        default void text(String text) {
        }

        default void binary(ByteBuffer data) {
        }

        default void closed(int code, String reason, boolean byPeer) {
        }

        /** A ping arrived. Return true to answer it yourself (a proxy forwards it); false lets the library pong. */
        default boolean ping(byte[] data) {
            return false;
        }

        default void pong(byte[] data) {
        }
    }

    /**
     * Extra request headers (in order), offered subprotocols, how long to wait for the handshake, which wss://
     * servers to trust, (for lessons) a watch on the raw TCP bytes, ciphertext under TLS, and an HTTP proxy or null.
     */
    public record Options(Map<String, String> headers, List<String> subprotocols, Duration timeout, int maxFrameSize,
                          TlsTrust trust, ByteWatch wire, HttpProxy proxy) {
        public Options(Map<String, String> headers, List<String> subprotocols, Duration timeout, int maxFrameSize) {
            this(headers, subprotocols, timeout, maxFrameSize, TlsTrust.system(), ByteWatch.NONE, null);
        }

        /** Through an HTTP proxy (CONNECT), or directly when {@code proxy} is null. */
        public Options withProxy(HttpProxy p) {
            return new Options(headers, subprotocols, timeout, maxFrameSize, trust, wire, p);
        }

        public static Options defaults() {
            return new Options(Map.of(), List.of(), Duration.ofSeconds(5), 16 * 1024 * 1024);
        }

        public Options withMaxFrameSize(int bytes) {
            return new Options(headers, subprotocols, timeout, bytes, trust, wire, proxy);
        }

        public Options withTimeout(Duration t) {
            return new Options(headers, subprotocols, t, maxFrameSize, trust, wire, proxy);
        }

        public Options withTrust(TlsTrust t) {
            return new Options(headers, subprotocols, timeout, maxFrameSize, t, wire, proxy);
        }

        public Options withWire(ByteWatch w) {
            return new Options(headers, subprotocols, timeout, maxFrameSize, trust, w, proxy);
        }
    }

    private final Client client;

    private TapClient(Client client) {
        this.client = client;
    }

    /** Connects and completes the opening handshake, or fails with a {@link ConnectFailure} that says why. */
    public static TapClient connect(URI uri, Options options, WireListener listener, Handler handler, LongSupplier nanoClock)
            throws ConnectFailure {
        return connect(uri, options, listener, handler, nanoClock, new AtomicInteger()::incrementAndGet);
    }

    /** As above, numbering the connection from {@code numbering}: a proxy gives each leg its client's number. */
    static TapClient connect(URI uri, Options options, WireListener listener, Handler handler, LongSupplier nanoClock,
                             IntSupplier numbering) throws ConnectFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new ConnectFailure("'" + uri + "' is not a WebSocket URL: use ws://host:port/path or wss://...");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new ConnectFailure("'" + uri + "' has no host: use ws://host:port/path");
        }
        List<IProtocol> protocols = new ArrayList<>();
        for (String p : options.subprotocols()) {
            protocols.add(new Protocol(p));
        }
        HandshakeLog log = new HandshakeLog();
        TapDraft draft = new TapDraft(Endpoint.CLIENT, log.and(listener), nanoClock, numbering,
                protocols, options.maxFrameSize());
        Client client = new Client(uri, draft, new LinkedHashMap<>(options.headers()), handler, log);
        client.setConnectionLostTimeout(0);
        client.setDaemon(true);
        if (options.proxy() != null) {
            // The proxy resolves the server's name: the socket is handed it unresolved, and asks for a tunnel to it.
            client.setDnsResolver(null);
        }
        client.setSocketFactory(new ClientSockets(uri.getHost(), scheme.equals("wss") ? options.trust() : null,
                (int) Math.max(1, options.timeout().toMillis()), client::readAfterClose, options.wire(), options.proxy()));
        boolean open;
        try {
            open = client.connectBlocking(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.closeConnection(CloseCode.ABNORMAL.code(), "interrupted");
            throw new ConnectFailure("interrupted while connecting to " + uri);
        }
        if (!open) {
            String reason = client.failure(uri, options.timeout());
            client.closeConnection(CloseCode.ABNORMAL.code(), "handshake failed");
            TapDraft used = draftOf(client);
            throw new ConnectFailure(reason, client.log.response.get(), used == null ? null : used.refusal());
        }
        return new TapClient(client);
    }

    public boolean isOpen() {
        return client.isOpen();
    }

    public int connection() {
        return tap().connection();
    }

    private ConnectionTap tap() {
        return ((TapDraft) client.getConnection().getDraft()).tap();
    }

    public InetSocketAddress localAddress() {
        return client.getLocalSocketAddress();
    }

    public InetSocketAddress remoteAddress() {
        return client.getRemoteSocketAddress();
    }

    /** The subprotocol the server picked, or "" */
    public String subprotocol() {
        return client.getConnection().getProtocol() == null ? "" : client.getConnection().getProtocol().getProvidedProtocol();
    }

    public HttpMessage response() {
        return client.log.response.get();
    }

    public HttpMessage request() {
        return client.log.request.get();
    }

    @Override
    public void send(String text) {
        client.send(text);
    }

    @Override
    public void send(byte[] data) {
        client.send(data);
    }

    @Override
    public void ping(byte[] data) {
        PingFrame ping = new PingFrame();
        ping.setPayload(ByteBuffer.wrap(data));
        client.sendFrame(ping);
    }

    @Override
    public void pong(byte[] data) {
        PongFrame pong = new PongFrame();
        pong.setPayload(ByteBuffer.wrap(data));
        client.sendFrame(pong);
    }

    /** One message split over {@code parts} frames (RFC 6455 5.4). */
    public void sendFragments(boolean text, byte[] data, int parts) {
        int n = Math.max(1, Math.min(parts, Math.max(1, data.length)));
        Opcode op = text ? Opcode.TEXT : Opcode.BINARY;
        for (int i = 0; i < n; i++) {
            int from = (int) ((long) data.length * i / n);
            int to = (int) ((long) data.length * (i + 1) / n);
            client.sendFragmentedFrame(op, ByteBuffer.wrap(data, from, to - from).slice(), i == n - 1);
        }
    }

    /**
     * Sends bytes as they are, bypassing the library's framing, to provoke the peer's error handling. They
     * travel through the library's write queue, so they never cut into a frame it is writing. The tap reports
     * them as an outgoing frame, or as a rejected one when they break a rule.
     *
     * @throws IOException when the connection is not open
     */
    @Override
    public void sendRaw(byte[] bytes) throws IOException {
        try {
            client.sendFrame(new RawBytes(bytes));
        } catch (WebsocketNotConnectedException e) {
            throw new IOException("the connection is closed");
        }
    }

    @Override
    public void close(int code, String reason) {
        client.close(code, reason);
    }

    /** Waits until the connection is closed; true when it closed within the time. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return client.closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (client.isOpen()) {
            client.close(CloseCode.NORMAL.code(), "");
        }
        try {
            awaitClosed(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!client.isClosed()) {
            client.closeConnection(CloseCode.ABNORMAL.code(), "closed by wstutor");
        }
    }

    /** Remembers this connection's handshake heads, so a refused handshake can be explained. */
    private static final class HandshakeLog implements WireListener {
        final AtomicReference<HttpMessage> request = new AtomicReference<>();
        final AtomicReference<HttpMessage> response = new AtomicReference<>();

        @Override
        public void on(WireEvent event) {
            if (event instanceof WireEvent.HandshakeSeen h) {
                (h.direction() == Direction.OUT ? request : response).set(h.head());
            }
        }

        @Override
        public boolean wantsFrames() {
            return false;
        }
    }

    private static final class Client extends WebSocketClient {
        final CountDownLatch closed = new CountDownLatch(1);
        final AtomicReference<Exception> error = new AtomicReference<>();
        final AtomicReference<String> closeReason = new AtomicReference<>();
        final Handler handler;
        final HandshakeLog log;
        private volatile boolean opened;

        Client(URI uri, TapDraft draft, Map<String, String> headers, Handler handler, HandshakeLog log) {
            super(uri, draft, headers, 0);
            this.handler = handler;
            this.log = log;
        }

        private ConnectionTap tap() {
            return ((TapDraft) getConnection().getDraft()).tap();
        }

        /**
         * Every chunk read, before the library sees it. Once this side has sent or received a Close, the library
         * no longer decodes what arrives (it drops it, and stops reading after the chunk it holds), so the tap
         * decodes it here: the peer's Close reply, and anything the peer still sends after a Close.
         */
        void readAfterClose(Direction direction, byte[] bytes) {
            readThread = Thread.currentThread();
            if (direction != Direction.IN || !opened) {
                return;
            }
            // closeStarted: the reply can arrive before the library has marked the connection CLOSING.
            boolean report = closeStarted || !isOpen();
            tap().shownAsRead(report);
            if (report) {
                tap().received(bytes);
            }
        }

        /** The library's read thread, known from its first read. */
        private volatile Thread readThread;

        /**
         * The library's read loop stops as soon as the connection is closing, so when this side starts the close
         * between two reads, the reply is never read at all. Asked by that loop, the answer is "not yet" until the
         * reply (or the end of the stream) has arrived, so the loop reads it and the tap shows it. A server that
         * never answers is ended by {@link TapClient#close()} after its wait.
         */
        @Override
        public boolean isClosing() {
            if (closeStarted && Thread.currentThread() == readThread && !isClosed() && !tap().closeReceived()) {
                return false;
            }
            return super.isClosing();
        }

        /** Set before this side's Close goes out. */
        private volatile boolean closeStarted;

        @Override
        public void close(int code, String message) {
            if (isOpen()) {
                closeStarted = true;
            }
            super.close(code, message);
        }

        @Override
        public void close(int code) {
            if (isOpen()) {
                closeStarted = true;
            }
            super.close(code);
        }

        @Override
        public void close() {
            if (isOpen()) {
                closeStarted = true;
            }
            super.close();
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            opened = true;
            tap().opened(getLocalSocketAddress(), getRemoteSocketAddress());
        }

        @Override
        public void onMessage(String message) {
            handler.text(message);
        }

        @Override
        public void onMessage(ByteBuffer bytes) {
            handler.binary(bytes);
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            closeReason.compareAndSet(null, reason);
            if (opened) {
                tap().closed(code, reason, remote);
            }
            handler.closed(code, reason, remote);
            closed.countDown();
        }

        @Override
        public void onError(Exception ex) {
            error.compareAndSet(null, ex);
        }

        @Override
        public void onWebsocketPing(WebSocket conn, Framedata f) {
            if (!handler.ping(bytesOf(f.getPayloadData()))) {
                super.onWebsocketPing(conn, f);
            }
        }

        @Override
        public void onWebsocketPong(WebSocket conn, Framedata f) {
            super.onWebsocketPong(conn, f);
            handler.pong(bytesOf(f.getPayloadData()));
        }

        /** Why the handshake did not complete, in one line, from what the tap saw and what the library said. */
        String failure(URI uri, Duration timeout) {
            String where = uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equals("wss") ? 443 : 80);
            Exception ex = error.get();
            if (ex instanceof UnknownHostException || ex instanceof UnresolvedAddressException) {
                return "unknown host " + uri.getHost() + ": check the URL";
            }
            if (ex instanceof ConnectException) {
                return "connection refused by " + where + ": is a server listening there?";
            }
            if (ex instanceof NoRouteToHostException || ex instanceof SocketTimeoutException) {
                return "cannot reach " + where + ": " + ex.getMessage();
            }
            HttpMessage response = log.response.get();
            HttpMessage request = log.request.get();
            if (response != null && request != null) {
                if (response.status() != 101) {
                    String hint = response.status() == 404 ? ": not a WebSocket endpoint"
                            : response.status() == 426 ? ": the server wants another protocol version"
                            : response.status() == 200 ? ": a plain HTTP server, not a WebSocket endpoint" : "";
                    return "server answered " + response.status() + " " + response.reason() + hint;
                }
                String key = request.header("Sec-WebSocket-Key").orElse("");
                List<String> problems = HandshakeExplainer.responseProblems(response, key);
                if (!problems.isEmpty()) {
                    return String.join("; ", problems);
                }
            }
            String tls = ex == null ? null : TlsTrust.describe(ex, where);
            if (tls != null) {
                return tls;
            }
            if (response != null && response.status() == 101 && request != null) {
                // Java-WebSocket refuses the 101 itself ("draft ... refuses handshake"); say what it disliked.
                String offered = request.header("Sec-WebSocket-Protocol").orElse("");
                String chosen = response.header("Sec-WebSocket-Protocol").orElse("");
                if (!chosen.isEmpty() && !List.of(offered.split("\\s*,\\s*")).contains(chosen)) {
                    return "the server chose subprotocol '" + chosen + "', which was not offered"
                            + (offered.isEmpty() ? "" : " (offered: " + offered + ")") + "; offer it with --subprotocol";
                }
                if (!response.header("Sec-WebSocket-Extensions").orElse("").isEmpty()) {
                    return "the server chose an extension (" + response.header("Sec-WebSocket-Extensions").orElse("")
                            + ") that was not offered";
                }
            }
            if (ex instanceof java.io.IOException && ex.getMessage() != null) {
                return "cannot connect to " + where + ": " + ex.getMessage();
            }
            if (ex != null) {
                return "cannot connect to " + where + ": the WebSocket library failed on the server's answer; "
                        + "check that it is a WebSocket endpoint (wstutor check " + uri + " explains its handshake)";
            }
            String reason = closeReason.get();
            if (closed.getCount() == 0 && reason != null && !reason.isEmpty()) {
                if (reason.startsWith("draft ") && reason.contains("refuses handshake")) {
                    return "the server's handshake answer was not acceptable (wrong Sec-WebSocket-Accept, subprotocol or extension)";
                }
                return "handshake with " + where + " failed: " + reason;
            }
            return "no handshake answer from " + where + " within " + timeout.toMillis() + " ms";
        }
    }

    /**
     * Makes the one socket of a connection; the library asks for it unconnected and connects it itself. Through an
     * HTTP proxy the TCP connection is a CONNECT tunnel, with TLS inside it for wss://.
     */
    private static final class ClientSockets extends javax.net.SocketFactory {
        private final String host;
        private final TlsTrust trust;
        private final int handshakeMs;
        private final ByteWatch plaintext;
        private final ByteWatch wire;
        private final HttpProxy proxy;

        ClientSockets(String host, TlsTrust trust, int handshakeMs, ByteWatch plaintext, ByteWatch wire, HttpProxy proxy) {
            this.host = host;
            this.trust = trust;
            this.handshakeMs = handshakeMs;
            this.plaintext = plaintext;
            this.wire = wire;
            this.proxy = proxy;
        }

        @Override
        public java.net.Socket createSocket() {
            return new ClientSocket(host, trust, handshakeMs, plaintext, wire, proxy);
        }

        // SocketFactory's connected forms: Java-WebSocket's client asks only for an unconnected socket (above) and
        // connects it itself, through the proxy or the TLS layer ClientSocket adds; these are never reached, and
        // refuse loudly rather than hand out a socket that bypasses the tap.
        @Override
        public java.net.Socket createSocket(String h, int p) {
            throw new UnsupportedOperationException("the client connects the socket itself");
        }

        @Override
        public java.net.Socket createSocket(String h, int p, java.net.InetAddress la, int lp) {
            throw new UnsupportedOperationException("the client connects the socket itself");
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress a, int p) {
            throw new UnsupportedOperationException("the client connects the socket itself");
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress a, int p, java.net.InetAddress la, int lp) {
            throw new UnsupportedOperationException("the client connects the socket itself");
        }
    }

    /** The library copies the draft it is given; the copy is the one that saw the handshake. */
    private static TapDraft draftOf(Client client) {
        return client.getConnection().getDraft() instanceof TapDraft d ? d : null;
    }

    static byte[] bytesOf(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
