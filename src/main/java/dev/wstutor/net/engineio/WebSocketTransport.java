package dev.wstutor.net.engineio;

import dev.wstutor.event.Direction;
import dev.wstutor.net.DrivenWebSocket;
import dev.wstutor.socketio.EngineCodec;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.PacketFormatException;
import dev.wstutor.socketio.Transport;
import java.util.List;

/**
 * The WebSocket transport: one Engine.IO packet per frame, text frames with the type digit, binary frames the raw
 * bytes of a MESSAGE. It starts either a session (no sid) or an upgrade of a polling session (with its sid).
 */
final class WebSocketTransport implements EngineTransport, DrivenWebSocket.Handler {
    private final DrivenWebSocket ws;
    private EngineSession session;

    WebSocketTransport(DrivenWebSocket ws) {
        this.ws = ws;
    }

    void attach(EngineSession owner) {
        this.session = owner;
    }

    @Override
    public Transport kind() {
        return Transport.WEBSOCKET;
    }

    @Override
    public boolean writable() {
        return ws.isOpen();
    }

    @Override
    public void send(List<Outgoing> packets) {
        for (Outgoing o : packets) {
            EnginePacket p = o.packet();
            if (p.isBinary()) {
                ws.send(p.binary());
            } else {
                ws.send(EngineCodec.encode(p));
            }
            if (session != null) {
                session.showPacket(Direction.OUT, Transport.WEBSOCKET, p);
            }
            if (o.afterSent() != null) {
                o.afterSent().run();
            }
        }
    }

    @Override
    public void close() {
        if (ws.isOpen()) {
            ws.close(1000, "");
        }
    }

    int connection() {
        return ws.connection();
    }

    @Override
    public void opened(DrivenWebSocket socket) {
        // the server decides what the new connection is (a session or an upgrade) before handing it here
    }

    @Override
    public void text(DrivenWebSocket socket, String text) {
        if (session == null) {
            return;
        }
        EnginePacket p;
        try {
            p = EngineCodec.decode(text);
        } catch (PacketFormatException e) {
            session.rejected(Direction.IN, text, e.getMessage());
            session.transportError(this, "parse error");
            return;
        }
        session.showPacket(Direction.IN, Transport.WEBSOCKET, p);
        session.fromWebSocket(this, p);
    }

    @Override
    public void binary(DrivenWebSocket socket, byte[] data) {
        if (session == null) {
            return;
        }
        EnginePacket p = EngineCodec.decodeBinary(data);
        session.showPacket(Direction.IN, Transport.WEBSOCKET, p);
        session.fromWebSocket(this, p);
    }

    @Override
    public void closed(DrivenWebSocket socket, int code, String reason, boolean byPeer) {
        if (session != null) {
            session.transportClosed(this);
        }
    }
}
