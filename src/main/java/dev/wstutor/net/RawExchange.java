package dev.wstutor.net;

import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HttpMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends bytes over a plain TCP socket and collects what comes back until a whole HTTP answer has arrived
 * (head and Content-Length body), the peer closes, or it goes quiet: how to show a server's real answer to a
 * request no WebSocket library would send.
 */
public final class RawExchange {
    private RawExchange() {
    }

    /** What came back, and how the exchange ended. */
    public record Answer(byte[] bytes, Ending ending) {
    }

    public enum Ending { COMPLETE_ANSWER, CLOSED_BY_PEER, QUIET }

    public static Answer send(InetSocketAddress to, byte[] request, Duration quiet, int maxBytes) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(to, (int) quiet.toMillis());
            socket.setSoTimeout((int) quiet.toMillis());
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            try {
                int n;
                while (got.size() < maxBytes && (n = in.read(buf)) >= 0) {
                    got.write(buf, 0, n);
                    if (isCompleteHttpAnswer(got.toByteArray())) {
                        return new Answer(got.toByteArray(), Ending.COMPLETE_ANSWER);
                    }
                }
                return new Answer(got.toByteArray(), Ending.CLOSED_BY_PEER);
            } catch (SocketTimeoutException quietNow) {
                return new Answer(got.toByteArray(), Ending.QUIET);
            }
        }
    }

    /** A head ended by an empty line, followed by as many body bytes as its Content-Length says (none if absent). */
    static boolean isCompleteHttpAnswer(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        long body;
        try {
            body = HttpMessage.parse(text.substring(0, end + 4)).header("Content-Length").map(Long::parseLong).orElse(0L);
        } catch (HandshakeFormatException | NumberFormatException e) {
            return true; // not HTTP we can measure: what came is what there is
        }
        return bytes.length - (end + 4) >= body;
    }
}
