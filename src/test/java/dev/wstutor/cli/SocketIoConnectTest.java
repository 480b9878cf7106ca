package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.net.NodePeer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** wstutor connect --socketio, fed from a pipe, against the official npm socket.io 4.8 server, and what it refuses. */
class SocketIoConnectTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"polling,websocket", "websocket", "polling"})
    void emitsEachLineAndPrintsWhatTheServerEmitsAndAcknowledges(String transports) throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js");
             WstutorProcess connect = WstutorProcess.start(home, "connect", "--socketio", server.httpUrl(),
                     "--auth", "{\"token\":\"abc\"}", "--transports", transports, "--frames", "none", "--wait", "1000")) {
            connect.type(true, "/emit message \"hi\" 42", "/emit --ack message-with-ack {\"a\":1}", "/emit oops bare",
                    "plain words", "/emit \"chat message\" \"x\"");
            assertEquals(0, connect.waitFor(30), connect.stderr().toString());
            List<String> out = connect.stdout();
            assertEquals("auth {\"token\":\"abc\"}", out.get(0), out.toString());
            assertTrue(out.contains("message-back \"hi\" 42"), out.toString());
            assertTrue(out.contains("message-back \"plain words\""), out.toString());
            assertTrue(out.stream().anyMatch(l -> l.matches("ack 0 \\{\"a\":1\\} \\(\\d+\\.\\d ms\\)")), out.toString());
            List<String> err = connect.stderr();
            assertTrue(err.stream().anyMatch(l -> l.startsWith("connected to namespace / as ")), err.toString());
            assertTrue(err.contains("not JSON: bare; each argument is one JSON value, so quote strings: \"hi\" 42 true {\"a\":1} [1,2]"),
                    err.toString());
            assertNotNull(server.awaitLine("{\"event\":\"chat message\",\"args\":[\"x\"]}"), server.output().toString());
            assertNotNull(server.awaitLine("\"reason\":\"client namespace disconnect\""), server.output().toString());
        }
    }

    @Test
    void writesOneJsonObjectPerEventWithJson() throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js");
             WstutorProcess connect = WstutorProcess.start(home, "connect", "--socketio", server.httpUrl(), "--json", "--wait", "500")) {
            connect.type(true, "/emit message \"hi\"");
            assertEquals(0, connect.waitFor(30), connect.stderr().toString());
            ObjectMapper json = new ObjectMapper();
            List<String> lines = connect.stdout();
            assertTrue(lines.size() > 10, lines.toString());
            for (String l : lines) {
                JsonNode n = json.readTree(l);
                assertTrue(n.isObject(), l);
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains("message-back")), lines.toString());
        }
    }

    @Test
    void anUnknownNamespaceIsOneLineAndExitOne() throws Exception {
        try (NodePeer server = NodePeer.server("sio-server.js");
             WstutorProcess connect = WstutorProcess.start(home, "connect", "--socketio", server.httpUrl(),
                     "--namespace", "/nope", "--frames", "none")) {
            assertEquals(1, connect.waitFor(30));
            assertEquals(List.of("wstutor: the server refused namespace /nope: Invalid namespace"), connect.stderr());
        }
    }

    @Test
    void aPlainWebSocketServerAWrongPathAndARefusedPortAreOneLineEach() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (NodePeer ws = NodePeer.server("echo-server.js");
             NodePeer sio = NodePeer.server("sio-server.js");
             WstutorProcess plain = WstutorProcess.start(home, "connect", "--socketio", ws.httpUrl(), "--frames", "none");
             WstutorProcess plainWs = WstutorProcess.start(home, "connect", "--socketio", ws.url(), "--transports", "websocket",
                     "--frames", "none", "--timeout", "1500");
             WstutorProcess path = WstutorProcess.start(home, "connect", "--socketio", sio.httpUrl() + "custom", "--frames", "none");
             WstutorProcess refused = WstutorProcess.start(home, "connect", "--socketio", "http://127.0.0.1:" + port, "--frames", "none")) {
            assertEquals(1, plain.waitFor(30));
            assertEquals(1, plain.stderr().size(), plain.stderr().toString());
            assertTrue(plain.stderr().get(0).startsWith("wstutor: server answered 426 Upgrade Required: a plain WebSocket server, not Socket.IO"),
                    plain.stderr().toString());
            assertEquals(1, plainWs.waitFor(30));
            // The WebSocket itself opened (its opened and closed lines are the view on stderr); the error is the last line.
            List<String> wsErr = plainWs.stderr();
            assertEquals(1, wsErr.stream().filter(l -> l.startsWith("wstutor:")).count(), wsErr.toString());
            assertTrue(wsErr.get(wsErr.size() - 1).startsWith("wstutor: no Engine.IO OPEN packet within 1500 ms"), wsErr.toString());
            assertEquals(1, path.waitFor(30));
            assertEquals(1, path.stderr().size(), path.stderr().toString());
            assertTrue(path.stderr().get(0).startsWith("wstutor: server answered 404 Not Found at /custom/: no Socket.IO server at this path"),
                    path.stderr().toString());
            assertEquals(1, refused.waitFor(30));
            assertEquals(List.of("wstutor: connection refused by 127.0.0.1:" + port + ": is a server listening there?"), refused.stderr());
        }
    }

    @Test
    void badAuthBadTransportsAndATlsUrlAreUsageErrors() {
        CommandRun auth = CommandRun.of("connect", "--socketio", "http://127.0.0.1:9", "--auth", "{token}");
        assertEquals(2, auth.exit());
        assertTrue(auth.err().trim().startsWith("wstutor: --auth is not valid JSON"), auth.err());
        CommandRun array = CommandRun.of("connect", "--socketio", "http://127.0.0.1:9", "--auth", "[1]");
        assertEquals(2, array.exit());
        assertEquals("wstutor: --auth must be a JSON object, e.g. --auth '{\"token\":\"abc\"}' (socket.io refuses any other payload)",
                array.err().trim());
        CommandRun transports = CommandRun.of("connect", "--socketio", "http://127.0.0.1:9", "--transports", "carrier-pigeon");
        assertEquals(2, transports.exit());
        assertEquals("wstutor: --transports 'carrier-pigeon': 'carrier-pigeon' is not a transport; use polling, websocket or polling,websocket",
                transports.err().trim());
        CommandRun tls = CommandRun.of("connect", "--socketio", "https://127.0.0.1:9");
        assertEquals(1, tls.exit());
        assertEquals("wstutor: 'https://127.0.0.1:9': connect --socketio speaks plain http:// and ws:// only (no TLS)", tls.err().trim());
    }
}
