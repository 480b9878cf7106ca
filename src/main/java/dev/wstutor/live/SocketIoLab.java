package dev.wstutor.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wstutor.event.Direction;
import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.EngineClient;
import dev.wstutor.net.RawExchange;
import dev.wstutor.net.SocketIoClient;
import dev.wstutor.net.TapClient;
import dev.wstutor.net.sio.SocketIoOptions;
import dev.wstutor.net.sio.SocketIoServer;
import dev.wstutor.socketio.PacketType;
import dev.wstutor.socketio.SocketPacket;
import dev.wstutor.socketio.Transport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Socket.IO live lab: wstutor's own Socket.IO 4 server (Engine.IO v4, Socket.IO v5, the demo behaviour of
 * {@code serve --socketio}) on 127.0.0.1 and a free port, and any number of wstutor's Socket.IO clients connected to
 * it, each under a name ("alice"), all tapped. The server's tap is the main view: it sees every poll, frame, Engine.IO
 * packet and Socket.IO packet of every client, numbered by session. A plain Java-WebSocket client and hand-written
 * HTTP requests can be pointed at the same server, to show what it refuses. Lessons reach Socket.IO only through
 * this class.
 */
public final class SocketIoLab implements AutoCloseable {
    /** The longest any step waits for something to show on the wire. */
    public static final Duration WAIT = LiveLab.WAIT;

    /** How a lab client connects, as socket.io-client's {@code transports} option says it. */
    public enum Transports {
        /** The client's default: HTTP long-polling first, then the upgrade to WebSocket. */
        POLLING_THEN_WEBSOCKET(List.of(Transport.POLLING, Transport.WEBSOCKET)),
        /** {@code transports: ["websocket"]}: straight to WebSocket. */
        WEBSOCKET_ONLY(List.of(Transport.WEBSOCKET));

        private final List<Transport> list;

        Transports(List<Transport> list) {
            this.list = list;
        }
    }

    /** The server's answer to an emit with an ack id, and how long it took from emit to answer. */
    public record Ack(long id, List<JsonNode> arguments, Duration roundTrip) {
    }

    /**
     * What a plain WebSocket client got from the Socket.IO server: {@code failure} says why the opening handshake
     * failed (null when it succeeded), {@code texts} the messages it received, {@code closeCode} how the
     * connection ended (0 while open or when it never opened), {@code elapsed} from the first byte to the end.
     */
    public record PlainAttempt(String url, String failure, List<String> texts, int closeCode, String closeReason,
                               boolean closedByServer, Duration elapsed, EventLog log) {
        public boolean opened() {
            return failure == null;
        }
    }

    /** What a hand-written HTTP request got back: the status line's code (-1 for none), the head and the body. */
    public record HttpAnswer(int status, String head, String body, boolean closedByServer) {
    }

    private final EventLog serverLog = new EventLog();
    private final SocketIoServer server;
    private final List<Client> clients = new CopyOnWriteArrayList<>();

    private SocketIoLab(SocketIoOptions options) throws IOException {
        this.server = SocketIoServer.start(options, serverLog, System::nanoTime);
    }

    /** Starts the server with socket.io's default heartbeat (a ping every 25 s, 20 s to answer). */
    public static SocketIoLab open() throws IOException {
        return new SocketIoLab(SocketIoOptions.defaults());
    }

    /** Starts the server with its own heartbeat, to show pings within a demo. */
    public static SocketIoLab open(Duration pingInterval, Duration pingTimeout) throws IOException {
        return new SocketIoLab(SocketIoOptions.defaults().withHeartbeat(pingInterval.toMillis(), pingTimeout.toMillis()));
    }

    /** http://127.0.0.1:PORT/socket.io/ */
    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** Every poll, frame and packet of every client, as the server saw them. */
    public EventLog serverLog() {
        return serverLog;
    }

    /** The server's CONNECT answer giving socket id {@code socketId}: how the server's tap names a lab client. */
    private static boolean isConnectAnswerFor(WireEvent.SocketPacketSeen s, String socketId) {
        return s.direction() == Direction.OUT && s.packet().type() == PacketType.CONNECT && s.packet().data() != null
                && socketId.equals(s.packet().data().path("sid").asText(null));
    }

    /**
     * Connects one of wstutor's Socket.IO clients to namespace {@code /} and waits for the server's CONNECT
     * answer and for its {@code auth} event (what the server's connection handler emits), so the socket is ready.
     */
    public Client connect(String name, Transports transports) throws IOException, InterruptedException {
        EngineClient.Options options = new EngineClient.Options(URI.create(url()), transports.list, Map.of(), WAIT,
                EngineClient.Limits.defaults());
        Client c = new Client(name, serverLog);
        c.socket = SocketIoClient.connect(options, SocketPacket.MAIN_NAMESPACE, null, c.log, c, System::nanoTime);
        clients.add(c);
        c.next("auth").orElseThrow(() -> missing("the server's auth event for " + name));
        c.serverSession = serverLog.await(0, WireEvent.SocketPacketSeen.class, s -> isConnectAnswerFor(s, c.sid()), WAIT)
                .map(WireEvent::connection).orElse(-1);
        return c;
    }

    /** {@code io.emit(event, ...args)}: the server emits to every socket of the main namespace; returns how many. */
    public int emitToAll(String event, List<JsonNode> args) throws IOException, InterruptedException {
        try {
            return server.emit(new SocketIoServer.Audience.Everyone(), event, args).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the server did not emit: " + e.getMessage());
        }
    }

    /** The socket ids the server holds now, in any namespace. */
    public List<String> connectedSocketIds() throws IOException, InterruptedException {
        try {
            return server.clients().get(WAIT.toMillis(), TimeUnit.MILLISECONDS).stream()
                    .map(SocketIoServer.ClientInfo::socketId).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the server did not list its clients: " + e.getMessage());
        }
    }

    /**
     * A plain Java-WebSocket client, with no Engine.IO or Socket.IO in it, opens {@code target} (a path and query)
     * on the server and, if the handshake succeeds, sends each of {@code say} as a text message, as a plain chat
     * client would, then waits (at most {@link #WAIT}) for the server to end the connection.
     */
    public PlainAttempt plainWebSocket(String target, String... say) throws InterruptedException {
        EventLog log = new EventLog();
        List<String> texts = new CopyOnWriteArrayList<>();
        int[] close = {0};
        String[] reason = {""};
        boolean[] byServer = {false};
        String url = "ws://127.0.0.1:" + port() + target;
        long start = System.nanoTime();
        TapClient client;
        try {
            client = TapClient.connect(URI.create(url), TapClient.Options.defaults().withTimeout(WAIT), log,
                    new TapClient.Handler() {
                        @Override
                        public void text(String text) {
                            texts.add(text);
                        }

                        @Override
                        public void closed(int code, String why, boolean byPeer) {
                            close[0] = code;
                            reason[0] = why;
                            byServer[0] = byPeer;
                        }
                    }, System::nanoTime);
        } catch (ConnectFailure e) {
            return new PlainAttempt(url, e.getMessage(), List.of(), 0, "", true, Duration.ofNanos(System.nanoTime() - start), log);
        }
        try {
            // The server speaks first (its OPEN packet); say something only once it has.
            log.await(0, WireEvent.FrameSeen.class, f -> f.direction() == Direction.IN, WAIT);
            for (String s : say) {
                if (client.isOpen()) {
                    client.send(s);
                }
            }
            client.awaitClosed(WAIT);
        } finally {
            client.close();
        }
        return new PlainAttempt(url, null, List.copyOf(texts), close[0], reason[0], byServer[0],
                Duration.ofNanos(System.nanoTime() - start), log);
    }

    /** Writes a hand-made HTTP request to the server over a plain TCP socket and reads what comes back. */
    public HttpAnswer exchangeRaw(String request) throws IOException {
        RawExchange.Answer a = RawExchange.send(new InetSocketAddress("127.0.0.1", port()),
                request.getBytes(java.nio.charset.StandardCharsets.US_ASCII), Duration.ofMillis(1500), 64 * 1024);
        String text = new String(a.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = -1;
        if (head.startsWith("HTTP/1.") && head.length() >= 12) {
            try {
                status = Integer.parseInt(head.substring(9, 12));
            } catch (NumberFormatException notAStatus) {
                // shown as it came
            }
        }
        return new HttpAnswer(status, head, body, a.ending() == RawExchange.Ending.CLOSED_BY_PEER);
    }

    private static IOException missing(String what) {
        return new IOException("no " + what + " within " + WAIT.toSeconds() + " s");
    }

    @Override
    public void close() {
        for (Client c : clients) {
            c.close();
        }
        server.close();
    }

    /** One of wstutor's Socket.IO clients in the lab, with its own tap and the events the server sent it. */
    public static final class Client implements SocketIoClient.Handler, AutoCloseable {
        private final String name;
        private final EventLog serverLog;
        private final EventLog log = new EventLog();
        private final List<SocketPacket> received = new ArrayList<>();
        private volatile SocketIoClient socket;
        private volatile int serverSession = -1;
        private volatile String disconnectReason;

        private Client(String name, EventLog serverLog) {
            this.name = name;
            this.serverLog = serverLog;
        }

        public String name() {
            return name;
        }

        /** The socket id the server gave in its CONNECT answer ({@code socket.id}). */
        public String sid() {
            return socket.sid();
        }

        /** The Engine.IO session id of the OPEN packet: the connection's, not the socket's. */
        public String engineSid() {
            return socket.engine().handshake().sid();
        }

        public List<String> upgrades() {
            return socket.engine().handshake().upgrades();
        }

        public long pingInterval() {
            return socket.engine().handshake().pingInterval();
        }

        /** "polling" or "websocket": what carries the packets now. */
        public String transport() {
            return socket.engine().transport().wireName();
        }

        /** The server's number for this client's session (its {@code #N} in the server's tap). */
        public int serverSession() {
            return serverSession;
        }

        /** This client's own tap: its polls, frames and packets as it sent and received them. */
        public EventLog log() {
            return log;
        }

        public boolean isConnected() {
            return socket.isConnected();
        }

        /** {@code socket.emit(event, ...args)} without an acknowledgement. */
        public void emit(String event, JsonNode... args) throws IOException {
            socket.emit(event, Arrays.asList(args));
        }

        /** {@code socket.emit(event, ...args, callback)}: waits (at most {@link #WAIT}) for the server's ACK. */
        public Ack emitWithAck(String event, JsonNode... args) throws IOException, InterruptedException {
            try {
                SocketIoClient.Ack a = socket.emitWithAck(event, Arrays.asList(args)).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                return new Ack(a.id(), a.arguments(), a.roundTrip());
            } catch (ExecutionException e) {
                throw new IOException(e.getCause().getMessage());
            } catch (TimeoutException e) {
                throw missing("acknowledgement of " + event);
            }
        }

        /** The first event named {@code event} received and not taken yet, waiting at most {@link #WAIT}. */
        public Optional<SocketPacket> next(String event) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            synchronized (received) {
                while (true) {
                    for (int i = 0; i < received.size(); i++) {
                        if (received.get(i).eventName().orElse("").equals(event)) {
                            return Optional.of(received.remove(i));
                        }
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return Optional.empty();
                    }
                    received.wait(Math.max(1, left / 1_000_000));
                }
            }
        }

        /** Every event received and not taken yet, in order of arrival; takes them. */
        public List<SocketPacket> drain() {
            synchronized (received) {
                List<SocketPacket> all = List.copyOf(received);
                received.clear();
                return all;
            }
        }

        /**
         * {@code socket.disconnect()}: DISCONNECT for the namespace, then the session ends; waits (at most
         * {@link #WAIT}) until the client's session ended and the server read the DISCONNECT. True when both did.
         */
        public boolean disconnect() throws InterruptedException {
            socket.disconnect();
            int session = serverSession;
            // The server reports no close for a polling session, but every session shows the DISCONNECT it read.
            return socket.awaitDisconnected(WAIT) && serverLog.await(0, WireEvent.SocketPacketSeen.class,
                    s -> s.connection() == session && s.direction() == Direction.IN
                            && s.packet().type() == PacketType.DISCONNECT, WAIT).isPresent();
        }

        /** Why the socket ended, when it did ("" before). */
        public String disconnectReason() {
            return disconnectReason == null ? "" : disconnectReason;
        }

        @Override
        public void event(SocketPacket packet) {
            synchronized (received) {
                received.add(packet);
                received.notifyAll();
            }
        }

        @Override
        public void disconnected(String reason, boolean byServer) {
            disconnectReason = reason;
        }

        @Override
        public void close() {
            if (socket != null) {
                socket.close();
            }
        }
    }
}
