package dev.wstutor.net;

import dev.wstutor.event.Direction;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The socket a {@link TapClient} hands to Java-WebSocket: a TCP connection, with TLS layered on it for wss://,
 * whose every byte read is seen by the tap before the library decides whether to decode it. The library stops
 * decoding once it has sent a Close, so the Close reply it then reads would otherwise go unseen. For lessons, the
 * raw TCP bytes (ciphertext under TLS) can be watched too.
 */
final class ClientSocket extends Socket {
    private final Socket tcp;
    private final String host;
    private final TlsTrust trust;
    private final int handshakeMs;
    private final ByteWatch plaintext;
    private volatile Socket active;

    /**
     * @param trust null for ws://
     * @param plaintext sees the bytes the WebSocket layer reads (IN) and writes (OUT)
     * @param wire sees the bytes on TCP itself: under TLS, ciphertext (not watched through a proxy)
     * @param proxy an HTTP proxy to tunnel through (CONNECT), TLS then running inside the tunnel; or null
     */
    ClientSocket(String host, TlsTrust trust, int handshakeMs, ByteWatch plaintext, ByteWatch wire, HttpProxy proxy) {
        this.tcp = proxy != null ? new TunnelSocket(proxy) : wire == ByteWatch.NONE ? new Socket() : new WatchedTcp(wire);
        this.host = host;
        this.trust = trust;
        this.handshakeMs = handshakeMs;
        this.plaintext = plaintext;
        this.active = tcp;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        tcp.connect(endpoint, timeout);
        if (trust == null) {
            return;
        }
        // The server's port, not the socket's: through a proxy the TCP connection's far end is the proxy, and TLS
        // runs end to end with the server inside the CONNECT tunnel (the proxy relays ciphertext).
        int port = ((java.net.InetSocketAddress) endpoint).getPort();
        SSLSocket ssl = (SSLSocket) trust.factory().createSocket(tcp, host, port, true);
        SSLParameters p = ssl.getSSLParameters();
        if (trust.checksHost()) {
            p.setEndpointIdentificationAlgorithm("HTTPS");
        }
        ssl.setSSLParameters(p);
        ssl.setUseClientMode(true);
        // The TLS handshake happens here, on the library's connecting thread, so that its failure is reported as
        // the connection's; a server that never answers it costs the handshake time-out, not a hang.
        ssl.setSoTimeout(handshakeMs);
        ssl.startHandshake();
        ssl.setSoTimeout(0);
        active = ssl;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new FilterInputStream(active.getInputStream()) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    plaintext.bytes(Direction.IN, Arrays.copyOfRange(b, off, off + n));
                }
                return n;
            }
        };
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return active.getOutputStream();
    }

    @Override
    public void close() throws IOException {
        active.close();
        tcp.close();
    }

    @Override
    public boolean isConnected() {
        return tcp.isConnected();
    }

    @Override
    public boolean isClosed() {
        return active.isClosed();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return tcp.getLocalSocketAddress();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return tcp.getRemoteSocketAddress();
    }

    @Override
    public InetAddress getInetAddress() {
        return tcp.getInetAddress();
    }

    @Override
    public int getPort() {
        return tcp.getPort();
    }

    @Override
    public int getLocalPort() {
        return tcp.getLocalPort();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        tcp.setTcpNoDelay(on);
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        tcp.setReuseAddress(on);
    }

    @Override
    public synchronized void setReceiveBufferSize(int size) throws SocketException {
        tcp.setReceiveBufferSize(size);
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        active.setSoTimeout(timeout);
    }

    @Override
    public void shutdownOutput() throws IOException {
        active.shutdownOutput();
    }

    @Override
    public void shutdownInput() throws IOException {
        active.shutdownInput();
    }

    /** The TCP socket, its streams watched: what travels on the wire, ciphertext under TLS. */
    private static final class WatchedTcp extends Socket {
        private final ByteWatch wire;

        WatchedTcp(ByteWatch wire) {
            this.wire = wire;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        wire.bytes(Direction.IN, Arrays.copyOfRange(b, off, off + n));
                    }
                    return n;
                }
            };
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return new FilterOutputStream(super.getOutputStream()) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    wire.bytes(Direction.OUT, Arrays.copyOfRange(b, off, off + len));
                    out.write(b, off, len);
                }

                @Override
                public void write(int b) throws IOException {
                    wire.bytes(Direction.OUT, new byte[] {(byte) b});
                    out.write(b);
                }
            };
        }
    }
}
