package dev.wstutor.net.engineio;

import dev.wstutor.event.Direction;
import dev.wstutor.net.http.Exchange;
import dev.wstutor.net.http.HttpRequest;
import dev.wstutor.net.http.HttpResponse;
import dev.wstutor.socketio.EngineCodec;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.EngineType;
import dev.wstutor.socketio.PacketFormatException;
import dev.wstutor.socketio.Transport;
import dev.wstutor.wire.HttpMessage.Header;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP long-polling (engine.io-protocol, "HTTP long-polling"): a GET is held until the session has packets for it,
 * which go out joined by the record separator; a POST carries packets from the client and is answered {@code ok}.
 * A second GET while one is held is an error that closes the session, as in the reference server.
 */
final class PollingTransport implements EngineTransport {
    private final EngineSession session;
    private Exchange get;
    private boolean shouldClose;
    private boolean closed;

    PollingTransport(EngineSession session) {
        this.session = session;
    }

    @Override
    public Transport kind() {
        return Transport.POLLING;
    }

    @Override
    public boolean writable() {
        return get != null && get.pending();
    }

    boolean holdsGet() {
        return writable();
    }

    void request(Exchange exchange) {
        HttpRequest request = exchange.request();
        session.showRequest(request);
        switch (request.method()) {
            case "GET" -> poll(exchange);
            case "POST" -> data(exchange);
            default -> session.reply(exchange, HttpResponse.empty(500));
        }
    }

    private void poll(Exchange exchange) {
        if (writable()) {
            session.reply(exchange, HttpResponse.empty(400));
            session.onError("overlap from client (a second GET while one was held)");
            return;
        }
        get = exchange;
        exchange.onAbort(() -> {
            if (get == exchange) {
                get = null;
                session.onError("poll connection closed prematurely");
            }
        });
        if (shouldClose) {
            send(new ArrayList<>(List.of(Outgoing.of(EnginePacket.of(EngineType.NOOP, "")))));
            return;
        }
        session.flush();
    }

    private void data(Exchange exchange) {
        HttpRequest request = exchange.request();
        if (request.bodyTooLarge()) {
            session.reply(exchange, HttpResponse.empty(413));
            session.onError("a POST body over maxPayload (" + session.config().maxPayload() + " bytes)");
            return;
        }
        if (request.header("Content-Type").map(t -> t.equals("application/octet-stream")).orElse(false)) {
            session.reply(exchange, HttpResponse.empty(400));
            session.onError("invalid content (binary POST bodies are Engine.IO v3)");
            return;
        }
        List<EnginePacket> packets;
        try {
            packets = EngineCodec.decodePayload(request.bodyText());
        } catch (PacketFormatException e) {
            session.rejected(Direction.IN, request.bodyText(), e.getMessage());
            session.reply(exchange, HttpResponse.text(400, "application/json", EngineError.BAD_REQUEST.json()));
            session.onClose("parse error");
            return;
        }
        for (EnginePacket p : packets) {
            session.showPacket(Direction.IN, Transport.POLLING, p);
            if (p.type() == EngineType.CLOSE) {
                if (writable()) {
                    send(new ArrayList<>(List.of(Outgoing.of(EnginePacket.of(EngineType.NOOP, "")))));
                }
                closed = true;
                session.onClose("transport close");
                break;
            }
            session.onPacket(p);
            if (session.isClosed()) {
                // what the packet carried broke the session (say, a malformed Socket.IO packet): say so
                session.reply(exchange, HttpResponse.text(400, "application/json", EngineError.BAD_REQUEST.json()));
                return;
            }
        }
        session.reply(exchange, new HttpResponse(200, List.of(new Header("Content-Type", "text/html"),
                new Header("cache-control", "no-store")), "ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Override
    public void send(List<Outgoing> packets) {
        Exchange exchange = get;
        if (exchange == null || !exchange.pending()) {
            return;
        }
        get = null;
        if (shouldClose) {
            packets.add(Outgoing.of(EnginePacket.of(EngineType.CLOSE, "")));
        }
        List<EnginePacket> plain = new ArrayList<>(packets.size());
        packets.forEach(o -> plain.add(o.packet()));
        String body = EngineCodec.encodePayload(plain);
        session.reply(exchange, new HttpResponse(200, List.of(new Header("Content-Type", "text/plain; charset=UTF-8"),
                new Header("cache-control", "no-store")), body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (Outgoing o : packets) {
            session.showPacket(Direction.OUT, Transport.POLLING, o.packet());
            if (o.afterSent() != null) {
                o.afterSent().run();
            }
        }
        if (shouldClose) {
            shouldClose = false;
            session.onClose("forced close");
        }
    }

    /** Answers a held GET with a NOOP, so the client's poll returns and it can finish an upgrade. */
    void releaseGet() {
        if (writable()) {
            send(new ArrayList<>(List.of(Outgoing.of(EnginePacket.of(EngineType.NOOP, "")))));
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (writable()) {
            send(new ArrayList<>(List.of(Outgoing.of(EnginePacket.of(EngineType.CLOSE, "")))));
        } else {
            shouldClose = true; // the next GET hears of it
        }
    }

    /** A graceful close with no GET to tell it to: the next GET gets the CLOSE. */
    boolean closing() {
        return shouldClose;
    }
}
