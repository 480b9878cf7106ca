package dev.wstutor.net;

import dev.wstutor.wire.HttpMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A TCP socket that connects through an {@link HttpProxy}: {@link #connect} opens TCP to the proxy, asks it for
 * a tunnel with {@code CONNECT host:port}, and returns once the proxy answers 2xx; from then on the socket is the
 * tunnel, and the WebSocket handshake goes through it as through any TCP connection. The proxy's answer is read
 * a byte at a time so that nothing after its head is taken from the stream the library reads next.
 */
final class TunnelSocket extends Socket {
    /** A proxy's answer to CONNECT is a few hundred bytes; one that will not end is refused, not buffered. */
    static final int MAX_HEAD = 16 * 1024;

    private final HttpProxy proxy;

    TunnelSocket(HttpProxy proxy) {
        this.proxy = proxy;
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        connect(endpoint, 0);
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        InetSocketAddress target = (InetSocketAddress) endpoint;
        String authority = authority(target.getHostString(), target.getPort());
        try {
            super.connect(new InetSocketAddress(proxy.host(), proxy.port()), timeout);
        } catch (IOException e) {
            throw new IOException("cannot reach the proxy " + proxy + ": " + e.getMessage(), e);
        }
        StringBuilder request = new StringBuilder("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n");
        proxy.proxyAuthorization().ifPresent(a -> request.append("Proxy-Authorization: ").append(a).append("\r\n"));
        request.append("\r\n");
        OutputStream out = getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        int before = getSoTimeout();
        setSoTimeout(timeout);
        String head = readHead(getInputStream());
        setSoTimeout(before);
        HttpMessage answer;
        try {
            answer = HttpMessage.parse(head);
        } catch (dev.wstutor.wire.HandshakeFormatException | RuntimeException e) {
            throw new IOException("the proxy " + proxy + " did not answer CONNECT with HTTP: " + firstLine(head));
        }
        if (!answer.isResponse() || answer.status() / 100 != 2) {
            throw new IOException("the proxy " + proxy + " refused the tunnel to " + authority + ": " + firstLine(head)
                    + (answer.status() == 407 ? " (give user:password in the proxy URL: http://user:password@host:port)" : ""));
        }
    }

    private static String authority(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the proxy " + proxy + " closed the connection without answering CONNECT");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1
                    : b == '\r' ? 1 : 0;
            if (head.size() > MAX_HEAD) {
                throw new IOException("the proxy " + proxy + "'s answer to CONNECT is over " + MAX_HEAD + " bytes");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String firstLine(String head) {
        int end = head.indexOf('\r');
        return end < 0 ? head : head.substring(0, end);
    }
}
