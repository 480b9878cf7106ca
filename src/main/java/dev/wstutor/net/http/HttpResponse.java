package dev.wstutor.net.http;

import dev.wstutor.wire.HttpMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A response to send: status, header fields in the order given, and a body (Content-Length is added). */
public record HttpResponse(int status, List<HttpMessage.Header> headers, byte[] body) {

    public static HttpResponse text(int status, String contentType, String body) {
        return new HttpResponse(status, List.of(new HttpMessage.Header("Content-Type", contentType)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse empty(int status) {
        return new HttpResponse(status, List.of(), new byte[0]);
    }

    public HttpResponse withHeaders(List<HttpMessage.Header> more) {
        List<HttpMessage.Header> all = new ArrayList<>(headers);
        all.addAll(more);
        return new HttpResponse(status, List.copyOf(all), body);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The head as it goes on the wire, with Content-Length and the Connection decision. */
    public HttpMessage head(boolean keepAlive) {
        List<HttpMessage.Header> all = new ArrayList<>(headers);
        all.add(new HttpMessage.Header("Content-Length", Integer.toString(body.length)));
        all.add(new HttpMessage.Header("Connection", keepAlive ? "keep-alive" : "close"));
        return new HttpMessage("HTTP/1.1 " + status + " " + reason(status), List.copyOf(all));
    }

    byte[] toBytes(boolean keepAlive) {
        byte[] head = head(keepAlive).toWire().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 411 -> "Length Required";
            case 413 -> "Payload Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
