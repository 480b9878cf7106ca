package dev.wstutor.net;

import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HttpMessage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One HTTP/1.1 connection used for one request at a time, kept alive between requests: the long-polling
 * transport of Engine.IO uses two of them (one for the held GET, one for POSTs), as a browser does.
 *
 * <p>Hand-written rather than {@code java.net.http.HttpClient} because the layered view shows each poll's
 * request and response heads exactly as they crossed the wire (header order and case included), which the
 * JDK client hides, and because every size a server can grow (head, body) must have a limit that closes only
 * this session. It speaks only what Engine.IO servers answer with: Content-Length or chunked bodies.
 */
final class HttpLane implements AutoCloseable {

    /** What went out and what came back, heads as raw text. */
    record Exchange(String requestHead, byte[] requestBody, String responseHead, HttpMessage response, byte[] body) {
    }

    /** The most a server may make this lane read: the response head, and its body. */
    record Limits(int maxHeadBytes, int maxBodyBytes) {
    }

    private final InetSocketAddress address;
    private final String hostHeader;
    private final Duration connectTimeout;
    private final Limits limits;
    private volatile Socket socket;
    private InputStream in;
    private volatile boolean closed;

    HttpLane(InetSocketAddress address, String hostHeader, Duration connectTimeout, Limits limits) {
        this.address = address;
        this.hostHeader = hostHeader;
        this.connectTimeout = connectTimeout;
        this.limits = limits;
    }

    /**
     * Sends one request and reads its whole answer, waiting at most {@code readTimeout} for each read (a
     * long-poll GET is held by the server until it has packets, at the latest its next ping).
     */
    synchronized Exchange exchange(String method, String target, Map<String, String> headers, byte[] body, Duration readTimeout,
                                   Consumer<String> sent) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(hostHeader).append("\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: text/plain;charset=UTF-8\r\n");
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: keep-alive\r\n\r\n");
        String requestHead = head.toString();
        boolean fresh = socket == null;
        boolean[] told = {false};
        Consumer<String> once = h -> {
            if (!told[0] && sent != null) {
                told[0] = true;
                sent.accept(h);
            }
        };
        try {
            return send(requestHead, body, readTimeout, once);
        } catch (IOException e) {
            drop();
            if (fresh || closed) {
                throw e;
            }
            // The server may have closed the kept-alive connection while it was idle: try once on a new one.
            return send(requestHead, body, readTimeout, once);
        }
    }

    private Exchange send(String requestHead, byte[] body, Duration readTimeout, Consumer<String> sent) throws IOException {
        if (closed) {
            throw new SocketException("closed");
        }
        if (socket == null) {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.connect(address, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
            socket = s;
            in = new BufferedInputStream(s.getInputStream());
            if (closed) {
                drop();
                throw new SocketException("closed");
            }
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis()));
        OutputStream out = socket.getOutputStream();
        out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        sent.accept(requestHead);
        String responseHead = readHead();
        HttpMessage response;
        try {
            response = HttpMessage.parse(responseHead);
        } catch (HandshakeFormatException e) {
            drop();
            throw new IOException("unreadable HTTP answer: " + e.getMessage());
        }
        if (!response.isResponse() || response.status() < 0) {
            drop();
            throw new IOException("not an HTTP answer: " + firstLine(responseHead));
        }
        byte[] answer = readBody(response);
        if (response.hasToken("Connection", "close")) {
            drop();
        }
        return new Exchange(requestHead, body == null ? new byte[0] : body, responseHead, response, answer);
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int state = 0; // how much of CR LF CR LF has been seen
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                drop();
                throw new IOException(head.size() == 0 ? "the server closed the connection without an answer"
                        : "the server closed the connection in the middle of an answer");
            }
            head.write(b);
            if (head.size() > limits.maxHeadBytes()) {
                drop();
                throw new IOException("the server's HTTP head is over " + limits.maxHeadBytes() + " bytes");
            }
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1
                    : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private byte[] readBody(HttpMessage response) throws IOException {
        String encoding = response.header("Transfer-Encoding").orElse("").toLowerCase(Locale.ROOT);
        if (encoding.contains("chunked")) {
            return readChunked();
        }
        String length = response.header("Content-Length").orElse(null);
        if (length == null) {
            if (response.status() == 204 || response.status() == 304 || response.status() / 100 == 1) {
                return new byte[0];
            }
            // Neither length nor chunks: the body runs until the server closes.
            byte[] all = readUpTo(Long.MAX_VALUE, true);
            drop();
            return all;
        }
        long n;
        try {
            n = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            drop();
            throw new IOException("the server sent Content-Length '" + length + "', not a number");
        }
        return readUpTo(n, false);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            } catch (NumberFormatException e) {
                drop();
                throw new IOException("the server sent a bad chunk size '" + sizeLine + "'");
            }
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailer fields: not used by Engine.IO
                }
                return body.toByteArray();
            }
            if (body.size() + size > limits.maxBodyBytes()) {
                drop();
                throw tooBig();
            }
            body.write(readUpTo(size, false));
            readLine();
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                drop();
                throw new IOException("the server closed the connection in the middle of an answer");
            }
            if (line.size() > limits.maxHeadBytes()) {
                drop();
                throw new IOException("a chunk line from the server is over " + limits.maxHeadBytes() + " bytes");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private byte[] readUpTo(long n, boolean untilEnd) throws IOException {
        if (n > limits.maxBodyBytes() && !untilEnd) {
            drop();
            throw tooBig();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(untilEnd ? 1024 : (int) n);
        byte[] buf = new byte[8192];
        while (body.size() < n) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, n - body.size()));
            if (r < 0) {
                if (untilEnd) {
                    break;
                }
                drop();
                throw new IOException("the server closed the connection in the middle of an answer");
            }
            body.write(buf, 0, r);
            if (body.size() > limits.maxBodyBytes()) {
                drop();
                throw tooBig();
            }
        }
        return body.toByteArray();
    }

    private IOException tooBig() {
        return new IOException("the server's answer is over " + limits.maxBodyBytes() + " bytes");
    }

    private static String firstLine(String head) {
        int end = head.indexOf('\r');
        return end < 0 ? head : head.substring(0, end);
    }

    private void drop() {
        Socket s = socket;
        socket = null;
        in = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Closes the connection, also from another thread: a request in progress fails at once. */
    @Override
    public void close() {
        closed = true;
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
