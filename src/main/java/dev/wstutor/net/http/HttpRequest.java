package dev.wstutor.net.http;

import dev.wstutor.wire.HttpMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 request as read off the wire: the head as {@link HttpMessage} (so views show it like a handshake)
 * and the body, which is null when it was larger than the limit and was not read.
 */
public record HttpRequest(String method, String target, HttpMessage head, byte[] body) {

    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** The query parameters, first value of each name, decoded as a browser's URLSearchParams does. */
    public Map<String, String> query() {
        Map<String, String> out = new LinkedHashMap<>();
        int q = target.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : target.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    public Optional<String> header(String name) {
        return head.header(name);
    }

    /** A WebSocket opening handshake (RFC 6455 4.1): a GET asking to switch to the websocket protocol. */
    public boolean isUpgrade() {
        return method.equals("GET") && head.hasToken("Upgrade", "websocket");
    }

    public boolean bodyTooLarge() {
        return body == null;
    }

    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the client asked to keep the connection after this exchange (the HTTP/1.1 default). */
    public boolean keepAlive() {
        boolean http11 = head.startLine().endsWith("HTTP/1.1");
        if (head.hasToken("Connection", "close")) {
            return false;
        }
        return http11 || head.hasToken("Connection", "keep-alive");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    static HttpRequest of(String method, String target, String startLine, List<HttpMessage.Header> headers, byte[] body) {
        return new HttpRequest(method, target, new HttpMessage(startLine, List.copyOf(headers)), body);
    }
}
