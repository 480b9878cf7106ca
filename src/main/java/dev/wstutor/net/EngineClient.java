package dev.wstutor.net;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.socketio.EngineCodec;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.OpenHandshake;
import dev.wstutor.socketio.PacketFormatException;
import dev.wstutor.socketio.Transport;
import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HttpMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * An Engine.IO v4 client session (engine.io-protocol), as the official client runs one by default: HTTP
 * long-polling first, then the upgrade to WebSocket ({@code 2probe}, {@code 3probe}, polling paused,
 * {@code 5}); or one transport only. It answers the server's pings with pongs and gives up when no ping
 * arrives within pingInterval + pingTimeout. Every HTTP poll, WebSocket frame and Engine.IO packet is
 * reported to the listener, carrier first, then the packets inside it; all under one connection number.
 */
public final class EngineClient implements AutoCloseable {

    /** What the session delivers; called on one network thread at a time, in the order packets arrived. */
    public interface Handler {
        /**
         * An Engine.IO MESSAGE (text or binary): what the layer above (Socket.IO) reads. Over WebSocket the
         * session has already reported the packets inside each frame (see {@link #dial}); over polling the
         * layer above reports its own.
         */
        void message(EnginePacket packet, Transport via);

        /** The session ended; {@code byPeer} when the server ended it or vanished. Called once. */
        void closed(String reason, boolean byPeer);
    }

    /** The most a server may make this client hold: an HTTP head, a polling body, a WebSocket frame. */
    public record Limits(int maxHeadBytes, int maxBodyBytes, int maxFrameSize) {
        public static Limits defaults() {
            return new Limits(16 * 1024, 16 * 1024 * 1024, 16 * 1024 * 1024);
        }
    }

    /**
     * Where and how to connect. {@code endpoint} is the Engine.IO path as an http:// URL
     * ({@code http://127.0.0.1:3000/socket.io/}); {@code transports} in the order they are tried, as
     * socket.io-client's option of the same name: polling then websocket means upgrade.
     */
    public record Options(URI endpoint, List<Transport> transports, Map<String, String> headers, Duration timeout,
                          Limits limits) {
        public Options {
            transports = List.copyOf(transports);
            headers = Map.copyOf(new LinkedHashMap<>(headers));
            if (transports.isEmpty()) {
                throw new IllegalArgumentException("at least one transport");
            }
        }
    }

    /** A packet waiting for the next POST, and what to report once it went out. */
    private record Outgoing(EnginePacket packet, Runnable sent) {
    }

    private final Options options;
    private final WireListener listener;
    private final Handler handler;
    private final LongSupplier nanoClock;
    private final long start;
    private final int connection;
    private final AtomicLong requests = new AtomicLong();
    private final ScheduledExecutorService timer;
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private final AtomicBoolean ended = new AtomicBoolean();

    private volatile OpenHandshake handshake;
    private volatile Transport transport;
    private volatile TapClient websocket;
    private HttpLane getLane;
    private HttpLane postLane;

    /** Guards the outbox, the transport switch and the pause of the upgrade. */
    private final Object sendLock = new Object();
    private final List<Outgoing> outbox = new ArrayList<>();
    private boolean paused;
    private boolean posting;
    private boolean polling;
    private ScheduledFuture<?> heartbeat;

    /** WebSocket text and binary messages before the session is open or during the probe. */
    private final BlockingQueue<EnginePacket> early = new ArrayBlockingQueue<>(16);
    private volatile boolean probing;
    private final CountDownLatch probeAnswered = new CountDownLatch(1);

    private EngineClient(Options options, WireListener listener, Handler handler, LongSupplier nanoClock, int connection) {
        this.options = options;
        this.listener = listener;
        this.handler = handler;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.connection = connection;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wstutor-engine-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens a session with the first transport of the options (and starts the upgrade when polling and
     * websocket are both allowed and the server offers it), or fails with one line saying why.
     */
    public static EngineClient open(Options options, WireListener listener, Handler handler, LongSupplier nanoClock,
                                    int connection) throws ConnectFailure {
        EngineClient c = new EngineClient(options, listener, handler, nanoClock, connection);
        try {
            if (options.transports().get(0) == Transport.POLLING) {
                c.openPolling();
            } else {
                c.openWebSocket();
            }
        } catch (ConnectFailure e) {
            c.shutdownQuietly();
            throw e;
        }
        return c;
    }

    public OpenHandshake handshake() {
        return handshake;
    }

    public Transport transport() {
        return transport;
    }

    public boolean isOpen() {
        return !ended.get();
    }

    int connection() {
        return connection;
    }

    Duration since() {
        return Duration.ofNanos(nanoClock.getAsLong() - start);
    }

    /** Waits until the session ended; true if it did within the time. */
    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closedLatch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---------------------------------------------------------------- opening

    private void openPolling() throws ConnectFailure {
        URI e = options.endpoint();
        int port = e.getPort() > 0 ? e.getPort() : 80;
        InetSocketAddress address = new InetSocketAddress(e.getHost(), port);
        String host = e.getHost() + (e.getPort() > 0 ? ":" + e.getPort() : "");
        HttpLane.Limits limits = new HttpLane.Limits(options.limits().maxHeadBytes(), options.limits().maxBodyBytes());
        getLane = new HttpLane(address, host, options.timeout(), limits);
        postLane = new HttpLane(address, host, options.timeout(), limits);
        transport = Transport.POLLING;
        HttpLane.Exchange first;
        try {
            first = getLane.exchange("GET", target(Transport.POLLING, null), options.headers(), null, options.timeout(), this::requestSent);
        } catch (IOException ex) {
            throw new ConnectFailure(reachFailure(ex));
        }
        String body = new String(first.body(), StandardCharsets.UTF_8);
        responseSeen(first, body);
        if (first.response().status() != 200) {
            throw new ConnectFailure(refusal(first.response(), body));
        }
        List<EnginePacket> packets;
        try {
            packets = EngineCodec.decodePayload(body);
        } catch (PacketFormatException ex) {
            rejected(Direction.IN, body, ex.getMessage());
            throw new ConnectFailure("not a Socket.IO server at " + e + ": its answer is not an Engine.IO payload (" + ex.getMessage() + ")");
        }
        seen(Direction.IN, Transport.POLLING, packets.get(0));
        handshake = openPacket(packets.get(0));
        resetHeartbeat();
        for (EnginePacket p : packets.subList(1, packets.size())) {
            seen(Direction.IN, Transport.POLLING, p);
            dispatch(p, Transport.POLLING);
        }
        daemon("wstutor-engine-poll", this::pollLoop);
        daemon("wstutor-engine-post", this::postLoop);
        if (options.transports().contains(Transport.WEBSOCKET) && handshake.upgrades().contains("websocket")) {
            daemon("wstutor-engine-upgrade", this::upgrade);
        }
    }

    private void openWebSocket() throws ConnectFailure {
        transport = Transport.WEBSOCKET;
        TapClient ws = dial(null);
        websocket = ws;
        EnginePacket first;
        try {
            first = early.poll(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ConnectFailure("interrupted while waiting for the Engine.IO OPEN packet");
        }
        if (first == null) {
            throw new ConnectFailure(ws.isOpen()
                    ? "no Engine.IO OPEN packet within " + options.timeout().toMillis() + " ms: is this a Socket.IO server? "
                      + "A plain WebSocket server accepts the connection but never speaks Engine.IO"
                    : "the server closed the WebSocket before the Engine.IO OPEN packet: is this a Socket.IO server?");
        }
        handshake = openPacket(first);
        resetHeartbeat();
    }

    /** The WebSocket of this session: {@code sid} null to open a session, set to upgrade one. */
    private TapClient dial(String sid) throws ConnectFailure {
        URI e = options.endpoint();
        URI ws = URI.create("ws://" + e.getRawAuthority() + target(Transport.WEBSOCKET, sid));
        TapClient.Options o = new TapClient.Options(options.headers(), List.of(), options.timeout(), options.limits().maxFrameSize());
        // The packets inside each received frame are reported by a decoder in the tap's own listener, right
        // after the frame: a read can hold several frames, and the tap reports them all before the library hands
        // any over, so reporting them from the handler below would put every frame first and the packets after.
        return TapClient.connect(ws, o, SocketIoDecoding.everyConnection(listener), new TapClient.Handler() {
            @Override
            public void text(String text) {
                wsReceived(text, null);
            }

            @Override
            public void binary(ByteBuffer data) {
                wsReceived(null, TapClient.bytesOf(data));
            }

            @Override
            public void closed(int code, String reason, boolean byPeer) {
                if (transport == Transport.WEBSOCKET && websocket != null) {
                    shutdown(byPeer ? "the server closed the WebSocket (" + code + (reason.isEmpty() ? "" : " " + reason) + ")"
                            : "the WebSocket closed (" + code + ")", byPeer);
                }
            }
        }, nanoClock, new SessionNumbering(connection, start));
    }

    private OpenHandshake openPacket(EnginePacket p) throws ConnectFailure {
        if (p.type() != EngineType.OPEN) {
            throw new ConnectFailure("not a Socket.IO server: the first Engine.IO packet must be OPEN (0), got "
                    + p.type() + " '" + EngineCodec.encode(p) + "'");
        }
        try {
            return OpenHandshake.parse(p.text());
        } catch (PacketFormatException ex) {
            throw new ConnectFailure("the server's Engine.IO OPEN packet is malformed: " + ex.getMessage());
        }
    }

    /** The request target: the endpoint's path, EIO=4, the transport, a cache-busting t, and the sid once known. */
    private String target(Transport t, String sid) {
        String path = options.endpoint().getRawPath();
        StringBuilder q = new StringBuilder(path == null || path.isEmpty() ? "/" : path).append("?EIO=4&transport=").append(t.wireName());
        if (t == Transport.POLLING) {
            q.append("&t=").append(Long.toString(requests.incrementAndGet(), 36));
        }
        if (sid != null) {
            q.append("&sid=").append(java.net.URLEncoder.encode(sid, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    // ---------------------------------------------------------------- receiving

    private void wsReceived(String text, byte[] binary) {
        synchronized (sendLock) {
            wsPacket(text, binary);
        }
    }

    private void wsPacket(String text, byte[] binary) {
        EnginePacket p;
        if (binary != null) {
            p = EngineCodec.decodeBinary(binary);
        } else {
            try {
                p = EngineCodec.decode(text);
            } catch (PacketFormatException ex) {
                shutdown("the server sent a malformed Engine.IO packet: " + ex.getMessage(), true);
                return;
            }
        }
        if (handshake == null) {
            if (!early.offer(p)) {
                shutdown("too many packets before the OPEN packet", true);
            }
            return;
        }
        if (probing && p.type() == EngineType.PONG && p.text().equals("probe")) {
            probeAnswered.countDown();
            return;
        }
        dispatch(p, Transport.WEBSOCKET);
    }

    /** What a received packet makes the session do. */
    private void dispatch(EnginePacket p, Transport via) {
        switch (p.type()) {
            case PING -> {
                resetHeartbeat();
                try {
                    send(List.of(EnginePacket.of(EngineType.PONG, p.text())), null);
                } catch (IOException closed) {
                    // the session ended meanwhile
                }
            }
            case MESSAGE -> handler.message(p, via);
            case CLOSE -> shutdown("the server closed the session (Engine.IO CLOSE)", true);
            case NOOP, PONG, UPGRADE, OPEN -> {
                // NOOP ends a poll during the upgrade; the others are not sent to a client in v4
            }
        }
    }

    private void pollLoop() {
        while (!ended.get()) {
            synchronized (sendLock) {
                if (paused || transport != Transport.POLLING) {
                    polling = false;
                    sendLock.notifyAll();
                    return;
                }
                polling = true;
            }
            HttpLane.Exchange ex;
            Duration wait = Duration.ofMillis(handshake.pingInterval() + handshake.pingTimeout()).plus(options.timeout());
            try {
                ex = getLane.exchange("GET", target(Transport.POLLING, handshake.sid()), options.headers(), null, wait, head -> {
                    synchronized (sendLock) {
                        requestSent(head);
                    }
                });
            } catch (IOException e) {
                if (!paused) {
                    shutdown("polling failed: " + message(e), true);
                }
                stopPolling();
                return;
            }
            String body = new String(ex.body(), StandardCharsets.UTF_8);
            if (!received(ex, body)) {
                stopPolling();
                return;
            }
        }
        stopPolling();
    }

    /**
     * One poll's answer and the packets in it, reported and handled as one group (under the send lock, which
     * every other report of this session takes too), so that no other line of the session falls between a
     * carrier and what it carried. False when the session ended.
     */
    private boolean received(HttpLane.Exchange ex, String body) {
        synchronized (sendLock) {
            responseSeen(ex, body);
            if (ex.response().status() != 200) {
                shutdown("the server answered a poll with " + ex.response().status() + " " + ex.response().reason()
                        + errorMessage(body), true);
                return false;
            }
            List<EnginePacket> packets;
            try {
                packets = EngineCodec.decodePayload(body);
            } catch (PacketFormatException e) {
                rejected(Direction.IN, body, e.getMessage());
                shutdown("the server sent a malformed polling payload: " + e.getMessage(), true);
                return false;
            }
            for (EnginePacket p : packets) {
                seen(Direction.IN, Transport.POLLING, p);
                dispatch(p, Transport.POLLING);
            }
            return true;
        }
    }

    private void stopPolling() {
        synchronized (sendLock) {
            polling = false;
            sendLock.notifyAll();
        }
    }

    // ---------------------------------------------------------------- sending

    /**
     * Sends packets in order over the current transport; {@code sent} runs once the last of them is on the
     * wire and reported (so a layer above reports its own packet after its carrier). While the upgrade pauses
     * polling, packets wait and go out over the WebSocket once it took over.
     *
     * @throws IOException when the session is closed or a packet is over the server's maxPayload
     */
    public void send(List<EnginePacket> packets, Runnable sent) throws IOException {
        if (ended.get()) {
            throw new IOException("the session is closed");
        }
        Transport t = transport;
        for (EnginePacket p : packets) {
            long size = wireSize(p, t);
            if (size > handshake.maxPayload()) {
                throw new IOException("a packet of " + size + " bytes is over the server's maxPayload of "
                        + handshake.maxPayload() + " bytes; the server would close the session");
            }
        }
        synchronized (sendLock) {
            for (int i = 0; i < packets.size(); i++) {
                Runnable after = i == packets.size() - 1 ? sent : null;
                if (transport == Transport.WEBSOCKET && !paused) {
                    wsSend(packets.get(i), after);
                } else {
                    outbox.add(new Outgoing(packets.get(i), after));
                }
            }
            sendLock.notifyAll();
        }
    }

    /** The size a packet takes against the server's maxPayload. */
    public static long wireSize(EnginePacket p, Transport t) {
        if (p.isBinary() && t == Transport.WEBSOCKET) {
            return p.binary().length;
        }
        return EngineCodec.encode(p).getBytes(StandardCharsets.UTF_8).length;
    }

    private void wsSend(EnginePacket p, Runnable after) {
        TapClient ws = websocket;
        try {
            if (p.isBinary()) {
                ws.send(p.binary());
            } else {
                ws.send(EngineCodec.encode(p));
            }
        } catch (RuntimeException closed) {
            return; // the WebSocket closed meanwhile; its close ends the session
        }
        seen(Direction.OUT, Transport.WEBSOCKET, p);
        if (after != null) {
            after.run();
        }
    }

    /** One POST at a time (a second concurrent one makes the server close the session), each as full as maxPayload allows. */
    private void postLoop() {
        while (!ended.get()) {
            List<Outgoing> batch = new ArrayList<>();
            synchronized (sendLock) {
                while (!ended.get() && transport == Transport.POLLING && (outbox.isEmpty() || paused)) {
                    try {
                        sendLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (ended.get() || transport != Transport.POLLING) {
                    return;
                }
                long size = 0;
                while (!outbox.isEmpty()) {
                    long next = wireSize(outbox.get(0).packet(), Transport.POLLING) + 1;
                    if (!batch.isEmpty() && size + next > handshake.maxPayload()) {
                        break;
                    }
                    size += next;
                    batch.add(outbox.remove(0));
                }
                posting = true;
            }
            try {
                post(batch);
            } finally {
                synchronized (sendLock) {
                    posting = false;
                    sendLock.notifyAll();
                }
            }
        }
    }

    private void post(List<Outgoing> batch) {
        List<EnginePacket> packets = batch.stream().map(Outgoing::packet).toList();
        String body = EngineCodec.encodePayload(packets);
        HttpLane.Exchange ex;
        try {
            ex = postLane.exchange("POST", target(Transport.POLLING, handshake.sid()), options.headers(),
                    body.getBytes(StandardCharsets.UTF_8), options.timeout(), head -> {
                        synchronized (sendLock) {
                            requestSent(head, body);
                            for (Outgoing o : batch) {
                                seen(Direction.OUT, Transport.POLLING, o.packet());
                                if (o.sent() != null) {
                                    o.sent().run();
                                }
                            }
                        }
                    });
        } catch (IOException e) {
            shutdown("sending failed: " + message(e), true);
            return;
        }
        String answer = new String(ex.body(), StandardCharsets.UTF_8);
        synchronized (sendLock) {
            responseSeen(ex, answer);
        }
        if (ex.response().status() != 200) {
            shutdown("the server answered a POST with " + ex.response().status() + " " + ex.response().reason()
                    + errorMessage(answer), true);
        }
    }

    // ---------------------------------------------------------------- upgrade

    /**
     * The upgrade as socket.io-client does it: open a WebSocket with the sid, {@code 2probe}, wait for
     * {@code 3probe}, pause polling (the server ends the held GET with a NOOP), wait for the POST in flight,
     * then {@code 5} and everything that waited, over the WebSocket. A failed probe leaves the session on
     * polling, as the official client does.
     */
    private void upgrade() {
        TapClient ws;
        try {
            probing = true;
            ws = dial(handshake.sid());
        } catch (ConnectFailure e) {
            probing = false;
            failed("the upgrade to WebSocket failed, staying on polling: " + e.getMessage());
            return;
        }
        websocket = ws;
        EnginePacket probe = EnginePacket.of(EngineType.PING, "probe");
        try {
            ws.send(EngineCodec.encode(probe));
        } catch (RuntimeException e) {
            return;
        }
        seen(Direction.OUT, Transport.WEBSOCKET, probe);
        boolean answered;
        try {
            answered = probeAnswered.await(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return;
        }
        probing = false;
        if (!answered || ended.get()) {
            websocket = null;
            ws.close();
            if (!ended.get()) {
                failed("the server did not answer 2probe with 3probe, staying on polling");
            }
            return;
        }
        synchronized (sendLock) {
            paused = true;
            long deadline = System.nanoTime() + Duration.ofMillis(handshake.pingInterval() + handshake.pingTimeout())
                    .plus(options.timeout()).toNanos();
            while ((polling || posting) && !ended.get() && System.nanoTime() < deadline) {
                try {
                    sendLock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (ended.get()) {
                return;
            }
            transport = Transport.WEBSOCKET;
            wsSend(EnginePacket.of(EngineType.UPGRADE, ""), null);
            paused = false;
            for (Outgoing o : outbox) {
                wsSend(o.packet(), o.sent());
            }
            outbox.clear();
            sendLock.notifyAll();
        }
        getLane.close();
        postLane.close();
    }

    // ---------------------------------------------------------------- heartbeat and closing

    private void resetHeartbeat() {
        OpenHandshake h = handshake;
        long limit = h.pingInterval() + h.pingTimeout();
        synchronized (sendLock) {
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            if (!ended.get()) {
                heartbeat = timer.schedule(() -> shutdown("no ping from the server within " + limit
                        + " ms (pingInterval + pingTimeout): the connection is lost", true), limit, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Ends the session from this side: an Engine.IO CLOSE packet, then the transport. */
    @Override
    public void close() {
        if (ended.get()) {
            return;
        }
        EnginePacket bye = EnginePacket.of(EngineType.CLOSE, "");
        if (transport == Transport.WEBSOCKET && websocket != null) {
            synchronized (sendLock) {
                wsSend(bye, null);
            }
            shutdown("closed by the client", false);
            try {
                websocket.awaitClosed(options.timeout()); // so that the close handshake is seen before the caller goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            CountDownLatch posted = new CountDownLatch(1);
            try {
                // As engine.io-client: what is queued goes out first, in its own POST, and CLOSE after it, so the
                // server reads a DISCONNECT as such and not as part of the transport closing.
                synchronized (sendLock) {
                    long deadline = System.nanoTime() + options.timeout().toNanos();
                    while ((posting || !outbox.isEmpty()) && !ended.get() && System.nanoTime() < deadline) {
                        sendLock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                    }
                }
                send(List.of(bye), posted::countDown);
                posted.await(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
                synchronized (sendLock) {
                    long deadline = System.nanoTime() + options.timeout().toNanos();
                    while (posting && System.nanoTime() < deadline) {
                        sendLock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException closedMeanwhile) {
                // nothing left to close on the wire
            }
            shutdown("closed by the client", false);
        }
    }

    private void shutdown(String reason, boolean byPeer) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        synchronized (sendLock) {
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            sendLock.notifyAll();
        }
        timer.shutdownNow();
        if (getLane != null) {
            getLane.close();
            postLane.close();
        }
        TapClient ws = websocket;
        if (ws != null && ws.isOpen()) {
            ws.close(1000, "");
        }
        handler.closed(reason, byPeer);
        closedLatch.countDown();
    }

    private void shutdownQuietly() {
        ended.set(true);
        timer.shutdownNow();
        if (getLane != null) {
            getLane.close();
            postLane.close();
        }
        TapClient ws = websocket;
        if (ws != null) {
            ws.close();
        }
        closedLatch.countDown();
    }

    // ---------------------------------------------------------------- reporting

    private void requestSent(String head) {
        requestSent(head, "");
    }

    private void requestSent(String head, String body) {
        try {
            listener.on(new WireEvent.PollSeen(connection, Endpoint.CLIENT, since(), Direction.OUT, HttpMessage.parse(head), body));
        } catch (HandshakeFormatException e) {
            failed("unreadable request head: " + e.getMessage());
        }
    }

    private void responseSeen(HttpLane.Exchange ex, String body) {
        listener.on(new WireEvent.PollSeen(connection, Endpoint.CLIENT, since(), Direction.IN, ex.response(), body));
    }

    private void seen(Direction d, Transport t, EnginePacket p) {
        listener.on(new WireEvent.EnginePacketSeen(connection, Endpoint.CLIENT, since(), d, t, p));
    }

    void rejected(Direction d, String raw, String reason) {
        listener.on(new WireEvent.PacketRejected(connection, Endpoint.CLIENT, since(), d, raw, reason));
    }

    private void failed(String message) {
        listener.on(new WireEvent.Failed(connection, Endpoint.CLIENT, since(), message));
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    /** One line for an answer other than 200 to the opening GET. */
    private String refusal(HttpMessage response, String body) {
        String status = response.status() + " " + response.reason();
        String path = options.endpoint().getRawPath();
        return switch (response.status()) {
            case 404 -> "server answered " + status + " at " + path + ": no Socket.IO server at this path"
                    + " (a plain WebSocket server or another app is listening there; check the URL)";
            case 426 -> "server answered " + status + ": a plain WebSocket server, not Socket.IO"
                    + " (Socket.IO speaks Engine.IO over HTTP and WebSocket)";
            case 400 -> "server refused the Engine.IO handshake: " + status + errorMessage(body);
            default -> "server answered " + status + " to the Engine.IO handshake" + errorMessage(body);
        };
    }

    /** Engine.IO's error bodies are {"code":N,"message":"..."}: the message, if there is one. */
    private static String errorMessage(String body) {
        int at = body.indexOf("\"message\":\"");
        if (at < 0) {
            return "";
        }
        int end = body.indexOf('"', at + 11);
        return end < 0 ? "" : " (" + body.substring(at + 11, end) + ")";
    }

    private String reachFailure(IOException ex) {
        URI e = options.endpoint();
        String where = e.getHost() + ":" + (e.getPort() > 0 ? e.getPort() : 80);
        if (ex instanceof UnknownHostException) {
            return "unknown host " + e.getHost() + ": check the URL";
        }
        if (ex instanceof ConnectException) {
            return "connection refused by " + where + ": is a server listening there?";
        }
        if (ex instanceof NoRouteToHostException) {
            return "cannot reach " + where + ": " + ex.getMessage();
        }
        if (ex instanceof SocketTimeoutException) {
            return "no answer from " + where + " within " + options.timeout().toMillis() + " ms";
        }
        return "cannot connect to " + where + ": " + message(ex);
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
