package dev.wstutor.cli;

import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.ProtocolViolation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A peer that sends whatever bytes a test tells it to, over a plain TCP socket: the hostile client of the
 * attacks in {@link HostilePeersTest}. It reads only when asked.
 */
final class HostilePeer implements AutoCloseable {
    static final String UPGRADE = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    static final byte[] KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};

    final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ByteArrayOutputStream read = new ByteArrayOutputStream();

    HostilePeer(int port) throws IOException {
        socket = new Socket(InetAddress.getByName("127.0.0.1"), port);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Connects and completes a valid opening handshake; the 101 head is consumed. */
    static HostilePeer upgraded(int port) throws IOException {
        HostilePeer p = new HostilePeer(port);
        p.send(UPGRADE);
        String head = p.readHead(Duration.ofSeconds(5));
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("no 101: " + head);
        }
        return p;
    }

    void send(String ascii) throws IOException {
        send(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    static byte[] frame(boolean fin, int rsv, int opcode, byte[] payload) {
        return FrameEncoder.encode(fin, rsv, opcode, payload, KEY);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    /** Reads up to the end of an HTTP head. */
    String readHead(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String s = new String(read.toByteArray(), StandardCharsets.ISO_8859_1);
            int end = s.indexOf("\r\n\r\n");
            if (end >= 0) {
                byte[] rest = java.util.Arrays.copyOfRange(read.toByteArray(), end + 4, read.size());
                read.reset();
                read.writeBytes(rest);
                return s.substring(0, end + 4);
            }
            if (!readSome(deadline)) {
                return s;
            }
        }
    }

    /** Reads until the server closes the TCP connection (or the time is up); returns all bytes read, and whether it ended. */
    Ending readToEnd(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean ended;
        while (true) {
            try {
                int n = readOnce(deadline);
                if (n < 0) {
                    ended = true;
                    break;
                }
                if (n == 0) {
                    ended = false;
                    break;
                }
            } catch (java.net.SocketException reset) {
                ended = true;
                break;
            }
        }
        byte[] all = read.toByteArray();
        read.reset();
        return new Ending(all, ended);
    }

    record Ending(byte[] bytes, boolean closed) {
        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        /** The server's frames in what was read (unmasked, lenient); a trailing partial frame is left out. */
        List<Frame> frames() {
            List<Frame> frames = new ArrayList<>();
            FrameDecoder d = new FrameDecoder(FrameDecoder.Options.lenient());
            int at = 0;
            while (at < bytes.length) {
                try {
                    FrameDecoder.Decoded x = d.decode(bytes, at);
                    frames.add(x.frame());
                    at = x.next();
                } catch (ProtocolViolation | RuntimeException e) {
                    break;
                }
            }
            return frames;
        }
    }

    private boolean readSome(long deadline) throws IOException {
        return readOnce(deadline) > 0;
    }

    /** -1 at the end of the stream, 0 on time-out, else bytes read. */
    private int readOnce(long deadline) throws IOException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            return 0;
        }
        socket.setSoTimeout((int) Math.max(1, left));
        byte[] buf = new byte[64 * 1024];
        try {
            int n = in.read(buf);
            if (n > 0) {
                read.write(buf, 0, n);
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }
}
