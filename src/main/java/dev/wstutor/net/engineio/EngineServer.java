package dev.wstutor.net.engineio;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.net.DrivenWebSocket;
import dev.wstutor.net.http.Exchange;
import dev.wstutor.net.http.HttpRequest;
import dev.wstutor.net.http.HttpResponse;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.Transport;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * An Engine.IO v4 server under one path, checking each request as the reference server's {@code verify} and
 * {@code handshake} do (transport, sid, method, protocol version; HTTP 400 with the same JSON bodies), then handing
 * it to its session. Loop thread only.
 */
public final class EngineServer {
    private final EngineConfig config;
    private final EngineHandler handler;
    private final WireListener listener;
    /** Whether the listener keeps poll and packet events: when not, they are not built at all (a busy server's CPU). */
    private final boolean packets;
    private final IntSupplier numbering;
    private final LongSupplier nanoClock;
    private final Map<String, EngineSession> sessions = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private Scheduler scheduler;

    public EngineServer(EngineConfig config, EngineHandler handler, WireListener listener, IntSupplier numbering,
                        LongSupplier nanoClock) {
        this.config = config;
        this.handler = handler;
        this.listener = listener;
        this.packets = listener.wantsPackets();
        this.numbering = numbering;
        this.nanoClock = nanoClock;
    }

    /** Set once the loop that runs the timers exists. */
    public void scheduler(Scheduler s) {
        this.scheduler = s;
    }

    public EngineConfig config() {
        return config;
    }

    public boolean handles(HttpRequest request) {
        return request.path().equals(config.path()) || request.path().equals(config.path().substring(0, config.path().length() - 1));
    }

    /** Open sessions, oldest first. */
    public List<EngineSession> sessions() {
        return new ArrayList<>(sessions.values());
    }

    public Optional<EngineSession> session(String sid) {
        return Optional.ofNullable(sessions.get(sid));
    }

    public void closeAll() {
        for (EngineSession s : sessions()) {
            s.close();
        }
    }

    public void request(Exchange exchange) {
        HttpRequest request = exchange.request();
        boolean upgrade = request.isUpgrade();
        Map<String, String> query = request.query();
        Optional<Transport> transport = Optional.ofNullable(query.get("transport")).flatMap(Transport::byName)
                .filter(config.transports()::contains);
        if (transport.isEmpty()) {
            refuse(exchange, EngineError.UNKNOWN_TRANSPORT, "transport " + quoted(query.get("transport")));
            return;
        }
        if (request.header("Origin").map(EngineServer::invalidHeaderValue).orElse(false)) {
            refuse(exchange, EngineError.BAD_REQUEST, "invalid characters in the Origin header");
            return;
        }
        String sid = query.get("sid");
        EngineSession session = null;
        if (sid != null) {
            session = sessions.get(sid);
            if (session == null) {
                refuse(exchange, EngineError.UNKNOWN_SID, "no session " + quoted(sid) + " (closed, or never opened)");
                return;
            }
            if (!upgrade && session.transport() != transport.get()) {
                refuse(exchange, EngineError.BAD_REQUEST, "session " + sid + " is on " + session.transport().wireName()
                        + ", not " + transport.get().wireName());
                return;
            }
        } else {
            if (!request.method().equals("GET")) {
                refuse(exchange, EngineError.BAD_HANDSHAKE_METHOD, request.method() + " cannot open a session; a GET does");
                return;
            }
            if (transport.get() == Transport.WEBSOCKET && !upgrade) {
                refuse(exchange, EngineError.BAD_REQUEST, "transport=websocket without a WebSocket upgrade");
                return;
            }
            if (!"4".equals(query.get("EIO"))) {
                refuse(exchange, EngineError.UNSUPPORTED_PROTOCOL_VERSION, "EIO=" + quoted(query.get("EIO"))
                        + "; this server speaks Engine.IO v4 (EIO=4, socket.io 3 and 4)");
                return;
            }
        }
        if (upgrade) {
            upgradeTo(exchange, session);
            return;
        }
        if (session != null) {
            session.request(exchange);
            return;
        }
        EngineSession fresh = new EngineSession(this, newId(), numbering.getAsInt(), request, nanoTime());
        sessions.put(fresh.id(), fresh);
        PollingTransport polling = new PollingTransport(fresh);
        fresh.open(polling);
        polling.request(exchange);
    }

    private void upgradeTo(Exchange exchange, EngineSession session) {
        int number = session != null ? session.number() : numbering.getAsInt();
        long start = session != null ? session.start() : nanoTime();
        HttpRequest request = exchange.request();
        WebSocketTransport[] made = new WebSocketTransport[1];
        DrivenWebSocket.Handler opening = new DrivenWebSocket.Handler() {
            @Override
            public void opened(DrivenWebSocket ws) {
                WebSocketTransport t = new WebSocketTransport(ws);
                made[0] = t;
                ws.handler(t);
                if (session != null) {
                    EngineSession s = sessions.get(session.id());
                    if (s == null) {
                        t.close();
                    } else {
                        s.offerUpgrade(t);
                    }
                    return;
                }
                EngineSession fresh = new EngineSession(EngineServer.this, newId(), number, request, start);
                sessions.put(fresh.id(), fresh);
                t.attach(fresh);
                fresh.open(t);
            }

            @Override
            public void text(DrivenWebSocket ws, String text) {
            }

            @Override
            public void binary(DrivenWebSocket ws, byte[] data) {
            }

            @Override
            public void closed(DrivenWebSocket ws, int code, String reason, boolean byPeer) {
            }
        };
        exchange.upgrade(opening, listener, () -> number, sessionClock(start));
    }

    /**
     * The reference's abortRequest (JSON body, 400 or 403) for HTTP, and abortUpgrade (a bare 400 with the message
     * as text/html, then the connection closes) for a WebSocket upgrade.
     */
    private void refuse(Exchange exchange, EngineError error, String detail) {
        int number = numbering.getAsInt();
        HttpRequest request = exchange.request();
        listener.on(new WireEvent.PollSeen(number, Endpoint.SERVER, Duration.ZERO, Direction.IN, request.head(), request.bodyText()));
        listener.on(new WireEvent.Failed(number, Endpoint.SERVER, Duration.ZERO,
                "refused " + request.method() + " " + request.target() + ": " + error.message() + " (" + detail + ")"));
        if (request.isUpgrade()) {
            reply(exchange, HttpResponse.text(400, "text/html", error.message()), number, Duration.ZERO, true);
        } else {
            reply(exchange, HttpResponse.text(error.status(), "application/json", error.json()), number, Duration.ZERO, false);
        }
    }

    void reply(Exchange exchange, HttpResponse response, int number, Duration since) {
        reply(exchange, response, number, since, false);
    }

    private void reply(Exchange exchange, HttpResponse response, int number, Duration since, boolean close) {
        if (!exchange.pending()) {
            return;
        }
        HttpResponse withCors = Cors.apply(exchange.request(), response);
        exchange.respond(withCors, close);
        if (!packets) {
            return;
        }
        listener.on(new WireEvent.PollSeen(number, Endpoint.SERVER, since, Direction.OUT,
                withCors.head(!close && exchange.request().keepAlive()), withCors.bodyText()));
    }

    void failed(EngineSession session, String message) {
        listener.on(new WireEvent.Failed(session.number(), Endpoint.SERVER, session.since(), message));
    }

    void forget(EngineSession session) {
        sessions.remove(session.id(), session);
    }

    EngineHandler handler() {
        return handler;
    }

    WireListener listener() {
        return listener;
    }

    /** Whether polls and packets are reported (see {@link WireListener#wantsPackets()}). */
    boolean showsPackets() {
        return packets;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    long nanoTime() {
        return nanoClock.getAsLong();
    }

    /**
     * The clock for the WebSocket's tap, whose frames belong to the session: the tap takes its zero from its first
     * reading, so that reading gives the session's start and its frames' times line up with the session's packets
     * (an upgrade's frames otherwise start again from 0 s in the middle of a session).
     */
    private LongSupplier sessionClock(long start) {
        boolean[] first = {true};
        return () -> {
            if (first[0]) {
                first[0] = false;
                return start;
            }
            return nanoClock.getAsLong();
        };
    }

    /** 15 random bytes in URL-safe base64, like the reference's base64id: 20 characters. */
    private String newId() {
        byte[] b = new byte[15];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String quoted(String s) {
        return s == null ? "(missing)" : "'" + s + "'";
    }

    /** Node's checkInvalidHeaderChar: only tab, visible ASCII and obs-text. */
    private static boolean invalidHeaderValue(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff))) {
                return true;
            }
        }
        return false;
    }

    /** Packets of the echo, used by {@code /engine.io/}: every MESSAGE straight back. */
    public static EngineHandler echo() {
        return new EngineHandler() {
            @Override
            public void opened(EngineSession session) {
            }

            @Override
            public void message(EngineSession session, EnginePacket packet) {
                session.send(packet, null);
            }

            @Override
            public void closed(EngineSession session, String reason) {
            }
        };
    }
}
