package dev.wstutor.live;

import dev.wstutor.event.EventLog;
import dev.wstutor.net.ChatMode;
import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.TapClient;
import dev.wstutor.net.TapServer;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The tiny chat of the Socket.IO tutorial done with plain WebSocket: a Java-WebSocket server that relays each text
 * message to every other client (the WebSocket counterpart of {@code socket.broadcast.emit}), and named
 * Java-WebSocket clients, all tapped. The server's tap is the view of the wire.
 */
public final class PlainChatLab implements AutoCloseable {
    private final EventLog serverLog = new EventLog();
    private final TapServer server;
    private final List<Client> clients = new ArrayList<>();

    private PlainChatLab() throws IOException {
        server = TapServer.start(TapServer.Config.loopback(), serverLog, new ChatMode(), System::nanoTime);
    }

    public static PlainChatLab open() throws IOException {
        return new PlainChatLab();
    }

    public EventLog serverLog() {
        return serverLog;
    }

    /** Connects a client at {@code /chat}; its number in the server's tap is {@link Client#serverConnection()}. */
    public Client connect(String name) throws ConnectFailure, InterruptedException {
        Client c = new Client(name);
        int from = serverLog.size();
        c.socket = TapClient.connect(URI.create(server.url() + "chat"), TapClient.Options.defaults().withTimeout(LiveLab.WAIT),
                c.log, new TapClient.Handler() {
                    @Override
                    public void text(String text) {
                        c.texts.add(text);
                    }
                }, System::nanoTime);
        int port = c.socket.localAddress().getPort();
        c.serverConnection = serverLog.await(from, dev.wstutor.event.WireEvent.Opened.class,
                o -> o.remote().getPort() == port, LiveLab.WAIT).map(o -> o.connection()).orElse(-1);
        clients.add(c);
        return c;
    }

    @Override
    public void close() {
        for (Client c : clients) {
            c.socket.close();
        }
        server.stop(500);
    }

    /** One plain WebSocket client of the chat. */
    public static final class Client {
        private final String name;
        private final EventLog log = new EventLog();
        private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        private TapClient socket;
        private int serverConnection;

        private Client(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public int serverConnection() {
            return serverConnection;
        }

        /** {@code ws.send(text)}: one text message. */
        public void send(String text) {
            socket.send(text);
        }

        /** The next text message the server relayed to this client, waiting at most {@link LiveLab#WAIT}. */
        public Optional<String> next() throws InterruptedException {
            return Optional.ofNullable(texts.poll(LiveLab.WAIT.toMillis(), TimeUnit.MILLISECONDS));
        }
    }
}
