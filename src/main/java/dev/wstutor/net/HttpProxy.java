package dev.wstutor.net;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An HTTP proxy reached with {@code CONNECT host:port} (RFC 9110 9.3.6): the proxy opens a TCP tunnel to the
 * WebSocket server and then only relays bytes, so the handshake and every frame pass through it unchanged.
 *
 * @param authorization the {@code Proxy-Authorization} value from the URL's user:password, or null
 */
public record HttpProxy(String host, int port, String authorization) {

    /** From {@code http://[user:password@]host[:port]} (or {@code host:port}); the port defaults to 80 as for HTTP. */
    public static HttpProxy parse(String text) {
        String t = text.trim();
        URI uri;
        try {
            uri = URI.create(t.contains("://") ? t : "http://" + t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a proxy URL: use http://host:port");
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException("proxy '" + text + "': only an HTTP proxy (http://host:port) that supports CONNECT is supported");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("proxy '" + text + "' has no host: use http://host:port");
        }
        String auth = uri.getRawUserInfo() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(
                        java.net.URLDecoder.decode(uri.getRawUserInfo().replace("+", "%2B"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        return new HttpProxy(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 80, auth);
    }

    public Optional<String> proxyAuthorization() {
        return Optional.ofNullable(authorization);
    }

    @Override
    public String toString() {
        return "http://" + host + ":" + port;
    }
}
