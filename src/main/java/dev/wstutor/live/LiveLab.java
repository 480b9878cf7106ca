package dev.wstutor.live;

import dev.wstutor.event.Direction;
import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.EchoHandler;
import dev.wstutor.net.RawExchange;
import dev.wstutor.net.TapClient;
import dev.wstutor.net.TapServer;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * The live lab that lessons and live quiz questions run: a Java-WebSocket echo server on 127.0.0.1 (a free port)
 * and a Java-WebSocket client connected to it, both tapped. The server's tap is the main view of the wire: it sees
 * every byte in both directions (the client's masked frames as they arrive, its own as it sends them). Lessons and
 * the quiz reach the network only through this class.
 */
public final class LiveLab implements AutoCloseable {
    /** The longest any step waits for something to show on the wire. */
    public static final Duration WAIT = Duration.ofSeconds(5);
    public static final String PATH = "chat";

    /** What a hand-written request got back over a plain TCP socket. */
    public record RawAnswer(byte[] bytes, boolean closedByPeer) {
    }

    private final EventLog serverLog = new EventLog();
    private final EventLog clientLog = new EventLog();
    private final Relay relay = new Relay();
    private final String path;
    private TapServer server;
    private TapClient client;
    private int serverId;
    private int clientLogStart;
    /** What the last probe had the client say to provoke its frame ("" when it said nothing). */
    String lastSent = "";

    private LiveLab(String path) {
        this.path = path;
    }

    /** Starts the server and connects the client at {@link #PATH}. */
    public static LiveLab open() throws IOException {
        return open(PATH);
    }

    /** Starts the server and connects the client at {@code /path}. */
    public static LiveLab open(String path) throws IOException {
        LiveLab live = new LiveLab(path);
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
        client = TapClient.connect(URI.create(server.url() + path), TapClient.Options.defaults().withTimeout(WAIT),
                clientLog, new TapClient.Handler() { }, System::nanoTime);
        // The server numbers its connections; find ours by the client's port.
        int port = client.localAddress().getPort();
        try {
            serverId = serverLog.await(0, WireEvent.Opened.class, o -> o.remote().getPort() == port, WAIT)
                    .orElseThrow(() -> missing("open connection on the server side")).connection();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectFailure("interrupted while connecting");
        }
    }

    /** Connects the client again if an earlier step closed the connection; true when it did. */
    public boolean reconnectIfClosed() throws ConnectFailure {
        if (client.isOpen()) {
            return false;
        }
        connect();
        return true;
    }

    /** The client sends a text message (connecting again first if needed). */
    public void send(String text) throws ConnectFailure {
        reconnectIfClosed();
        client.send(text);
    }

    /** The client sends a binary message. */
    public void send(byte[] data) throws ConnectFailure {
        reconnectIfClosed();
        client.send(data);
    }

    /** The client sends one message split over {@code parts} frames (a first frame, continuations, FIN on the last). */
    public void sendFragments(boolean text, byte[] data, int parts) throws ConnectFailure {
        reconnectIfClosed();
        client.sendFragments(text, data, parts);
    }

    /** The client writes these bytes on its connection as they are: frames a library would never send. */
    public void sendRawFrame(byte[] bytes) throws IOException {
        reconnectIfClosed();
        client.sendRaw(bytes);
    }

    /** The client sends a ping with this payload (at most 125 bytes). */
    public void ping(byte[] payload) throws ConnectFailure {
        reconnectIfClosed();
        client.ping(payload);
    }

    /** The client starts the closing handshake and waits (at most {@link #WAIT}) for the connection to end. */
    public void closeFromClient(int code, String reason) throws InterruptedException {
        client.close(code, reason);
        client.awaitClosed(WAIT);
    }

    /** Waits (at most {@link #WAIT}) until the client's connection has ended, after a step that made the server close it. */
    public void awaitClientClosed() throws InterruptedException {
        client.awaitClosed(WAIT);
    }

    /** The server starts the closing handshake on the client's connection. */
    public void closeFromServer(int code, String reason) {
        int id = serverId;
        server.peers().stream().filter(p -> p.id() == id).findFirst().ifPresent(p -> p.close(code, reason));
    }

    /** The server sends a text message to every client, unasked: a push. */
    public void broadcast(String text) {
        server.broadcast(text);
    }

    /** Writes bytes to the server over a fresh plain TCP socket and reads what comes back (hand-made requests). */
    public RawAnswer exchangeRaw(byte[] request) throws IOException {
        RawExchange.Answer a = RawExchange.send(server.address(), request, Duration.ofSeconds(2), 64 * 1024);
        return new RawAnswer(a.bytes(), a.ending() == RawExchange.Ending.CLOSED_BY_PEER);
    }

    /** The server's number for the client's current connection. */
    public int serverConnection() {
        return serverId;
    }

    /** Where the client's current connection begins in the client's log. */
    public int clientLogStart() {
        return clientLogStart;
    }

    /** ws://127.0.0.1:PORT/ */
    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    public String path() {
        return path;
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
        return serverLog.await(from, WireEvent.FrameSeen.class, f -> f.direction() == direction && f.frame().is(opcode), WAIT)
                .orElseThrow(() -> missing(opcode.label() + " frame from the " + (direction == Direction.IN ? "client" : "server")));
    }

    /** The next frame the client's tap sees after event {@code from}, if one comes within {@code timeout}. */
    public Optional<WireEvent.FrameSeen> clientFrame(int from, Direction direction, Opcode opcode, Duration timeout)
            throws InterruptedException {
        return clientLog.await(from, WireEvent.FrameSeen.class,
                f -> f.direction() == direction && f.frame().is(opcode), timeout);
    }

    /**
     * Does what {@code probe} says with fresh random values and returns the capture: both handshakes as they
     * crossed the wire, and the frame of interest as the receiving side saw it.
     */
    public Capture capture(Probe probe, Random random) throws IOException, InterruptedException {
        String request = request().raw();
        String response = response().raw();
        lastSent = "";
        Frame frame = probe.take(this, random);
        return new Capture(request, response, frame, lastSent);
    }

    /** The next frame the client receives after event {@code from} with this opcode; fails after {@link #WAIT}. */
    Frame clientReceived(int from, Opcode opcode) throws InterruptedException, IOException {
        return clientFrame(from, Direction.IN, opcode, WAIT)
                .orElseThrow(() -> new IOException("no " + opcode.label() + " frame seen within " + WAIT.toSeconds() + " s"))
                .frame();
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
