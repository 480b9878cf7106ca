package dev.wstutor.net;

import java.nio.ByteBuffer;

/** Answers every message with the same message, text as text and binary as binary. */
public final class EchoMode implements TapServer.Handler {
    @Override
    public void text(Peer peer, String text) {
        peer.send(text);
    }

    @Override
    public void binary(Peer peer, ByteBuffer data) {
        byte[] copy = new byte[data.remaining()];
        data.duplicate().get(copy);
        peer.send(copy);
    }
}
