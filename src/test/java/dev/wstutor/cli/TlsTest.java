package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.net.NodePeer;
import dev.wstutor.net.TlsIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * wss:// against real peers: the npm ws client against {@code serve --tls}, and {@code connect}, {@code check}
 * and {@code inspect} against the npm ws server over TLS. The test certificate is made at test time (by the
 * same keytool route {@code serve --tls} takes) and thrown away with the temporary directory.
 */
class TlsTest {
    @TempDir
    static Path keys;

    @TempDir
    Path home;

    static Path cert;
    static Path key;

    @BeforeAll
    static void makeATestCertificate() throws Exception {
        TlsIdentity id = TlsIdentity.selfSigned(keys);
        cert = id.certificateFile();
        key = keys.resolve("test-key.pem");
        Files.writeString(key, id.keyPem());
    }

    @Test
    void serveTlsMakesItsCertificateOnFirstUsePrintsItsFingerprintAndTheNpmClientTrustsItAsCa() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--tls", "--port", "0", "--frames", "summary")) {
            int port = serve.listeningPort();
            String made = serve.awaitLine(l -> l.startsWith("made a self-signed certificate"), 10);
            assertNotNull(made, "the first use says it made the certificate: " + serve.stdout());
            String fingerprint = serve.awaitLine(l -> l.startsWith("certificate SHA-256 "), 10);
            assertNotNull(fingerprint, serve.stdout().toString());
            Path pem = home.resolve(TlsIdentity.CERT_PEM);
            assertTrue(Files.isRegularFile(home.resolve(TlsIdentity.KEY_STORE)), "the key is kept in WSTUTOR_HOME");
            assertEquals("certificate SHA-256 " + sha256(pem), fingerprint, "the printed fingerprint is the certificate's");
            try (NodePeer client = NodePeer.client("client.js", "wss://127.0.0.1:" + port + "/", "--text", "over tls",
                    "--ca", pem.toString())) {
                assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
                assertTrue(client.output().contains("{\"event\":\"message\",\"type\":\"text\",\"data\":\"over tls\"}"),
                        String.join("\n", client.output()));
            }
            try (NodePeer client = NodePeer.client("client.js", "wss://127.0.0.1:" + port + "/", "--text", "any cert",
                    "--insecure")) {
                assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
                assertTrue(String.join("\n", client.output()).contains("any cert"));
            }
            try (NodePeer client = NodePeer.client("client.js", "wss://127.0.0.1:" + port + "/", "--text", "x")) {
                assertEquals(1, client.waitFor(20), "without the CA the npm client refuses the self-signed certificate");
            }
            assertNotNull(serve.awaitLine(l -> l.contains("\"over tls\"")), "the server's tap shows the decrypted frames");
            serve.interrupt();
            assertEquals(0, serve.waitFor(10));
        }
        try (WstutorProcess again = WstutorProcess.start(home, "serve", "--tls", "--port", "0", "--frames", "none")) {
            again.listeningPort();
            String expected = "certificate SHA-256 " + sha256(home.resolve(TlsIdentity.CERT_PEM));
            assertNotNull(again.awaitLine(l -> l.startsWith(expected)),
                    "a second run keeps the same certificate");
            assertFalse(again.stdout().stream().anyMatch(l -> l.startsWith("made a")), again.stdout().toString());
            again.interrupt();
            again.waitFor(10);
        }
    }

    @Test
    void serveWithCertAndKeyFilesServesTheNpmClient() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--cert", cert.toString(), "--key", key.toString(),
                "--port", "0", "--frames", "none")) {
            int port = serve.listeningPort();
            try (NodePeer client = NodePeer.client("client.js", "wss://127.0.0.1:" + port + "/", "--text", "pem files",
                    "--ca", cert.toString())) {
                assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
            }
            serve.interrupt();
            serve.waitFor(10);
        }
    }

    @Test
    void connectTrustsTheNpmTlsServerWithCaOrInsecureAndOtherwiseSaysWhatToDoInOneLine() throws Exception {
        try (NodePeer ws = NodePeer.server("tls-echo-server.js", cert.toString(), key.toString())) {
            try (WstutorProcess connect = WstutorProcess.start(home, "connect", ws.wssUrl(), "--ca", cert.toString(), "--frames", "summary")) {
                connect.type(true, "hello over tls");
                assertEquals(0, connect.waitFor(20), connect.stderr().toString());
                String out = String.join("\n", connect.stdout());
                assertTrue(out.contains("server → client  text") && out.contains("\"hello over tls\""), out);
            }
            try (WstutorProcess connect = WstutorProcess.start(home, "connect", ws.wssUrl().replace("127.0.0.1", "localhost"),
                    "--insecure", "--frames", "none")) {
                connect.type(true, "insecure");
                assertEquals(0, connect.waitFor(20), connect.stderr().toString());
                assertTrue(connect.stdout().contains("insecure"), connect.stdout().toString());
            }
            try (WstutorProcess connect = WstutorProcess.start(home, "connect", ws.wssUrl(), "--frames", "none")) {
                connect.type(true, "x");
                assertEquals(1, connect.waitFor(20));
                List<String> err = connect.stderr();
                assertEquals(1, err.size(), err.toString());
                assertTrue(err.get(0).contains("not trusted") && err.get(0).contains("--ca FILE") && err.get(0).contains("--insecure"), err.get(0));
                assertFalse(err.get(0).contains("PKIX") || err.get(0).contains("Exception"), err.get(0));
            }
        }
    }

    @Test
    void checkPassesAgainstTheNpmTlsEchoServer() throws Exception {
        try (NodePeer ws = NodePeer.server("tls-echo-server.js", cert.toString(), key.toString());
             WstutorProcess check = WstutorProcess.start(home, "check", ws.wssUrl(), "--ca", cert.toString())) {
            assertEquals(0, check.waitFor(60), String.join("\n", check.stdout()) + check.stderr());
            String out = String.join("\n", check.stdout());
            assertFalse(out.contains("FAIL"), out);
            assertTrue(out.contains("pass  handshake"), out);
        }
    }

    @Test
    void inspectForwardsAPlainClientToAWssTarget() throws Exception {
        try (NodePeer ws = NodePeer.server("tls-echo-server.js", cert.toString(), key.toString());
             WstutorProcess inspect = WstutorProcess.start(home, "inspect", "--listen", "0", "--target", ws.wssUrl(),
                     "--ca", cert.toString(), "--frames", "summary")) {
            int port = inspect.listeningPort();
            try (NodePeer client = NodePeer.client("client.js", "ws://127.0.0.1:" + port + "/", "--text", "plain to tls")) {
                assertEquals(0, client.waitFor(20), String.join("\n", client.output()));
                assertTrue(String.join("\n", client.output()).contains("\"data\":\"plain to tls\""), client.output().toString());
            }
            assertNotNull(inspect.awaitLine(l -> l.contains("closed")));
            inspect.interrupt();
            assertEquals(0, inspect.waitFor(10));
            assertTrue(inspect.stdout().stream().filter(l -> l.contains("plain to tls")).count() >= 4,
                    "the text crossed both legs both ways:\n" + String.join("\n", inspect.stdout()));
        }
    }

    private static String sha256(Path pem) throws Exception {
        X509Certificate c;
        try (var in = Files.newInputStream(pem)) {
            c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    }
}
