package dev.wstutor.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile-peer limits hold over wss:// as over ws://: they act on the decrypted bytes. */
class TlsLimitsTest {
    @TempDir
    Path home;

    @Test
    void anOversizedRequestHeadOverTlsIsAnswered431AndClosed() throws Exception {
        Limits small = new Limits(Duration.ofSeconds(5), 1024, Limits.DEFAULT_MAX_FRAME, Limits.DEFAULT_MAX_MESSAGE,
                Limits.defaults().maxQueued(), Limits.defaults().maxClients());
        EventLog log = new EventLog();
        try (TapServer server = TapServer.start(TapServer.Config.loopback().withLimits(small)
                .withTls(TlsIdentity.selfSigned(home).context()), log, new EchoHandler(), System::nanoTime)) {
            String answer = exchange(server, "GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(4000) + "\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 431 "), answer);
            assertTrue(log.await(0, WireEvent.Failed.class, f -> f.message().contains("--max-header"), Duration.ofSeconds(5)).isPresent());
        }
    }

    @Test
    void aPeerThatStallsAfterTheTlsHandshakeMeetsTheHandshakeTimeout() throws Exception {
        Limits quick = new Limits(Duration.ofMillis(500), 16 * 1024, Limits.DEFAULT_MAX_FRAME, Limits.DEFAULT_MAX_MESSAGE,
                Limits.defaults().maxQueued(), Limits.defaults().maxClients());
        EventLog log = new EventLog();
        try (TapServer server = TapServer.start(TapServer.Config.loopback().withLimits(quick)
                .withTls(TlsIdentity.selfSigned(home).context()), log, new EchoHandler(), System::nanoTime)) {
            assertEquals("", exchange(server, ""), "closed without an answer");
            assertTrue(log.await(0, WireEvent.Failed.class, f -> f.message().contains("--handshake-timeout"), Duration.ofSeconds(5)).isPresent());
        }
    }

    /** Sends {@code request} over TLS (nothing when empty) and reads until the server closes. */
    private static String exchange(TapServer server, String request) throws IOException {
        Socket tcp = new Socket();
        tcp.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        try (SSLSocket ssl = (SSLSocket) TlsTrust.insecure().factory().createSocket(tcp, "127.0.0.1", server.port(), true)) {
            ssl.setSoTimeout(10_000);
            ssl.startHandshake();
            if (!request.isEmpty()) {
                ssl.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                ssl.getOutputStream().flush();
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = ssl.getInputStream();
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (IOException closedHard) {
                // a reset after the answer: what arrived is the answer
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
