package dev.wstutor.net;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.PingFrame;
import org.java_websocket.framing.PongFrame;

/** One client connected to a {@link TapServer}, as the server sees it. */
public final class Peer {
    private final WebSocket socket;

    Peer(WebSocket socket) {
        this.socket = socket;
    }

    /** The connection number the tap gave this client (1, 2, ...). */
    public int id() {
        return ((TapDraft) socket.getDraft()).tap().connection();
    }

    public InetSocketAddress remote() {
        return socket.getRemoteSocketAddress();
    }

    public boolean isOpen() {
        return socket.isOpen();
    }

    public void send(String text) {
        if (socket.isOpen()) {
            socket.send(text);
        }
    }

    public void send(byte[] data) {
        if (socket.isOpen()) {
            socket.send(data);
        }
    }

    public void ping(byte[] data) {
        PingFrame ping = new PingFrame();
        ping.setPayload(ByteBuffer.wrap(data));
        if (socket.isOpen()) {
            socket.sendFrame(ping);
        }
    }

    public void pong(byte[] data) {
        PongFrame pong = new PongFrame();
        pong.setPayload(ByteBuffer.wrap(data));
        if (socket.isOpen()) {
            socket.sendFrame(pong);
        }
    }

    public void close(int code, String reason) {
        socket.close(code, reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Peer p && p.socket == socket;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(socket);
    }
}
