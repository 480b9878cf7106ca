package dev.wstutor.net;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.socketio.EncodedPacket;
import dev.wstutor.socketio.EngineCodec;
import dev.wstutor.socketio.EnginePacket;
import dev.wstutor.socketio.PacketFormatException;
import dev.wstutor.socketio.PacketType;
import dev.wstutor.socketio.SocketDecoder;
import dev.wstutor.socketio.SocketEncoder;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.socketio.Transport;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A Socket.IO v5 client socket (socket.io-protocol) in one namespace, over an {@link EngineClient} session:
 * CONNECT with an optional auth payload, events and acknowledgements both ways, binary attachments, and
 * DISCONNECT. When the server emits with an ack id, this client acknowledges at once with no arguments, so the
 * server's callback runs (a tool has no application code to answer with). Each Socket.IO packet is reported
 * after the Engine.IO packets that carried it.
 */
public final class SocketIoClient implements AutoCloseable {

    /** What the server does to this socket; called on a network thread, in order. */
    public interface Handler {
        /** An EVENT or BINARY_EVENT from the server (already acknowledged if it asked for it). */
        default void event(SocketPacket packet) {
        }

        /** The socket or its session ended: {@code byServer} when the server ended it or vanished. */
        default void disconnected(String reason, boolean byServer) {
        }
    }

    /** The server's answer to an emit with an ack id, and how long it took. */
    public record Ack(long id, List<JsonNode> arguments, Duration roundTrip) {
    }

    /** How many binary attachments one packet may announce: a hostile count would otherwise hold memory. */
    public static final int MAX_ATTACHMENTS = 256;

    private final EngineClient.Options options;
    private final String namespace;
    private final WireListener listener;
    private final LongSupplier nanoClock;
    private final Handler handler;
    private final SocketDecoder decoder = new SocketDecoder(MAX_ATTACHMENTS);
    private final CompletableFuture<String> connected = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Ack>> pending = new ConcurrentHashMap<>();
    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicLong nextAck = new AtomicLong();
    private volatile EngineClient engine;
    private volatile boolean disconnected;
    /** Why this side ended the session, when it did so because of the server. */
    private volatile String failure;

    private SocketIoClient(EngineClient.Options options, String namespace, WireListener listener, Handler handler,
                           LongSupplier nanoClock) {
        this.options = options;
        this.namespace = namespace;
        this.listener = listener;
        this.handler = handler;
        this.nanoClock = nanoClock;
    }

    /**
     * Opens an Engine.IO session, sends CONNECT to {@code namespace} with {@code auth} (null for none) and waits
     * for the server's CONNECT; a CONNECT_ERROR (an unknown namespace, a refused auth) is a failure naming the
     * server's message.
     */
    public static SocketIoClient connect(EngineClient.Options options, String namespace, JsonNode auth,
                                         WireListener listener, Handler handler, LongSupplier nanoClock) throws ConnectFailure {
        SocketIoClient c = new SocketIoClient(options, namespace, listener, handler, nanoClock);
        c.engine = EngineClient.open(options, listener, c.new Messages(), nanoClock, 1);
        try {
            c.send(SocketPacket.connect(namespace, auth));
        } catch (IOException e) {
            c.engine.close();
            throw new ConnectFailure("cannot send CONNECT: " + e.getMessage());
        }
        try {
            c.connected.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            c.engine.close();
            throw new ConnectFailure(e.getCause().getMessage());
        } catch (TimeoutException e) {
            c.engine.close();
            throw new ConnectFailure("no answer to CONNECT " + namespace + " within " + options.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.engine.close();
            throw new ConnectFailure("interrupted while connecting");
        }
        return c;
    }

    /** The socket id the server gave in its CONNECT answer. */
    public String sid() {
        return connected.getNow("");
    }

    public String namespace() {
        return namespace;
    }

    public EngineClient engine() {
        return engine;
    }

    public boolean isConnected() {
        return !disconnected && engine.isOpen();
    }

    /** Emits an event without asking for an acknowledgement. */
    public void emit(String event, List<JsonNode> args) throws IOException {
        send(SocketPacket.event(namespace, null, event, args));
    }

    /** Emits an event with a fresh ack id; the future completes with the server's ACK and the round-trip time. */
    public CompletableFuture<Ack> emitWithAck(String event, List<JsonNode> args) throws IOException {
        long id = nextAck.getAndIncrement();
        CompletableFuture<Ack> ack = new CompletableFuture<>();
        pending.put(id, ack);
        sentAt.put(id, nanoClock.getAsLong());
        try {
            send(SocketPacket.event(namespace, id, event, args));
        } catch (IOException e) {
            pending.remove(id);
            sentAt.remove(id);
            throw e;
        }
        return ack;
    }

    /** Sends DISCONNECT for the namespace, then ends the Engine.IO session, as socket.disconnect() does. */
    public void disconnect() {
        if (!disconnected && engine.isOpen()) {
            try {
                send(SocketPacket.disconnect(namespace));
            } catch (IOException closedMeanwhile) {
                // nothing to tell the server any more
            }
        }
        engine.close();
    }

    public boolean awaitDisconnected(Duration timeout) throws InterruptedException {
        return engine.awaitClosed(timeout);
    }

    @Override
    public void close() {
        disconnect();
    }

    private void send(SocketPacket packet) throws IOException {
        EncodedPacket encoded = SocketEncoder.encode(packet);
        SocketPacket shown = packet;
        if (!encoded.attachments().isEmpty() && !packet.type().isBinary()) {
            PacketType binary = packet.type() == PacketType.EVENT ? PacketType.BINARY_EVENT : PacketType.BINARY_ACK;
            shown = new SocketPacket(binary, packet.namespace(), packet.ackId(), packet.data());
        }
        SocketPacket report = shown;
        engine.send(encoded.enginePackets(), () -> listener.on(
                new WireEvent.SocketPacketSeen(engine.connection(), Endpoint.CLIENT, engine.since(), Direction.OUT, report)));
    }

    /** Reads the Engine.IO MESSAGEs: the Socket.IO packets, attachments put back in place. */
    private final class Messages implements EngineClient.Handler {
        @Override
        public void message(EnginePacket packet, Transport via) {
            // Over WebSocket the session's tap has reported the packet already; over polling it is ours to report.
            boolean report = via == Transport.POLLING;
            if (failure != null) {
                return; // closing on a malformed packet already: what follows it is not read
            }
            Optional<SocketPacket> done;
            try {
                done = packet.isBinary() ? decoder.binary(packet.binary()) : decoder.text(packet.text());
            } catch (PacketFormatException e) {
                if (report) {
                    String raw = packet.isBinary() ? EngineCodec.encode(packet) : packet.text();
                    engine.rejected(Direction.IN, raw, e.getMessage());
                }
                fail("the server sent a malformed Socket.IO packet: " + e.getMessage());
                return;
            }
            done.ifPresent(p -> received(p, report));
        }

        private void received(SocketPacket p, boolean report) {
            if (report) {
                listener.on(new WireEvent.SocketPacketSeen(engine.connection(), Endpoint.CLIENT, engine.since(), Direction.IN, p));
            }
            if (!p.namespace().equals(namespace)) {
                return; // another namespace of the same session: not this socket's
            }
            switch (p.type().plain()) {
                case CONNECT -> {
                    JsonNode sid = p.data() == null ? null : p.data().get("sid");
                    connected.complete(sid == null ? "" : sid.asText());
                }
                case CONNECT_ERROR -> {
                    JsonNode message = p.data() == null ? null : p.data().get("message");
                    String why = message != null ? message.asText() : p.data() == null ? "no reason given" : p.data().toString();
                    connected.completeExceptionally(new IOException("the server refused namespace " + namespace + ": " + why));
                }
                case EVENT -> {
                    if (p.ackId() != null) {
                        try {
                            send(SocketPacket.ack(namespace, p.ackId(), List.of()));
                        } catch (IOException closedMeanwhile) {
                            // the session ended; nothing to acknowledge to
                        }
                    }
                    handler.event(p);
                }
                case ACK -> {
                    CompletableFuture<Ack> ack = p.ackId() == null ? null : pending.remove(p.ackId());
                    Long at = p.ackId() == null ? null : sentAt.remove(p.ackId());
                    if (ack != null) {
                        ack.complete(new Ack(p.ackId(), p.arguments(), Duration.ofNanos(nanoClock.getAsLong() - at)));
                    }
                }
                case DISCONNECT -> {
                    disconnected = true;
                    handler.disconnected("the server disconnected the socket (DISCONNECT)", true);
                    closeLater();
                }
                default -> {
                    // BINARY_* are mapped by plain()
                }
            }
        }

        private void fail(String reason) {
            failure = reason;
            closeLater();
        }

        /**
         * Closing waits for the CLOSE packet to go out, which needs the session's lock this network thread may
         * hold while it delivers a packet: so it runs on a thread of its own.
         */
        private void closeLater() {
            Thread t = new Thread(engine::close, "wstutor-socketio-close");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void closed(String engineReason, boolean engineByPeer) {
            String reason = failure != null ? failure : engineReason;
            boolean byPeer = failure != null || engineByPeer;
            IOException gone = new IOException(reason);
            pending.values().forEach(f -> f.completeExceptionally(gone));
            boolean wasConnected = connected.isDone() && !connected.isCompletedExceptionally();
            connected.completeExceptionally(gone);
            if (!disconnected) {
                disconnected = true;
                if (wasConnected) {
                    handler.disconnected(reason, byPeer); // before that, connect() reports the failure itself
                }
            }
        }
    }
}
