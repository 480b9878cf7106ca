package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.net.NodePeer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wstutor connect, fed from a pipe, against the npm ws echo server and servers that refuse it. */
class ConnectCommandTest {
    @TempDir
    Path home;

    @Test
    void sendsEachLineToTheNpmWsEchoServerPrintsTheRepliesAndClosesWith1000() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js");
             WstutorProcess connect = WstutorProcess.start(home, "connect", ws.url(), "--frames", "none", "--wait", "500ms")) {
            connect.type(true, "hello", "/binary 00 ff", "/fragment 3 one message in three", "//slash");
            assertEquals(0, connect.waitFor(20), connect.stderr().toString());
            assertEquals(List.of("hello", "00 ff", "one message in three", "/slash"), connect.stdout());
            assertTrue(connect.stderr().get(connect.stderr().size() - 1).contains("closed: 1000 normal closure, started by the client"),
                    connect.stderr().toString());
        }
    }

    @Test
    void writesOneJsonObjectPerEventWithJson() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js");
             WstutorProcess connect = WstutorProcess.start(home, "connect", ws.url(), "--json", "--wait", "300ms")) {
            connect.type(true, "hi", "/ping p");
            assertEquals(0, connect.waitFor(20), connect.stderr().toString());
            ObjectMapper json = new ObjectMapper();
            List<String> lines = connect.stdout();
            assertTrue(lines.size() > 5, lines.toString());
            for (String l : lines) {
                JsonNode n = json.readTree(l);
                assertTrue(n.isObject(), l);
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"pong\"")), lines.toString());
        }
    }

    @Test
    void aPlainHttpAnswerIsOneLineAndExitOne() throws Exception {
        try (NodePeer http = NodePeer.server("http200-server.js");
             WstutorProcess connect = WstutorProcess.start(home, "connect", http.url(), "--frames", "none")) {
            assertEquals(1, connect.waitFor(20));
            assertEquals(List.of("wstutor: server answered 200 OK: a plain HTTP server, not a WebSocket endpoint"), connect.stderr());
        }
    }

    @Test
    void aWrongAcceptValueIsOneLineWithBothValues() throws Exception {
        try (NodePeer bad = NodePeer.server("wrong-accept-server.js");
             WstutorProcess connect = WstutorProcess.start(home, "connect", bad.url(), "--frames", "none")) {
            assertEquals(1, connect.waitFor(20));
            List<String> err = connect.stderr();
            assertEquals(1, err.size(), err.toString());
            assertTrue(err.get(0).matches("wstutor: Sec-WebSocket-Accept does not match: expected \\S+, got \\S+"), err.get(0));
        }
    }

    @Test
    void aRefusedConnectionAnUnknownHostAndABadUrlAreOneLineEach() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (WstutorProcess refused = WstutorProcess.start(home, "connect", "ws://127.0.0.1:" + port + "/");
             WstutorProcess unknown = WstutorProcess.start(home, "connect", "ws://no-such-host.invalid/");
             WstutorProcess bad = WstutorProcess.start(home, "connect", "ws://bad host/");
             WstutorProcess http = WstutorProcess.start(home, "connect", "http://127.0.0.1/")) {
            assertEquals(1, refused.waitFor(20));
            assertEquals(List.of("wstutor: connection refused by 127.0.0.1:" + port + ": is a server listening there?"), refused.stderr());
            assertEquals(1, unknown.waitFor(20));
            assertEquals(List.of("wstutor: unknown host no-such-host.invalid: check the URL"), unknown.stderr());
            assertEquals(2, bad.waitFor(20), "a malformed URL is a usage error");
            assertEquals(1, bad.stderr().size());
            assertTrue(bad.stderr().get(0).startsWith("wstutor: 'ws://bad host/' is not a valid URL"), bad.stderr().toString());
            assertEquals(2, http.waitFor(20));
            assertEquals(List.of("wstutor: 'http://127.0.0.1/' is an HTTP URL; a WebSocket URL starts with ws:// (or wss:// for TLS)"),
                    http.stderr());
        }
    }

    @Test
    void rawUnmaskedBytesProvokeClose1002FromTheNpmWsServer() throws Exception {
        try (NodePeer ws = NodePeer.server("echo-server.js");
             WstutorProcess connect = WstutorProcess.start(home, "connect", ws.url(), "--frames", "summary", "--wait", "2000ms")) {
            connect.type(true, "/raw 81 02 68 69");
            assertEquals(1, connect.waitFor(20), "a 1002 from the server is a failure a script can see");
            assertEquals(List.of("wstutor: the server closed with 1002 protocol error"), connect.stderr().stream()
                    .map(l -> l.replaceAll(" \".*\"$", "")).toList());
            assertTrue(connect.stdout().stream().anyMatch(l -> l.contains("closed: 1002")), String.join("\n", connect.stdout()));
        }
    }

    @Test
    void aServerClosingWith1012ServiceRestartIsNotFlagged() throws Exception {
        try (NodePeer ws = NodePeer.server("close-server.js", "0", "1012", "restarting");
             WstutorProcess connect = WstutorProcess.start(home, "connect", ws.url(), "--frames", "summary", "--wait", "2000ms")) {
            connect.type(true);
            assertEquals(0, connect.waitFor(20), connect.stderr().toString());
            String all = String.join("\n", connect.stdout()) + "\n" + String.join("\n", connect.stderr());
            assertTrue(all.contains("closed: 1012 service restart"), all);
            assertFalse(all.contains("rejected"), all);
            assertFalse(all.contains("may not be sent"), all);
        }
    }

    @Test
    void aMalformedHeaderOrAnOutOfRangePortIsAUsageError() {
        CommandRun header = CommandRun.of("connect", "ws://127.0.0.1:9/", "-H", "no colon here");
        assertEquals(2, header.exit());
        assertEquals("wstutor: -H 'no colon here' is not a header: write it as 'Name: value'", header.err().trim());
        CommandRun port = CommandRun.of("serve", "--port", "70000");
        assertEquals(2, port.exit());
        assertEquals("wstutor: --port must be 0-65535, got 70000", port.err().trim());
    }
}
