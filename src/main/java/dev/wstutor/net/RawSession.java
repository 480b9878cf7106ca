package dev.wstutor.net;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireListener;
import dev.wstutor.wire.AcceptKey;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.FrameSplitter;
import dev.wstutor.wire.HandshakeExplainer;
import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.Opcode;
import dev.wstutor.wire.ProtocolViolation;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A WebSocket client with no library in the way: it writes its own opening handshake and frames on a plain
 * socket and reads the server's bytes one frame at a time. It sends what no library would (unmasked frames,
 * invalid UTF-8, hand-made fragments) and sees every byte of the answer, including the close reply a library
 * would swallow. Everything it sends and receives goes to the listener as {@link WireEvent}s.
 */
public final class RawSession implements AutoCloseable {
    private static final int MAX_HEAD = 16 * 1024;

    /** What the next read brought. */
    public sealed interface Read {
    }

    public record Got(Frame frame) implements Read {
    }

    /** Nothing arrived within the time. */
    public record Silent(Duration waited) implements Read {
    }

    /** The TCP connection ended (closed or reset) before a frame arrived. */
    public record Ended(String how) implements Read {
    }

    /** The server sent bytes that are not a valid frame. */
    public record Broken(ProtocolViolation violation) implements Read {
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String key;
    private final HttpMessage request;
    private final HttpMessage response;
    private final WireListener listener;
    private final LongSupplier nanoClock;
    private final long start;
    private final SecureRandom random;
    private final FrameSplitter splitter = new FrameSplitter(Integer.MAX_VALUE - 16);
    private final FrameDecoder decoder = new FrameDecoder(FrameDecoder.Options.lenient());
    private final Deque<byte[]> pending = new ArrayDeque<>();
    private final int connection;

    private RawSession(Socket socket, InputStream in, String key, HttpMessage request, HttpMessage response,
                       WireListener listener, LongSupplier nanoClock, long start, SecureRandom random, int connection)
            throws IOException {
        this.socket = socket;
        this.in = in;
        this.out = socket.getOutputStream();
        this.key = key;
        this.request = request;
        this.response = response;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.start = start;
        this.random = random;
        this.connection = connection;
    }

    /**
     * Connects, sends the opening handshake and reads the answer's head, whatever its status: the caller judges
     * it (see {@link #problems()}). Fails with a one-line reason when no head arrives within {@code timeout}.
     */
    public static RawSession open(URI uri, Map<String, String> headers, Duration timeout, WireListener listener,
                                  LongSupplier nanoClock) throws ConnectFailure {
        return open(uri, headers, timeout, listener, nanoClock, 1);
    }

    /** As above, reporting its events as connection number {@code connection} (a checker opens several). */
    public static RawSession open(URI uri, Map<String, String> headers, Duration timeout, WireListener listener,
                                  LongSupplier nanoClock, int connection) throws ConnectFailure {
        return open(uri, headers, timeout, listener, nanoClock, connection, TlsTrust.system());
    }

    /** As above; a wss:// server is trusted as {@code trust} says. */
    public static RawSession open(URI uri, Map<String, String> headers, Duration timeout, WireListener listener,
                                  LongSupplier nanoClock, int connection, TlsTrust trust) throws ConnectFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new ConnectFailure("'" + uri + "' is not a WebSocket URL: use ws://host:port/path or wss://...");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new ConnectFailure("'" + uri + "' has no host: use ws://host:port/path");
        }
        boolean tls = scheme.equals("wss");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String where = uri.getHost() + ":" + port;
        int ms = (int) Math.max(1, timeout.toMillis());
        long start = nanoClock.getAsLong();
        SecureRandom random = new SecureRandom();
        Socket socket = null;
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress(uri.getHost(), port), ms);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(ms);
            if (tls) {
                SSLSocket ssl = (SSLSocket) trust.factory().createSocket(socket, uri.getHost(), port, true);
                if (trust.checksHost()) {
                    SSLParameters p = ssl.getSSLParameters();
                    p.setEndpointIdentificationAlgorithm("HTTPS");
                    ssl.setSSLParameters(p);
                }
                ssl.setSoTimeout(ms);
                socket = ssl;
                ssl.startHandshake();
            }
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            String key = AcceptKey.keyFrom(nonce);
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            StringBuilder head = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append("\r\n")
                    .append("Upgrade: websocket\r\nConnection: Upgrade\r\n")
                    .append("Sec-WebSocket-Key: ").append(key).append("\r\n")
                    .append("Sec-WebSocket-Version: 13\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            String raw = head.toString();
            HttpMessage request = HttpMessage.parse(raw);
            listener.on(new WireEvent.HandshakeSeen(connection, Endpoint.CLIENT, since(nanoClock, start), Direction.OUT, request, raw));
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String answer = readHead(in, where, ms);
            HttpMessage response;
            try {
                response = HttpMessage.parse(answer);
            } catch (HandshakeFormatException e) {
                throw new ConnectFailure(where + " answered something that is not HTTP: " + e.getMessage());
            }
            listener.on(new WireEvent.HandshakeSeen(connection, Endpoint.CLIENT, since(nanoClock, start), Direction.IN, response, answer));
            return new RawSession(socket, in, key, request, response, listener, nanoClock, start, random, connection);
        } catch (ConnectFailure e) {
            closeQuietly(socket);
            throw e;
        } catch (UnknownHostException e) {
            closeQuietly(socket);
            throw new ConnectFailure("unknown host " + uri.getHost() + ": check the URL");
        } catch (ConnectException e) {
            closeQuietly(socket);
            throw new ConnectFailure("connection refused by " + where + ": is a server listening there?");
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new ConnectFailure("no answer to the opening handshake from " + where + " within " + ms + " ms");
        } catch (SSLException e) {
            closeQuietly(socket);
            throw new ConnectFailure(TlsTrust.describe(e, where));
        } catch (IOException | HandshakeFormatException e) {
            closeQuietly(socket);
            throw new ConnectFailure("cannot connect to " + where + ": " + e.getMessage());
        }
    }

    private static String readHead(InputStream in, String where, int ms) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new ConnectFailure(head.size() == 0
                        ? where + " closed the connection without answering the handshake"
                        : where + " closed the connection in the middle of its answer");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (head.size() > MAX_HEAD) {
                throw new ConnectFailure(where + " answered with a head over " + MAX_HEAD + " bytes: not a WebSocket server");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static Duration since(LongSupplier clock, long start) {
        return Duration.ofNanos(clock.getAsLong() - start);
    }

    public String key() {
        return key;
    }

    public HttpMessage request() {
        return request;
    }

    public HttpMessage response() {
        return response;
    }

    /** What is wrong with the server's answer (status, Upgrade, Connection, Sec-WebSocket-Accept); empty if nothing. */
    public List<String> problems() {
        return HandshakeExplainer.responseProblems(response, key);
    }

    /** A fresh random masking key, as a client must use for every frame (RFC 6455 5.3). */
    public byte[] maskingKey() {
        byte[] k = new byte[4];
        random.nextBytes(k);
        return k;
    }

    /** A whole masked frame with FIN set. */
    public void send(Opcode opcode, byte[] payload) throws IOException {
        sendRaw(FrameEncoder.encode(opcode, payload, maskingKey()));
    }

    /** Bytes as they are; reported as the frames they make up, or as rejected when they break a rule. */
    public void sendRaw(byte[] bytes) throws IOException {
        try {
            for (Frame f : decoder.decodeAll(bytes)) {
                listener.on(new WireEvent.FrameSeen(connection, Endpoint.CLIENT, since(nanoClock, start), Direction.OUT, f));
            }
        } catch (ProtocolViolation v) {
            listener.on(new WireEvent.FrameRejected(connection, Endpoint.CLIENT, since(nanoClock, start), Direction.OUT, bytes, v));
        }
        out.write(bytes);
        out.flush();
    }

    /** The next frame from the server, waiting at most {@code timeout}. */
    public Read next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buf = new byte[16 * 1024];
        while (pending.isEmpty()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return new Silent(timeout);
            }
            int n;
            try {
                socket.setSoTimeout((int) left);
                n = in.read(buf);
            } catch (SocketTimeoutException e) {
                return new Silent(timeout);
            } catch (IOException e) {
                return ended("reset the connection (" + e.getMessage() + ")");
            }
            if (n < 0) {
                return ended(splitter.pending() > 0 ? "closed the TCP connection in the middle of a frame"
                        : "closed the TCP connection");
            }
            try {
                pending.addAll(splitter.feed(java.util.Arrays.copyOf(buf, n)));
            } catch (ProtocolViolation v) {
                return new Broken(v);
            }
        }
        byte[] raw = pending.poll();
        try {
            Frame f = decoder.decode(raw, 0).frame();
            listener.on(new WireEvent.FrameSeen(connection, Endpoint.CLIENT, since(nanoClock, start), Direction.IN, f));
            return new Got(f);
        } catch (ProtocolViolation v) {
            listener.on(new WireEvent.FrameRejected(connection, Endpoint.CLIENT, since(nanoClock, start), Direction.IN, raw, v));
            return new Broken(v);
        }
    }

    private Read ended(String how) {
        listener.on(new WireEvent.Closed(connection, Endpoint.CLIENT, since(nanoClock, start), CloseCode.ABNORMAL.code(), how, true));
        return new Ended(how);
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }
}
