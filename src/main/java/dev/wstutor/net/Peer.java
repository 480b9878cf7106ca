package dev.wstutor.net;

import dev.wstutor.wire.HttpMessage;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.PingFrame;
import org.java_websocket.framing.PongFrame;

/** One client connected to a {@link TapServer}, as the server sees it. */
public final class Peer implements Sender {
    private final WebSocket socket;

    Peer(WebSocket socket) {
        this.socket = socket;
    }

    /** The library's connection, for tests in this package that need to reach under the API. */
    WebSocket socket() {
        return socket;
    }

    /** The connection number the tap gave this client (1, 2, ...). */
    public int id() {
        return tap().connection();
    }

    /** What the handler gave {@link PendingHandshake#accept} for this client, or null. */
    @SuppressWarnings("unchecked")
    public <T> T attachment() {
        return (T) socket.getAttachment();
    }

    ConnectionTap tap() {
        return ((TapDraft) socket.getDraft()).tap();
    }

    /** The opening-handshake request this client sent, in wire order; null before it arrived. */
    public HttpMessage request() {
        return tap().request();
    }

    /** Bytes sent exactly as they are (see {@link TapClient#sendRaw}); nothing happens once the connection closed. */
    @Override
    public void sendRaw(byte[] bytes) {
        quietly(() -> {
            draft().flush(socket);
            socket.sendFrame(new RawBytes(bytes));
        });
    }

    public InetSocketAddress remote() {
        return socket.getRemoteSocketAddress();
    }

    public boolean isOpen() {
        return socket.isOpen();
    }

    // Every send tolerates a close that races it: a client may vanish between the check and the write, and a
    // server must go on serving the others rather than fail on it.
    @Override
    public void send(String text) {
        quietly(() -> {
            if (!draft().defer(socket, draft().createFrames(text, false))) {
                socket.send(text);
            }
        });
    }

    @Override
    public void send(byte[] data) {
        quietly(() -> {
            if (!draft().defer(socket, draft().createFrames(ByteBuffer.wrap(data), false))) {
                socket.send(data);
            }
        });
    }

    private TapDraft draft() {
        return (TapDraft) socket.getDraft();
    }

    @Override
    public void ping(byte[] data) {
        PingFrame ping = new PingFrame();
        ping.setPayload(ByteBuffer.wrap(data));
        quietly(() -> {
            draft().flush(socket);
            socket.sendFrame(ping);
        });
    }

    @Override
    public void pong(byte[] data) {
        PongFrame pong = new PongFrame();
        pong.setPayload(ByteBuffer.wrap(data));
        quietly(() -> {
            draft().flush(socket);
            socket.sendFrame(pong);
        });
    }

    @Override
    public void close(int code, String reason) {
        draft().flush(socket);
        socket.close(code, reason);
    }

    private void quietly(Runnable send) {
        if (!socket.isOpen()) {
            return;
        }
        try {
            send.run();
        } catch (WebsocketNotConnectedException closedMeanwhile) {
            // nothing to send to any more
        }
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
