package dev.wstutor.live;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 client that counts every byte it writes and reads, headers included: the one figure a library
 * client hides. One keep-alive connection, GET only, bodies with a Content-Length (what the JDK server sends
 * for a fixed-length answer). Limits on the head and body keep a hostile server from growing memory.
 */
final class CountingHttpClient implements AutoCloseable {
    private static final int MAX_HEAD = 16 * 1024;
    private static final int MAX_BODY = 1024 * 1024;

    /** The status and body of one answer. */
    record Response(int status, String body) {
    }

    private final InetSocketAddress server;
    private final String userAgent;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long sent;
    private long received;
    private int requests;
    private int connections;

    CountingHttpClient(InetSocketAddress server, String userAgent) {
        this.server = server;
        this.userAgent = userAgent;
    }

    Response get(String target) throws IOException {
        if (socket == null || socket.isClosed()) {
            socket = new Socket();
            socket.connect(server, 5000);
            socket.setSoTimeout(5000);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
            connections++;
        }
        byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: " + server.getHostString() + ":" + server.getPort()
                + "\r\nUser-Agent: " + userAgent + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        out.write(request);
        out.flush();
        sent += request.length;
        requests++;
        String head = readHead();
        received += head.length();
        int status = Integer.parseInt(head.substring(9, 12));
        int length = 0;
        boolean close = false;
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (length < 0 || length > MAX_BODY) {
            throw new IOException("answer body of " + length + " bytes is over the limit of " + MAX_BODY);
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new IOException("the server closed the connection inside an answer");
        }
        received += body.length;
        if (close) {
            socket.close();
        }
        return new Response(status, new String(body, StandardCharsets.UTF_8));
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection before answering");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new IOException("answer head over " + MAX_HEAD + " bytes");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    long bytesSent() {
        return sent;
    }

    long bytesReceived() {
        return received;
    }

    int requests() {
        return requests;
    }

    int connections() {
        return connections;
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
    }
}
