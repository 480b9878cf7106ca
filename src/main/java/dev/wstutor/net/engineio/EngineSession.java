package dev.wstutor.net.engineio;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.net.http.Exchange;
import dev.wstutor.net.http.HttpRequest;
import dev.wstutor.net.http.HttpResponse;
import dev.wstutor.net.http.Timer;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.OpenHandshake;
import dev.wstutor.socketio.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Engine.IO v4 session (engine.io's Socket): the open packet, the server's heartbeat (a PING every
 * pingInterval, closed when no PONG comes within pingTimeout), a write buffer flushed whenever the transport can
 * write, and the upgrade from polling to WebSocket (2probe, 3probe, NOOPs to the held GET, 5). Loop thread only.
 */
public final class EngineSession {
    private enum State { OPEN, CLOSING, CLOSED }

    private final EngineServer server;
    private final String id;
    private final int number;
    private final long start;
    private final HttpRequest handshake;
    private EngineTransport transport;
    private WebSocketTransport candidate;
    private boolean upgraded;
    private State state = State.OPEN;
    private final List<Outgoing> writeBuffer = new ArrayList<>();
    private Timer pingInterval;
    private Timer pingTimeout;
    private Timer upgradeTimeout;
    private Timer upgradeCheck;
    private Timer closeTimeout;

    EngineSession(EngineServer server, String id, int number, HttpRequest handshake, long start) {
        this.server = server;
        this.id = id;
        this.number = number;
        this.handshake = handshake;
        this.start = start;
    }

    /** When the session's first request arrived: the zero of its events' times. */
    long start() {
        return start;
    }

    public String id() {
        return id;
    }

    /** Its number in the events: every poll and frame of the session carries it. */
    public int number() {
        return number;
    }

    /** The request that opened the session (its query, headers, remote address). */
    public HttpRequest handshake() {
        return handshake;
    }

    public Transport transport() {
        return transport.kind();
    }

    public boolean isClosed() {
        return state == State.CLOSED;
    }

    EngineConfig config() {
        return server.config();
    }

    void open(EngineTransport first) {
        this.transport = first;
        List<String> upgrades = first.kind() == Transport.POLLING && config().transports().contains(Transport.WEBSOCKET)
                ? List.of(Transport.WEBSOCKET.wireName()) : List.of();
        OpenHandshake open = new OpenHandshake(id, upgrades, config().pingInterval(), config().pingTimeout(),
                config().maxPayload());
        sendPacket(EnginePacket.of(EngineType.OPEN, open.toJson()), null);
        server.handler().opened(this);
        schedulePing();
    }

    /** Sends a MESSAGE; {@code afterSent} runs once it is on the wire (to report the Socket.IO packet it ends). */
    public void send(EnginePacket message, Runnable afterSent) {
        sendPacket(message, afterSent);
    }

    private void sendPacket(EnginePacket packet, Runnable afterSent) {
        if (state != State.OPEN) {
            return;
        }
        writeBuffer.add(new Outgoing(packet, afterSent));
        if (writeBuffer.size() > config().maxBufferedPackets()) {
            server.failed(this, "closed session " + id + ": " + writeBuffer.size()
                    + " packets waiting for a client that does not poll (limit " + config().maxBufferedPackets() + ")");
            onClose("too many buffered packets");
            return;
        }
        flush();
    }

    void flush() {
        if (state != State.CLOSED && transport.writable() && !writeBuffer.isEmpty()) {
            List<Outgoing> out = new ArrayList<>(writeBuffer);
            writeBuffer.clear();
            transport.send(out);
        }
    }

    private void schedulePing() {
        pingInterval = server.scheduler().schedule(config().pingInterval(), () -> {
            sendPacket(EnginePacket.of(EngineType.PING, ""), null);
            resetPingTimeout();
        });
    }

    private void resetPingTimeout() {
        cancel(pingTimeout);
        pingTimeout = server.scheduler().schedule(config().pingTimeout(), () -> {
            if (state != State.CLOSED) {
                server.failed(this, "closed session " + id + ": no pong within pingTimeout (" + config().pingTimeout() + " ms)");
                onClose("ping timeout");
            }
        });
    }

    /** A packet from the client on the session's own transport. */
    void onPacket(EnginePacket p) {
        if (state == State.CLOSED) {
            return;
        }
        switch (p.type()) {
            case PING -> onError("invalid heartbeat direction (in v4 the server pings)");
            case PONG -> {
                cancel(pingTimeout);
                pingTimeout = null;
                cancel(pingInterval);
                schedulePing();
            }
            case MESSAGE -> server.handler().message(this, p);
            default -> {
                // OPEN, UPGRADE and NOOP from a client on its own transport mean nothing; the reference ignores them
            }
        }
    }

    /** A packet on a WebSocket: the session's transport, or the candidate of an upgrade. */
    void fromWebSocket(WebSocketTransport ws, EnginePacket p) {
        if (ws == transport) {
            if (p.type() == EngineType.CLOSE) {
                onClose("transport close");
                return;
            }
            onPacket(p);
            return;
        }
        if (ws != candidate) {
            return;
        }
        if (p.type() == EngineType.PING && p.text().equals("probe")) {
            ws.send(new ArrayList<>(List.of(Outgoing.of(EnginePacket.of(EngineType.PONG, "probe")))));
            // the held GET must return so the client can send 5; the reference nudges it every 100 ms
            releaseGet();
            cancel(upgradeCheck);
            upgradeCheck = server.scheduler().schedule(100, this::checkUpgrade);
        } else if (p.type() == EngineType.UPGRADE && state != State.CLOSED) {
            finishUpgrade(ws);
        } else {
            endUpgrade();
            ws.close();
        }
    }

    private void checkUpgrade() {
        if (candidate != null) {
            releaseGet();
            upgradeCheck = server.scheduler().schedule(100, this::checkUpgrade);
        }
    }

    private void releaseGet() {
        if (transport instanceof PollingTransport polling) {
            polling.releaseGet();
        }
    }

    /** A WebSocket with this session's sid: the start of an upgrade, unless one is under way or done. */
    void offerUpgrade(WebSocketTransport ws) {
        if (candidate != null || upgraded || state != State.OPEN || transport.kind() != Transport.POLLING) {
            ws.close();
            return;
        }
        candidate = ws;
        ws.attach(this);
        upgradeTimeout = server.scheduler().schedule(config().upgradeTimeout(), () -> {
            WebSocketTransport c = candidate;
            endUpgrade();
            if (c != null) {
                c.close();
            }
        });
    }

    private void finishUpgrade(WebSocketTransport ws) {
        endUpgrade();
        EngineTransport old = transport;
        transport = ws;
        upgraded = true;
        if (old instanceof PollingTransport polling) {
            polling.releaseGet(); // a GET still held ends with a NOOP rather than hanging
            polling.close();
        }
        flush();
        if (state == State.CLOSING) {
            ws.close();
            onClose("forced close");
        }
    }

    private void endUpgrade() {
        candidate = null;
        cancel(upgradeTimeout);
        cancel(upgradeCheck);
        upgradeTimeout = null;
        upgradeCheck = null;
    }

    void transportError(WebSocketTransport ws, String reason) {
        if (ws == transport) {
            onClose(reason);
        } else if (ws == candidate) {
            endUpgrade();
            ws.close();
        }
    }

    void transportClosed(WebSocketTransport ws) {
        if (ws == transport) {
            onClose("transport close");
        } else if (ws == candidate) {
            endUpgrade();
        }
    }

    void onError(String reason) {
        if (state != State.CLOSED) {
            server.failed(this, "closed session " + id + ": " + reason);
        }
        onClose("transport error: " + reason);
    }

    /** Closes the session gracefully: what is buffered goes first, then the transport closes. */
    public void close() {
        if (state != State.OPEN) {
            return;
        }
        flush();
        state = State.CLOSING;
        if (transport instanceof PollingTransport polling && !polling.holdsGet()) {
            // no GET to tell: the next one gets the CLOSE; the reference waits 30 s for it
            polling.close();
            closeTimeout = server.scheduler().schedule(30_000, () -> onClose("forced close"));
            return;
        }
        onClose("forced close");
    }

    /** The end: timers stopped, transports closed, the session forgotten, the handler told once. */
    void onClose(String reason) {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        cancel(pingInterval);
        cancel(pingTimeout);
        cancel(closeTimeout);
        WebSocketTransport c = candidate;
        endUpgrade();
        if (c != null) {
            c.close();
        }
        writeBuffer.clear();
        transport.close();
        server.forget(this);
        server.handler().closed(this, reason);
    }

    /** Polling requests for this session. */
    void request(Exchange exchange) {
        if (transport instanceof PollingTransport polling) {
            polling.request(exchange);
        }
    }

    // ---- events: every poll, packet and refusal of the session under its number

    /** Whether its polls and packets are reported: when not, there is no need to build what only they show. */
    public boolean showsPackets() {
        return server.showsPackets();
    }

    public Duration since() {
        return Duration.ofNanos(server.nanoTime() - start);
    }

    void showRequest(HttpRequest request) {
        if (!server.showsPackets()) {
            return;
        }
        server.listener().on(new WireEvent.PollSeen(number, Endpoint.SERVER, since(), Direction.IN, request.head(),
                request.bodyText()));
    }

    void reply(Exchange exchange, HttpResponse response) {
        server.reply(exchange, response, number, since());
    }

    void showPacket(Direction direction, Transport via, EnginePacket p) {
        if (!server.showsPackets()) {
            return;
        }
        server.listener().on(new WireEvent.EnginePacketSeen(number, Endpoint.SERVER, since(), direction, via, p));
    }

    void rejected(Direction direction, String raw, String reason) {
        server.listener().on(new WireEvent.PacketRejected(number, Endpoint.SERVER, since(), direction, raw, reason));
        if (state != State.CLOSED) {
            server.failed(this, "closing session " + id + ": malformed Engine.IO packet: " + reason);
        }
    }

    private static void cancel(Timer t) {
        if (t != null) {
            t.cancel();
        }
    }
}
