package dev.wstutor.lesson.live;

import dev.wstutor.net.ConnectFailure;
import dev.wstutor.event.Direction;
import dev.wstutor.net.EchoHandler;
import dev.wstutor.event.EventLog;
import dev.wstutor.net.TapClient;
import dev.wstutor.net.TapServer;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The live connection a lesson run shares between its steps: a Java-WebSocket echo server on 127.0.0.1 (a free
 * port) and a Java-WebSocket client connected to it, both tapped. The server's tap is the lesson's view of the
 * wire: it sees every byte in both directions (the client's masked frames as they arrive, its own as it sends them).
 */
public final class LiveConnection implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final String PATH = "chat";

    private final EventLog serverLog = new EventLog();
    private final EventLog clientLog = new EventLog();
    private final Relay relay = new Relay();
    private TapServer server;
    private TapClient client;
    private int serverId;
    private int clientLogStart;

    private LiveConnection() {
    }

    /** Starts the server and connects the client. */
    public static LiveConnection open() throws IOException {
        LiveConnection live = new LiveConnection();
        live.server = TapServer.start(TapServer.Config.loopback(), live.serverLog.and(live.relay), new EchoHandler(),
                System::nanoTime);
        try {
            live.connect();
        } catch (ConnectFailure e) {
            live.server.stop(500);
            throw e;
        }
        return live;
    }

    /** Passes server events on to a listener that can be swapped while the server runs. */
    private static final class Relay implements WireListener {
        volatile WireListener target = WireListener.NONE;

        @Override
        public void on(WireEvent event) {
            target.on(event);
        }
    }

    /** Lets another listener hear the server's tap from now on (NONE to stop): the try-it step prints from it. */
    public void listen(WireListener listener) {
        relay.target = listener;
    }

    private void connect() throws ConnectFailure {
        clientLogStart = clientLog.size();
        client = TapClient.connect(URI.create(server.url() + PATH), TapClient.Options.defaults(), clientLog,
                new TapClient.Handler() { }, System::nanoTime);
        // The server numbers its connections; find ours by the client's port.
        int port = client.localAddress().getPort();
        try {
            serverId = serverLog.await(0, WireEvent.Opened.class, o -> o.remote().getPort() == port, WAIT)
                    .orElseThrow(() -> missing("open connection on the server")).connection();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectFailure("interrupted while connecting");
        }
    }

    /** The client, connected again if an earlier step closed it. */
    public TapClient client() throws ConnectFailure {
        if (!client.isOpen()) {
            connect();
        }
        return client;
    }

    /** The server's number for the client's current connection. */
    public int serverConnection() {
        return serverId;
    }

    /** Where the client's current connection begins in the client's log. */
    public int clientLogStart() {
        return clientLogStart;
    }

    public TapServer server() {
        return server;
    }

    public EventLog serverLog() {
        return serverLog;
    }

    public EventLog clientLog() {
        return clientLog;
    }

    /** The opening request of the client's current connection, as the server received it. */
    public WireEvent.HandshakeSeen request() throws InterruptedException {
        int id = serverId;
        return serverLog.await(0, WireEvent.HandshakeSeen.class,
                h -> h.direction() == Direction.IN && h.connection() == id, WAIT).orElseThrow(() -> missing("the client's request"));
    }

    /** The server's answer, as the client received it. */
    public WireEvent.HandshakeSeen response() throws InterruptedException {
        return clientLog.await(clientLogStart, WireEvent.HandshakeSeen.class,
                h -> h.direction() == Direction.IN, WAIT).orElseThrow(() -> missing("the server's answer"));
    }

    public WireEvent.Opened opened() throws InterruptedException {
        int id = serverId;
        return serverLog.await(0, WireEvent.Opened.class, o -> o.connection() == id, WAIT)
                .orElseThrow(() -> missing("the open connection"));
    }

    /** The next frame the server's tap sees after event {@code from}, going {@code direction}, with {@code opcode}. */
    public WireEvent.FrameSeen serverFrame(int from, Direction direction, Opcode opcode) throws InterruptedException {
        return await(serverLog, from, direction, opcode);
    }

    public Optional<WireEvent.FrameSeen> clientFrame(int from, Direction direction, Opcode opcode, Duration timeout)
            throws InterruptedException {
        return clientLog.await(from, WireEvent.FrameSeen.class,
                f -> f.direction() == direction && f.frame().is(opcode), timeout);
    }

    private static WireEvent.FrameSeen await(EventLog log, int from, Direction direction, Opcode opcode) throws InterruptedException {
        return log.await(from, WireEvent.FrameSeen.class, f -> f.direction() == direction && f.frame().is(opcode), WAIT)
                .orElseThrow(() -> missing("a " + opcode.label() + " frame"));
    }

    private static IllegalStateException missing(String what) {
        return new IllegalStateException("the live connection showed no " + what + " within " + WAIT.toSeconds() + " s");
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        server.stop(500);
    }
}
