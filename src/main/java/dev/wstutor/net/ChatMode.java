package dev.wstutor.net;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Relays each message to every other client, as a chat room does; the sender gets nothing back. */
public final class ChatMode implements TapServer.Handler {
    private final Set<Peer> room = ConcurrentHashMap.newKeySet();

    @Override
    public void opened(Peer peer) {
        room.add(peer);
    }

    @Override
    public void closed(Peer peer, int code, String reason, boolean byPeer) {
        room.remove(peer);
    }

    @Override
    public void text(Peer from, String text) {
        for (Peer p : room) {
            if (!p.equals(from)) {
                p.send(text);
            }
        }
    }

    @Override
    public void binary(Peer from, ByteBuffer data) {
        byte[] copy = new byte[data.remaining()];
        data.duplicate().get(copy);
        for (Peer p : room) {
            if (!p.equals(from)) {
                p.send(copy);
            }
        }
    }
}
