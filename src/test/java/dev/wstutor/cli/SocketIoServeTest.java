package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wstutor serve --socketio} as a user runs it: the first line, the layered view, the operator's /emit, Ctrl-C. */
class SocketIoServeTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/socket\\.io/");

    @TempDir
    Path home;

    @Test
    void anOperatorEmitsToOneSocketAndCtrlCClosesItAndExitsZero() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--socketio", "--port", "0", "--frames", "normal")) {
            String first = serve.awaitLine(l -> l.startsWith("listening on "));
            Matcher m = LISTENING.matcher(first == null ? "" : first);
            assertTrue(m.matches(), "first line: " + first);
            BlockingQueue<String> got = new LinkedBlockingQueue<>();
            CompletableFuture<Integer> closed = new CompletableFuture<>();
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(
                    URI.create("ws://127.0.0.1:" + m.group(1) + "/socket.io/?EIO=4&transport=websocket"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                            got.add(data.toString());
                            w.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                            closed.complete(code);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            assertTrue(got.poll(10, TimeUnit.SECONDS).startsWith("0{\"sid\":"));
            ws.sendText("40{\"token\":\"t\"}", true).join();
            String connect = got.poll(10, TimeUnit.SECONDS);
            assertTrue(connect.startsWith("40{\"sid\":\""), connect);
            String sid = connect.substring(10, connect.length() - 2);
            assertEquals("42[\"auth\",{\"token\":\"t\"}]", got.poll(10, TimeUnit.SECONDS));

            serve.type(false, "/clients");
            assertNotNull(serve.awaitLine(l -> l.contains("socket " + sid) && l.contains("websocket")), serve.stdout().toString());
            serve.type(false, "/emit --to " + sid + " news {\"title\":\"hi\"} 42");
            assertEquals("42[\"news\",{\"title\":\"hi\"},42]", got.poll(10, TimeUnit.SECONDS));
            serve.type(false, "/emit news oops");
            assertNotNull(serve.awaitLine(l -> l.contains("each argument is one JSON value")));

            serve.interrupt();
            assertEquals(0, serve.waitFor(10));
            assertTrue(closed.get(10, TimeUnit.SECONDS) > 0);
            assertTrue(serve.stdout().stream().anyMatch(l -> l.contains("news")), "the layered view shows the event");
            assertEquals(List.of(), serve.stderr());
        }
    }

    @Test
    void anUnknownTransportIsAUsageErrorInOneLine() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--socketio", "--transports", "carrier-pigeon")) {
            assertEquals(2, serve.waitFor(20));
            assertEquals(1, serve.stderr().size(), serve.stderr().toString());
            assertTrue(serve.stderr().get(0).contains("unknown transport 'carrier-pigeon'"), serve.stderr().toString());
        }
    }
}
