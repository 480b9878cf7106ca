package dev.wstutor.net.sio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client that speaks Engine.IO by hand (the JDK's own WebSocket, a peer no one here wrote): it sends
 * exactly what a test says, answers pings, and hands over every message it receives. Binary messages arrive as
 * "bin:" and their length.
 */
final class RawEngineClient implements AutoCloseable {
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket ws;

    private RawEngineClient(String url) throws Exception {
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    String t = text.toString();
                    text.setLength(0);
                    if (t.equals("2")) {
                        send("3");
                    } else {
                        received.add(t);
                    }
                }
                w.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket w, ByteBuffer data, boolean last) {
                received.add("bin:" + data.remaining());
                w.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket w, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket w, Throwable error) {
                closed.complete(-1);
            }
        };
        ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), listener).get(5, TimeUnit.SECONDS);
    }

    /** An Engine.IO session over WebSocket at the server's /socket.io/; the open packet is already read. */
    static RawEngineClient open(int port) throws Exception {
        RawEngineClient c = new RawEngineClient("ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket");
        String open = c.next();
        if (!open.startsWith("0{")) {
            throw new AssertionError("expected the open packet, got " + open);
        }
        return c;
    }

    /** Connected to the main namespace: the CONNECT reply and the demo's auth event are read. */
    static RawEngineClient connected(int port) throws Exception {
        RawEngineClient c = open(port);
        c.send("40");
        String reply = c.next();
        if (!reply.startsWith("40{\"sid\":")) {
            throw new AssertionError("expected the CONNECT reply, got " + reply);
        }
        c.next(); // 42["auth",{}]
        return c;
    }

    /** One send at a time: the JDK's WebSocket refuses a send while another is pending, and pongs go out from the listener. */
    synchronized void send(String text) {
        ws.sendText(text, true).join();
    }

    synchronized void sendBinary(byte[] data) {
        ws.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    String next() throws InterruptedException {
        String s = received.poll(5, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("nothing received within 5 s");
        }
        return s;
    }

    /** The close code the server ended the connection with (-1 for an abrupt end), waiting at most 5 s. */
    int awaitClose() throws Exception {
        return closed.get(5, TimeUnit.SECONDS);
    }

    /** This client still gets answers: the server keeps serving it. */
    void assertServed() throws InterruptedException {
        send("42[\"message\",\"still there?\"]");
        String back = next();
        if (!back.equals("42[\"message-back\",\"still there?\"]")) {
            throw new AssertionError("the bystander got " + back);
        }
    }

    @Override
    public void close() {
        ws.abort();
    }
}
