package dev.wstutor.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A server's answer other than 101 to an opening handshake (a 401, 403, 404 ...), as a proxy passes it on to its
 * own client: the status line, the header fields and the body as the server sent them, except that the
 * connection is said to close ({@code Connection: close}, no {@code Keep-Alive}), because the proxy closes it
 * after the answer (RFC 9112 9.6). The body is what arrived with the head, up to {@link #MAX_BODY} bytes.
 */
public record RefusedHandshake(HttpMessage head, byte[] body) {
    /** The most of a refusal's body that is kept: enough for any error page an app shows its user. */
    public static final int MAX_BODY = 64 * 1024;

    public RefusedHandshake {
        body = body.clone();
    }

    /**
     * Cuts a refusal from the bytes read after the request: the head up to its empty line, then the body, as
     * much of it as {@code Content-Length} announces (all that arrived when it announces none), capped.
     */
    public static RefusedHandshake of(byte[] read) throws HandshakeFormatException {
        String text = new String(read, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        int skip = 4;
        if (end < 0) {
            end = text.indexOf("\n\n");
            skip = 2;
        }
        if (end < 0) {
            throw new HandshakeFormatException("the answer's head has no end (no empty line)");
        }
        HttpMessage head = HttpMessage.parse(text.substring(0, end));
        int from = end + skip;
        int length = read.length - from;
        try {
            length = Math.min(length, Integer.parseInt(head.header("Content-Length").orElse(String.valueOf(length)).trim()));
        } catch (NumberFormatException notANumber) {
            // keep what arrived
        }
        length = Math.max(0, Math.min(length, MAX_BODY));
        return new RefusedHandshake(head, Arrays.copyOfRange(read, from, from + length));
    }

    public int status() {
        return head.status();
    }

    /** The answer's bytes for the proxy's client. */
    public byte[] relayed() {
        StringBuilder sb = new StringBuilder(head.startLine()).append("\r\n");
        for (HttpMessage.Header h : head.headers()) {
            if (!h.name().equalsIgnoreCase("Connection") && !h.name().equalsIgnoreCase("Keep-Alive")) {
                sb.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
        }
        sb.append("Connection: close\r\n\r\n");
        byte[] start = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(start, start.length + body.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefusedHandshake r && r.head.equals(head) && Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return head.hashCode() * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "RefusedHandshake[" + head.startLine() + ", " + body.length + " bytes of body]";
    }
}
