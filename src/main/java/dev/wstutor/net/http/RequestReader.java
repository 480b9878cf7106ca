package dev.wstutor.net.http;

import dev.wstutor.wire.HttpMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one HTTP/1.1 request (RFC 9112) off the front of the bytes a connection has received so far. Pure: the
 * caller keeps the bytes and calls again when more arrive. Only Content-Length bodies: no client of Engine.IO
 * sends chunked ones, and a request that does is refused with 411 rather than guessed at.
 */
final class RequestReader {

    sealed interface Result {
    }

    /** Not a whole request yet. */
    record Incomplete() implements Result {
    }

    /** A request and how many bytes it took; a body over the limit is not read (the request's body is null). */
    record Complete(HttpRequest request, int consumed) implements Result {
    }

    /** Not HTTP we can serve: answer {@code status} and close. */
    record Bad(int status, String reason) implements Result {
    }

    private final int maxHead;
    private final long maxBody;

    RequestReader(int maxHead, long maxBody) {
        this.maxHead = maxHead;
        this.maxBody = maxBody;
    }

    /** The most a connection need hold for one request. */
    long maxHeadAndBody() {
        return maxHead + 4 + maxBody;
    }

    Result read(byte[] buf, int len) {
        int end = headEnd(buf, len);
        if (end < 0) {
            return len > maxHead ? new Bad(431, "request head over " + maxHead + " bytes") : new Incomplete();
        }
        if (end > maxHead) {
            return new Bad(431, "request head over " + maxHead + " bytes");
        }
        String text = new String(buf, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n");
        String[] start = lines[0].split(" ");
        if (start.length != 3 || !start[2].startsWith("HTTP/1.") || start[0].isEmpty() || !start[1].startsWith("/")
                || !start[0].chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return new Bad(400, "not an HTTP/1.1 request line: " + printable(lines[0]));
        }
        List<HttpMessage.Header> headers = new ArrayList<>();
        long length = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.substring(0, colon).contains(" ")) {
                return new Bad(400, "not a header field: " + printable(line));
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            headers.add(new HttpMessage.Header(name, value));
            if (name.equalsIgnoreCase("Content-Length")) {
                try {
                    length = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return new Bad(400, "Content-Length is not a number: " + printable(value));
                }
                if (length < 0) {
                    return new Bad(400, "negative Content-Length");
                }
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                return new Bad(411, "chunked bodies are not served; send Content-Length");
            }
        }
        int headLength = end + 4;
        if (length > maxBody) {
            return new Complete(HttpRequest.of(start[0], start[1], lines[0], headers, null), headLength);
        }
        if (len - headLength < length) {
            return new Incomplete();
        }
        byte[] body = new byte[(int) length];
        System.arraycopy(buf, headLength, body, 0, (int) length);
        return new Complete(HttpRequest.of(start[0], start[1], lines[0], headers, body), headLength + (int) length);
    }

    /** Index of the CRLF CRLF that ends the head, or -1. */
    private static int headEnd(byte[] buf, int len) {
        for (int i = 0; i + 3 < len; i++) {
            if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
            if (sb.length() > 80) {
                return sb.append("...").toString();
            }
        }
        return sb.toString();
    }
}
