package dev.wstutor.net;

import java.nio.ByteBuffer;

/** Answers every message with the same message: the server most lessons and checks talk to. */
public final class EchoHandler implements TapServer.Handler {
    @Override
    public void text(Peer peer, String text) {
        peer.send(text);
    }

    @Override
    public void binary(Peer peer, ByteBuffer data) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        peer.send(bytes);
    }
}
