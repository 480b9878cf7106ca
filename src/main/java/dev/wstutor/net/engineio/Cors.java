package dev.wstutor.net.engineio;

import dev.wstutor.net.http.HttpRequest;
import dev.wstutor.net.http.HttpResponse;
import dev.wstutor.wire.HttpMessage.Header;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-origin headers, so that a page served from another local port may poll (the reference server with
 * {@code cors: {origin: true, credentials: true}}): the request's Origin is echoed and credentials allowed; a
 * preflight OPTIONS is answered 204.
 */
public final class Cors {
    private Cors() {
    }

    public static HttpResponse apply(HttpRequest request, HttpResponse response) {
        return response.withHeaders(headers(request));
    }

    static List<Header> headers(HttpRequest request) {
        List<Header> out = new ArrayList<>();
        request.header("Origin").ifPresent(origin -> {
            out.add(new Header("Access-Control-Allow-Origin", origin));
            out.add(new Header("Vary", "Origin"));
            out.add(new Header("Access-Control-Allow-Credentials", "true"));
        });
        return out;
    }

    public static boolean isPreflight(HttpRequest request) {
        return request.method().equals("OPTIONS");
    }

    public static HttpResponse preflight(HttpRequest request) {
        List<Header> out = new ArrayList<>(headers(request));
        out.add(new Header("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE"));
        request.header("Access-Control-Request-Headers").ifPresent(h -> {
            out.add(new Header("Access-Control-Allow-Headers", h));
            out.add(new Header("Vary", "Access-Control-Request-Headers"));
        });
        return new HttpResponse(204, List.copyOf(out), new byte[0]);
    }
}
