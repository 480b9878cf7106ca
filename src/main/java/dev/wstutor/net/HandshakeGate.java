package dev.wstutor.net;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import java.net.InetSocketAddress;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;

/**
 * Where every TCP connection to a {@link TapServer} waits until its opening handshake is accepted: Java-WebSocket
 * has no handshake timeout, buffers a request head without bound, answers every refusal with a 404 and then
 * leaves the socket open. The gate creates each connection as a {@link GuardedSocket}, which reads the head
 * itself within {@link Limits}; the gate's one timer thread ends the connections that are too slow and those a
 * peer keeps from closing. Every refusal and every limit hit is reported as one {@link WireEvent.Failed}.
 */
final class HandshakeGate implements WebSocketServerFactory, AutoCloseable {
    /** How long a refused or failed peer has to take our last bytes before its socket is closed anyway. */
    static final Duration LINGER = Duration.ofSeconds(1);
    private static final long SWEEP_MS = 200;

    private final Limits limits;
    private final WireListener listener;
    private final IntSupplier numbering;
    private final LongSupplier nanoClock;
    private final Set<GuardedSocket> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private volatile IntSupplier openCount = () -> 0;
    /** For wss://: the server's TLS context, and the thread that runs the TLS engine's slow tasks. Null for ws://. */
    private final javax.net.ssl.SSLContext tls;
    private final java.util.concurrent.ExecutorService tlsTasks;
    private volatile Consumer<PendingHandshake> decider = h -> h.accept(null);

    HandshakeGate(Limits limits, WireListener listener, IntSupplier numbering, LongSupplier nanoClock,
                  javax.net.ssl.SSLContext tls) {
        this.tls = tls;
        this.tlsTasks = tls == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wstutor-tls");
            t.setDaemon(true);
            return t;
        });
        this.limits = limits;
        this.listener = listener;
        this.numbering = numbering;
        this.nanoClock = nanoClock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wstutor-gate");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweep, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::rearmLostWrites, REARM_MS, REARM_MS, TimeUnit.MILLISECONDS);
    }

    /** The open connections (the server's own list); set once the server exists. */
    void openConnectionsFrom(java.util.function.Supplier<java.util.Collection<org.java_websocket.WebSocket>> connections) {
        this.connections = connections;
    }

    private volatile java.util.function.Supplier<java.util.Collection<org.java_websocket.WebSocket>> connections = java.util.List::of;

    /** How often open connections are checked for a write the library left unsent ({@link GuardedSocket#rearmLostWrite}). */
    static final long REARM_MS = 20;

    private void rearmLostWrites() {
        for (org.java_websocket.WebSocket ws : connections.get()) {
            if (ws instanceof GuardedSocket s) {
                try {
                    s.rearmLostWrite();
                    s.resumeReads();
                } catch (RuntimeException e) {
                    // one broken socket must not stop the others' check
                }
            }
        }
    }

    /** Whether the listener wants this connection's reads paused until it has caught up with its events. */
    boolean backlogged(int connection) {
        return listener.backlogged(connection);
    }

    /** How many connections are open (the server's own count); set once the server exists. */
    void countOpenWith(IntSupplier open) {
        this.openCount = open;
    }

    Limits limits() {
        return limits;
    }

    long now() {
        return nanoClock.getAsLong();
    }

    @Override
    public WebSocketImpl createWebSocket(WebSocketAdapter a, Draft d) {
        return createWebSocket(a, List.of(d));
    }

    @Override
    public WebSocketImpl createWebSocket(WebSocketAdapter a, List<Draft> drafts) {
        // Over the limit the connection is still accepted, so that it can be told why and closed, not left in
        // the listen backlog; the sweep ends it at once.
        // Each connection's draft draws its number once, from the server's numbering, so that the number is
        // known while the handshake waits on the handler (a proxy numbers its leg to the target the same).
        IntSupplier number = new OnceNumber(numbering);
        List<Draft> own = drafts.stream().map(d -> d instanceof TapDraft t ? t.numberedBy(number) : d).toList();
        GuardedSocket s = new GuardedSocket(a, own, this, pending.size() >= limits.maxClients(), number);
        pending.add(s);
        return s;
    }

    /** Where acceptable heads go to be accepted or answered; by default accepted at once. */
    void decideWith(Consumer<PendingHandshake> decider) {
        this.decider = decider;
    }

    void decide(PendingHandshake handshake) {
        decider.accept(handshake);
    }

    /** A number drawn from the shared numbering on first use, then kept. */
    private static final class OnceNumber implements IntSupplier {
        private final IntSupplier from;
        private int number;

        OnceNumber(IntSupplier from) {
            this.from = from;
        }

        @Override
        public synchronized int getAsInt() {
            if (number == 0) {
                number = from.getAsInt();
            }
            return number;
        }
    }

    /**
     * For wss://, TLS sits between the socket and the library (Java-WebSocket's own SSLSocketChannel2, as its
     * DefaultSSLWebSocketServerFactory uses it): every limit of {@link GuardedSocket} applies to the decrypted
     * bytes, and a peer that stalls in the TLS handshake sends no head and meets the handshake time-out. Either
     * way the connection sees every chunk read ({@link TapChannel}), so its tap can show what arrives after a Close.
     */
    @Override
    public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) throws java.io.IOException {
        ByteChannel wire = channel;
        if (tls != null) {
            javax.net.ssl.SSLEngine engine = tls.createSSLEngine();
            engine.setUseClientMode(false);
            wire = new org.java_websocket.SSLSocketChannel2(channel, engine, tlsTasks, key);
        }
        if (key.attachment() instanceof GuardedSocket s) {
            return new TapChannel(wire, s::readFromWire, s::holdsReads);
        }
        return wire;
    }

    /** Whether one more connection may open. */
    boolean full() {
        return openCount.getAsInt() >= limits.maxClients();
    }

    int openClients() {
        return openCount.getAsInt();
    }

    void admitted(GuardedSocket s) {
        pending.remove(s);
    }

    void forget(GuardedSocket s) {
        pending.remove(s);
    }

    /** Closes the socket after {@code delay} unless it closed by itself. */
    void closeLater(GuardedSocket s, Duration delay, int code, String why) {
        try {
            timer.schedule(() -> s.forceClose(code, why), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            s.forceClose(code, why);
        }
    }

    /** One line for a connection that never had a tap: its number, the peer's address. */
    void report(int connection, InetSocketAddress peer, String what) {
        listener.on(new WireEvent.Failed(connection, Endpoint.SERVER, Duration.ZERO,
                "client " + address(peer) + ": " + what));
    }

    static String address(InetSocketAddress a) {
        return a == null ? "?" : a.getAddress().getHostAddress() + ":" + a.getPort();
    }

    private void sweep() {
        long now = now();
        long timeout = limits.handshakeTimeout().toNanos();
        for (GuardedSocket s : pending) {
            try {
                s.sweep(now, timeout);
            } catch (RuntimeException e) {
                pending.remove(s); // one broken socket must not stop the sweep of the others
            }
        }
    }

    /** Stops the timer and closes every connection still in its handshake. */
    @Override
    public void close() {
        timer.shutdownNow();
        if (tlsTasks != null) {
            tlsTasks.shutdownNow();
        }
        for (GuardedSocket s : pending) {
            try {
                s.forceClose(org.java_websocket.framing.CloseFrame.GOING_AWAY, "server stopped");
            } catch (java.nio.channels.ClosedSelectorException alreadyStopped) {
                // the server's selector closed first, and its sockets with it: nothing is left to close
            }
        }
        pending.clear();
    }
}
