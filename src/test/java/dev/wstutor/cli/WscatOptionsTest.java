package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.net.NodePeer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What a wscat user types, against the npm ws server behind a redirecting HTTP server (redirect-server.js). */
class WscatOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first message redirect-server.js sends: the request headers it received. */
    private static JsonNode headersSeen(CommandRun run) throws IOException {
        return JSON.readTree(run.out().split("\n")[0]);
    }

    @Test
    void authSendsBasicAndHostReplacesTheHostHeader() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js")) {
            CommandRun run = CommandRun.of("connect", ws.url() + "echo", "--auth", "aladdin:open sesame",
                    "--host", "example.test", "-x", "hi", "-w", "0.3", "--frames", "none");
            assertEquals(0, run.exit(), run.err());
            JsonNode headers = headersSeen(run);
            assertEquals("Basic YWxhZGRpbjpvcGVuIHNlc2FtZQ==", headers.get("authorization").asText()); // RFC 7617's example
            assertEquals("example.test", headers.get("host").asText());
            assertEquals("hi", run.out().split("\n")[1]);
        }
        CommandRun bad = CommandRun.of("connect", "ws://127.0.0.1:9/", "--auth", "nocolon");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("write it as USER:PASSWORD"), bad.err());
        assertTrue(CommandRun.of("connect", "-h").out().replaceAll("\\s+", " ").contains("the same as -H 'Host: NAME'"));
    }

    @Test
    void aUrlWithoutSchemeIsWsAndExecuteLinesAreSentAsTyped() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js")) {
            CommandRun run = CommandRun.of("connect", "127.0.0.1:" + ws.port() + "/echo", "-x", "one", "-x", "/binary 00ff",
                    "-x", "//two", "--wait", "500ms", "--frames", "none");
            assertEquals(0, run.exit(), run.err());
            assertEquals(List.of("one", "00 ff", "/two"), List.of(run.out().split("\n")).subList(1, 4));
        }
    }

    @Test
    void waitMinusOneHoldsTheConnectionUntilTheServerClosesIt() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js")) {
            CommandRun held = CommandRun.of("connect", ws.url() + "echo", "-x", "close me", "-w", "-1", "--frames", "summary");
            assertTrue(held.out().contains("closed: 4000") && held.out().contains("as asked"), held.out());
            CommandRun quick = CommandRun.of("connect", ws.url() + "echo", "-x", "close me", "-w", "0", "--frames", "summary");
            assertFalse(quick.out().contains("closed: 4000"), "-w 0 closes before the server's delayed close:\n" + quick.out());
        }
        CommandRun bad = CommandRun.of("connect", "ws://127.0.0.1:9/", "-w", "soon");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("give seconds (2, 0.5), milliseconds (500ms), or -1"), bad.err());
    }

    @Test
    void colorAlwaysColoursAPipeAndNoColorDoesNot() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js")) {
            CommandRun always = CommandRun.of("connect", ws.url() + "echo", "-x", "hi", "-w", "0.3", "--frames", "summary", "--color", "always");
            assertTrue(always.out().contains("\u001b["), always.out());
            CommandRun never = CommandRun.of("connect", ws.url() + "echo", "-x", "hi", "-w", "0.3", "--frames", "summary", "--color", "always", "--no-color");
            assertFalse(never.out().contains("\u001b["), never.out());
        }
    }

    @Test
    void locationFollowsARedirectAndWithoutItTheRedirectIsNamed() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js")) {
            CommandRun followed = CommandRun.of("connect", ws.url() + "old", "-L", "-x", "hi", "-w", "0.3", "--frames", "summary");
            assertEquals(0, followed.exit(), followed.err());
            assertTrue(followed.err().contains("redirect: 302 Found → ws://127.0.0.1:" + ws.port() + "/echo"), followed.err());
            assertTrue(followed.out().contains("\"hi\""), followed.out());
            CommandRun refused = CommandRun.of("connect", ws.url() + "old", "-x", "hi");
            assertEquals(1, refused.exit());
            assertEquals(1, refused.errLines().length, refused.err());
            assertTrue(refused.err().contains("302 Found") && refused.err().endsWith("to /echo; follow it with -L\n"), refused.err());
            CommandRun loop = CommandRun.of("connect", ws.url() + "loop", "-L", "--max-redirects", "2", "-x", "hi", "--frames", "none");
            assertEquals(1, loop.exit());
            assertTrue(loop.err().contains("more than 2 redirects"), loop.err());
        }
    }

    @Test
    void proxyTunnelsTheConnectionThroughAnHttpConnectProxy() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js"); ConnectProxy proxy = new ConnectProxy(200)) {
            CommandRun run = CommandRun.of("connect", ws.url() + "echo", "--proxy", "http://127.0.0.1:" + proxy.port(),
                    "-x", "through", "-w", "0.3", "--frames", "none");
            assertEquals(0, run.exit(), run.err());
            assertEquals("through", run.out().split("\n")[1]);
            assertEquals(List.of("CONNECT 127.0.0.1:" + ws.port() + " HTTP/1.1"), proxy.requests);
        }
        try (ConnectProxy refusing = new ConnectProxy(407)) {
            CommandRun run = CommandRun.of("connect", "ws://127.0.0.1:9/", "--proxy", "127.0.0.1:" + refusing.port(), "-x", "hi");
            assertEquals(1, run.exit());
            assertEquals(1, run.errLines().length, run.err());
            assertTrue(run.err().contains("refused the tunnel to 127.0.0.1:9: HTTP/1.1 407"), run.err());
        }
    }

    /** The smallest real HTTP CONNECT proxy: answers {@code status}, and with 200 relays bytes both ways. */
    private static final class ConnectProxy implements AutoCloseable {
        final List<String> requests = new CopyOnWriteArrayList<>();
        private final ServerSocket server;
        private final int status;

        ConnectProxy(int status) throws IOException {
            this.status = status;
            this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread t = new Thread(this::accept, "connect-proxy");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Thread t = new Thread(() -> serve(client), "connect-proxy-client");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket client) {
            try (client) {
                InputStream in = client.getInputStream();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    head.write(b);
                }
                String start = head.toString(StandardCharsets.ISO_8859_1).split("\r\n")[0];
                requests.add(start);
                OutputStream out = client.getOutputStream();
                if (status != 200) {
                    out.write(("HTTP/1.1 " + status + " Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                String[] hostPort = start.split(" ")[1].split(":");
                try (Socket target = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
                    out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread up = new Thread(() -> pump(in, target));
                    up.setDaemon(true);
                    up.start();
                    pump(target.getInputStream(), client);
                }
            } catch (IOException ignored) {
                // the test's client went away
            }
        }

        private static void pump(InputStream from, Socket to) {
            try {
                from.transferTo(to.getOutputStream());
                to.shutdownOutput();
            } catch (IOException ignored) {
                // one side closed
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
