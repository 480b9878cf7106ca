package dev.wstutor.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Sends bytes over a plain TCP socket and collects whatever comes back until the peer closes or goes quiet:
 * how to show a server's real answer to a request no WebSocket library would send.
 */
public final class RawExchange {
    private RawExchange() {
    }

    /** What came back, and whether the peer closed the connection (rather than falling silent). */
    public record Answer(byte[] bytes, boolean closedByPeer) {
    }

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
                }
                return new Answer(got.toByteArray(), true);
            } catch (SocketTimeoutException quietNow) {
                return new Answer(got.toByteArray(), false);
            }
        }
    }
}
