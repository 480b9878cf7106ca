package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.net.NodePeer;
import dev.wstutor.net.TlsIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a wscat user types, against the npm ws server behind a redirecting HTTP server (redirect-server.js), the
 * npm ws server over TLS (tls-echo-server.js) and the npm proxy package's CONNECT proxy (connect-proxy.mjs).
 */
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
    void headerOriginAndSubprotocolsReachTheServerAsWscatSendsThem() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js")) {
            CommandRun run = CommandRun.of("connect", ws.url() + "echo", "-H", "X-Trace: 7", "-H", "X-Team: blue",
                    "-o", "http://app.test", "-s", "chat.v2", "-s", "chat.v1", "-x", "hi", "-w", "0.3", "--frames", "none");
            assertEquals(0, run.exit(), run.err());
            JsonNode headers = headersSeen(run);
            assertEquals("7", headers.get("x-trace").asText());
            assertEquals("blue", headers.get("x-team").asText());
            assertEquals("http://app.test", headers.get("origin").asText());
            assertEquals("chat.v2, chat.v1", headers.get("sec-websocket-protocol").asText());
        }
    }

    @Test
    void slashCommandsNeedNoSwitchAndPingsAndPongsAreAlwaysShown() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js")) {
            CommandRun run = CommandRun.of("connect", ws.url() + "echo", "-x", "/ping hey", "-x", "/pong beat",
                    "-x", "/close 4001 done", "-w", "1", "--frames", "summary");
            assertEquals(0, run.exit(), run.err());
            List<String> lines = run.out().lines().toList();
            assertTrue(lines.stream().anyMatch(l -> l.contains("client → server  ping") && l.contains("hey")), run.out());
            assertTrue(lines.stream().anyMatch(l -> l.contains("server → client  pong") && l.contains("hey")), run.out());
            assertTrue(lines.stream().anyMatch(l -> l.contains("client → server  pong") && l.contains("beat")), run.out());
            assertTrue(lines.stream().anyMatch(l -> l.contains("server → client  close") && l.contains("4001")), run.out());
        }
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
    void proxyTunnelsWsThroughTheNpmProxyAndSaysSoWhenItRefuses() throws Exception {
        try (NodePeer ws = NodePeer.server("redirect-server.js"); NodePeer proxy = NodePeer.server("connect-proxy.mjs")) {
            CommandRun run = CommandRun.of("connect", ws.url() + "echo", "--proxy", proxy.httpUrl(),
                    "-x", "through", "-w", "0.3", "--frames", "none");
            assertEquals(0, run.exit(), run.err());
            assertEquals("through", run.out().split("\n")[1]);
            assertNotNull(proxy.awaitLine("CONNECT 127.0.0.1:" + ws.port()), proxy.output().toString());
        }
        try (NodePeer guarded = NodePeer.server("connect-proxy.mjs", "--auth", "user:secret")) {
            CommandRun refused = CommandRun.of("connect", "ws://127.0.0.1:9/", "--proxy", "127.0.0.1:" + guarded.port(), "-x", "hi");
            assertEquals(1, refused.exit());
            assertEquals(1, refused.errLines().length, refused.err());
            assertTrue(refused.err().contains("refused the tunnel to 127.0.0.1:9: HTTP/1.1 407")
                    && refused.err().contains("http://user:password@host:port"), refused.err());
        }
    }

    @Test
    void proxyCarriesWssWithTlsEndToEndAndTheLoginInTheProxyUrl(@TempDir Path keys) throws Exception {
        TlsIdentity id = TlsIdentity.selfSigned(keys);
        Path key = keys.resolve("key.pem");
        Files.writeString(key, id.keyPem());
        try (NodePeer wss = NodePeer.server("tls-echo-server.js", id.certificateFile().toString(), key.toString());
             NodePeer proxy = NodePeer.server("connect-proxy.mjs", "--auth", "user:secret")) {
            CommandRun run = CommandRun.of("connect", wss.wssUrl(), "--proxy", "http://user:secret@127.0.0.1:" + proxy.port(),
                    "--ca", id.certificateFile().toString(), "-x", "sealed", "-x", "/close 1000 bye", "-w", "1", "--frames", "summary");
            assertEquals(0, run.exit(), run.err());
            assertNotNull(proxy.awaitLine("CONNECT 127.0.0.1:" + wss.port()), "the tunnel went through the proxy");
            assertTrue(run.out().contains("server → client  text") && run.out().contains("\"sealed\""), run.out());
            assertEquals(2, run.out().lines().filter(l -> l.contains("  close  ")).count(),
                    "the client's Close and the server's reply, read through the tunnel:\n" + run.out());
            CommandRun untrusted = CommandRun.of("connect", wss.wssUrl(), "--proxy", "http://user:secret@127.0.0.1:" + proxy.port(), "-x", "x");
            assertEquals(1, untrusted.exit());
            assertTrue(untrusted.err().contains("not trusted") && untrusted.err().contains("--ca FILE"), untrusted.err());
        }
    }
}
