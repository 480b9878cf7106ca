package dev.wstutor.net;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.IncompleteHandshakeException;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidHandshakeException;
import org.java_websocket.extensions.IExtension;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.Handshakedata;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;

/**
 * Java-WebSocket's RFC 6455 draft with a tap on every byte: the library copies a draft per connection, so each
 * copy carries its own {@link ConnectionTap}. Outgoing frames are seen in {@link #createBinaryFrame} (every send
 * path, including automatic pongs and close replies, goes through it); incoming bytes are copied before the
 * library parses them, because it drops the masking key of received frames.
 */
public final class TapDraft extends Draft_6455 {
    private final Endpoint observer;
    private final WireListener listener;
    private final LongSupplier nanoClock;
    private final IntSupplier numbering;
    private final int maxFrameSize;
    private final List<IProtocol> protocols;
    private final ConnectionTap tap;

    public TapDraft(Endpoint observer, WireListener listener, LongSupplier nanoClock, IntSupplier numbering,
                    List<IProtocol> protocols, int maxFrameSize) {
        super(new ArrayList<IExtension>(), protocols.isEmpty() ? List.of(new Protocol("")) : protocols, maxFrameSize);
        this.observer = observer;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.numbering = numbering;
        this.maxFrameSize = maxFrameSize;
        this.protocols = List.copyOf(protocols);
        this.tap = new ConnectionTap(observer, listener, nanoClock, numbering, maxFrameSize);
    }

    public ConnectionTap tap() {
        return tap;
    }

    @Override
    public Draft copyInstance() {
        List<IProtocol> fresh = new ArrayList<>();
        for (IProtocol p : protocols) {
            fresh.add(p.copyInstance());
        }
        return new TapDraft(observer, listener, nanoClock, numbering, fresh, maxFrameSize);
    }

    @Override
    public ByteBuffer createBinaryFrame(Framedata framedata) {
        ByteBuffer out = super.createBinaryFrame(framedata);
        tap.sent(bytesOf(out));
        return out;
    }

    @Override
    public List<Framedata> translateFrame(ByteBuffer buffer) throws InvalidDataException {
        tap.received(bytesOf(buffer));
        return super.translateFrame(buffer);
    }

    @Override
    public List<ByteBuffer> createHandshake(Handshakedata handshakedata, boolean withcontent) {
        List<ByteBuffer> out = super.createHandshake(handshakedata, withcontent);
        StringBuilder raw = new StringBuilder();
        for (ByteBuffer b : out) {
            raw.append(new String(bytesOf(b), StandardCharsets.ISO_8859_1));
        }
        tap.handshake(Direction.OUT, raw.toString());
        return out;
    }

    @Override
    public Handshakedata translateHandshake(ByteBuffer buf) throws InvalidHandshakeException {
        ByteBuffer before = buf.duplicate();
        Handshakedata parsed;
        try {
            parsed = super.translateHandshake(buf);
        } catch (IncompleteHandshakeException partial) {
            // Tried again when more bytes arrive: report only the complete head.
            throw partial;
        } catch (InvalidHandshakeException refused) {
            // The library refuses heads it dislikes (a 200 or 404 answer) before anyone sees them; show them anyway.
            String text = new String(bytesOf(before), StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0) {
                tap.handshake(Direction.IN, text.substring(0, end + 4));
            }
            throw refused;
        }
        int length = buf.position() - before.position();
        byte[] head = new byte[Math.max(0, length)];
        before.get(head);
        tap.handshake(Direction.IN, new String(head, StandardCharsets.ISO_8859_1));
        return parsed;
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
