package dev.wstutor.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outgoing bound rests on replacing Java-WebSocket's queue (see {@link GuardedSocket}); should a new version
 * of the library rename or rebuild it, the server would silently buffer without end again. These fail first.
 */
class OutgoingQueueTest {
    @Test
    void theLibrarysOutgoingQueueIsTheCountingOne() {
        assertTrue(GuardedSocket.countsItsQueue(), "Java-WebSocket's WebSocketImpl.outQueue could not be replaced");
    }

    @Test
    void aClientThatNeverReadsIsClosedWith1008OnceMoreThanTheBoundIsQueued() throws Exception {
        Limits small = new Limits(Duration.ofSeconds(10), 8192, 1 << 20, 4 << 20, 256 * 1024, 100);
        EventLog log = new EventLog();
        byte[] chunk = new byte[64 * 1024];
        TapServer.Handler flood = new TapServer.Handler() {
            @Override
            public void opened(Peer peer) {
                for (int i = 0; i < 200 && peer.isOpen(); i++) {
                    peer.send(chunk);
                }
            }
        };
        TapServer.Config config = TapServer.Config.loopback().withLimits(small);
        try (TapServer server = TapServer.start(config, log, flood, System::nanoTime);
             Socket silent = new Socket()) {
            silent.setReceiveBufferSize(4096);
            silent.connect(new InetSocketAddress("127.0.0.1", server.port()));
            OutputStream out = silent.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // it never reads a byte
            WireEvent.Failed hit = log.await(0, WireEvent.Failed.class, f -> f.message().contains("--max-queue"),
                    Duration.ofSeconds(20)).orElse(null);
            assertTrue(hit != null && hit.message().contains("1008"), "events: " + log.events());
            List<WireEvent.Closed> closes = log.all(WireEvent.Closed.class, c -> true);
            assertTrue(closes.isEmpty() || closes.get(0).code() == 1008 || closes.get(0).code() == 1006, closes.toString());
        }
    }
}
