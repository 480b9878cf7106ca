package dev.wstutor.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.Opcode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A close handshake has four sightings: the Close sent and received, and the reply sent and received. The side
 * that starts it must show the reply it receives, which Java-WebSocket never decodes (it stops reading); the tap
 * reads it from the byte stream. Whoever starts, over ws:// and wss://, every Close is seen on both sides.
 */
class EveryCloseFrameTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path home;

    @Test
    void theClientStartsAndBothSidesSeeBothCloseFrames() throws Exception {
        closeStartedBy(Endpoint.CLIENT, null);
    }

    @Test
    void theServerStartsAsKickDoesAndBothSidesSeeBothCloseFrames() throws Exception {
        closeStartedBy(Endpoint.SERVER, null);
    }

    @Test
    void overTlsTheServerStartsAndBothSidesSeeBothCloseFrames() throws Exception {
        closeStartedBy(Endpoint.SERVER, TlsIdentity.selfSigned(home).context());
    }

    @Test
    void overTlsTheClientStartsAndBothSidesSeeBothCloseFrames() throws Exception {
        closeStartedBy(Endpoint.CLIENT, TlsIdentity.selfSigned(home).context());
    }

    private void closeStartedBy(Endpoint starter, SSLContext tls) throws Exception {
        EventLog serverLog = new EventLog();
        EventLog clientLog = new EventLog();
        TapServer.Config config = tls == null ? TapServer.Config.loopback() : TapServer.Config.loopback().withTls(tls);
        try (TapServer server = TapServer.start(config, serverLog, new EchoHandler(), System::nanoTime)) {
            TapClient client = TapClient.connect(URI.create(server.url()), TapClient.Options.defaults().withTrust(TlsTrust.insecure()),
                    clientLog, new TapClient.Handler() { }, System::nanoTime);
            serverLog.await(0, WireEvent.Opened.class, o -> true, WAIT).orElseThrow();
            if (starter == Endpoint.CLIENT) {
                client.close(1000, "bye");
            } else {
                server.peers().get(0).close(1000, "kicked");
            }
            assertTrue(client.awaitClosed(WAIT));
            serverLog.await(0, WireEvent.Closed.class, c -> true, WAIT).orElseThrow();
            assertEquals(List.of("OUT", "IN"), closes(starter == Endpoint.CLIENT ? clientLog : serverLog),
                    "the side that started sends its Close, then sees the reply arrive");
            assertEquals(List.of("IN", "OUT"), closes(starter == Endpoint.CLIENT ? serverLog : clientLog),
                    "the other side sees the Close arrive, then sends its reply");
            int code = serverLog.await(0, WireEvent.Closed.class, c -> true, WAIT).orElseThrow().code();
            assertEquals(1000, code, "the server reports the close as it was, not as a time-out");
        }
    }

    @Test
    void theNpmClientStartsThroughInspectAndEachLegShowsItsFourSightings() throws Exception {
        EventLog log = new EventLog();
        try (NodePeer ws = NodePeer.server("echo-server.js");
             Proxy proxy = Proxy.start(TapServer.Config.loopback(), URI.create(ws.url()), TapClient.Options.defaults(), log,
                     System::nanoTime);
             NodePeer client = NodePeer.client("client.js", proxy.url(), "--text", "hi", "--close", "4000", "npm closes")) {
            assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
            log.await(0, WireEvent.Closed.class, c -> c.observer() == Endpoint.CLIENT, WAIT).orElseThrow();
            log.await(0, WireEvent.Closed.class, c -> c.observer() == Endpoint.SERVER, WAIT).orElseThrow();
            // The app's leg (seen by the proxy's server side): the npm client's Close in, the reply out.
            assertEquals(List.of("IN", "OUT"), closesSeenBy(log, Endpoint.SERVER));
            // The target's leg (seen by the proxy's client side): the Close passed on, and the npm server's reply.
            assertEquals(List.of("OUT", "IN"), closesSeenBy(log, Endpoint.CLIENT));
        }
    }

    @Test
    void theNpmServerStartsOverTlsAndTheClientSeesItsCloseAndSendsTheReply() throws Exception {
        TlsIdentity id = TlsIdentity.selfSigned(home);
        Path key = home.resolve("key.pem");
        java.nio.file.Files.writeString(key, id.keyPem());
        EventLog log = new EventLog();
        try (NodePeer ws = NodePeer.server("tls-echo-server.js", id.certificateFile().toString(), key.toString(),
                "--close-first", "4001")) {
            TapClient client = TapClient.connect(URI.create(ws.wssUrl()),
                    TapClient.Options.defaults().withTrust(TlsTrust.ca(id.certificateFile())), log,
                    new TapClient.Handler() { }, System::nanoTime);
            client.send("hi");
            assertTrue(client.awaitClosed(WAIT));
            assertEquals(List.of("IN", "OUT"), closes(log));
            assertEquals(4001, log.await(0, WireEvent.Closed.class, c -> true, WAIT).orElseThrow().code());
        }
    }

    private static List<String> closes(EventLog log) {
        return log.all(WireEvent.FrameSeen.class, f -> f.frame().is(Opcode.CLOSE)).stream()
                .map(f -> f.direction().name()).toList();
    }

    private static List<String> closesSeenBy(EventLog log, Endpoint observer) {
        return log.all(WireEvent.FrameSeen.class, f -> f.observer() == observer && f.frame().is(Opcode.CLOSE)).stream()
                .map(f -> f.direction().name()).toList();
    }

}
