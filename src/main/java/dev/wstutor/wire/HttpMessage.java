package dev.wstutor.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP/1.1 request or response head as sent (RFC 9112): the start line and the header fields in wire
 * order, which is the order a learner should see them in.
 */
public record HttpMessage(String startLine, List<Header> headers) {

    public record Header(String name, String value) {
    }

    /** Parses a head (CRLF or bare LF line ends; stops at the empty line). */
    public static HttpMessage parse(String raw) throws HandshakeFormatException {
        String[] lines = raw.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new HandshakeFormatException("empty handshake: no request or status line");
        }
        List<Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new HandshakeFormatException("line " + (i + 1) + " is not a header field (no 'Name: value'): " + line);
            }
            headers.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        return new HttpMessage(lines[0].trim(), List.copyOf(headers));
    }

    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** Whether a comma-separated header such as {@code Connection: keep-alive, Upgrade} lists the token. */
    public boolean hasToken(String name, String token) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name))
                .flatMap(h -> List.of(h.value().split(",")).stream())
                .anyMatch(t -> t.trim().toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT)));
    }

    public boolean isResponse() {
        return startLine.startsWith("HTTP/");
    }

    /** For a response, the status code ("101"); -1 when the line has none. */
    public int status() {
        String[] parts = startLine.split(" ", 3);
        if (!isResponse() || parts.length < 2) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** For a response, the reason phrase ("Switching Protocols"). */
    public String reason() {
        String[] parts = startLine.split(" ", 3);
        return parts.length == 3 ? parts[2] : "";
    }

    /** The head as it goes on the wire, CRLF line ends and the empty line. */
    public String toWire() {
        StringBuilder sb = new StringBuilder(startLine).append("\r\n");
        for (Header h : headers) {
            sb.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }
}
