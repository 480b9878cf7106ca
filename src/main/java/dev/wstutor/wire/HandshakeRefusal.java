package dev.wstutor.wire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * An HTTP answer that refuses an opening handshake, as RFC 6455 asks: 400 Bad Request for a malformed upgrade
 * (4.2.1, 4.2.2), 426 Upgrade Required with {@code Sec-WebSocket-Version: 13} for another version (4.4), 431
 * for a head too large (RFC 6585 5), 408 for a head too slow (RFC 9110 15.5.9), 503 when the server is full, 502 from a proxy
 * whose target cannot be reached.
 * Every refusal says {@code Connection: close}: the server closes the socket after it.
 */
public record HandshakeRefusal(int status, String reason, List<HttpMessage.Header> extraHeaders, String why) {

    public static HandshakeRefusal badRequest(String why) {
        return new HandshakeRefusal(400, "Bad Request", List.of(), why);
    }

    public static HandshakeRefusal headTooLarge(int limit) {
        return new HandshakeRefusal(431, "Request Header Fields Too Large", List.of(),
                "request head over " + limit + " bytes");
    }

    public static HandshakeRefusal tooSlow(long seconds) {
        return new HandshakeRefusal(408, "Request Timeout", List.of(), "no complete request head within " + seconds + " s");
    }

    /** A proxy's answer when it cannot open its own leg to the target (RFC 9110 15.6.3). */
    public static HandshakeRefusal badGateway(String why) {
        return new HandshakeRefusal(502, "Bad Gateway", List.of(), why);
    }

    public static HandshakeRefusal full(int clients) {
        return new HandshakeRefusal(503, "Service Unavailable", List.of(), "already " + clients + " clients");
    }

    /**
     * What a server must answer to {@code request} instead of 101, or empty when it may accept: 426 when only
     * the version is wrong (4.4: the client may retry with 13), else 400 naming every problem.
     */
    public static Optional<HandshakeRefusal> of(HttpMessage request) {
        List<String> problems = HandshakeExplainer.requestProblems(request);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String version = request.header("Sec-WebSocket-Version").orElse(null);
        if (problems.size() == 1 && version != null && !version.equals("13")) {
            return Optional.of(new HandshakeRefusal(426, "Upgrade Required",
                    List.of(new HttpMessage.Header("Sec-WebSocket-Version", "13"), new HttpMessage.Header("Upgrade", "websocket")),
                    problems.get(0)));
        }
        return Optional.of(badRequest(String.join("; ", problems)));
    }

    /** The response bytes: status line, headers, and the reason as a plain-text body. */
    public byte[] bytes() {
        byte[] body = (why + "\n").getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
        for (HttpMessage.Header h : extraHeaders) {
            sb.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        sb.append("Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ")
                .append(body.length).append("\r\n\r\n");
        byte[] head = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** "426 Upgrade Required" */
    public String statusLine() {
        return status + " " + reason;
    }
}
