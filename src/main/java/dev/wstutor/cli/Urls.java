package dev.wstutor.cli;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads a WebSocket URL from the command line, or says in one line why it is not one. */
final class Urls {
    private Urls() {
    }

    /**
     * A URL without a scheme means ws://, as in wscat: {@code 127.0.0.1:8080/chat} and {@code localhost:8080}
     * (which a URL parser would read as the scheme "localhost") both get {@code ws://} in front.
     */
    static String withScheme(String text) {
        return text.contains("://") || text.isEmpty() ? text : "ws://" + text;
    }

    /** A ws:// or wss:// URL with a host; anything else is a usage error (exit 2). */
    static URI websocket(String text) {
        URI uri;
        try {
            uri = new URI(withScheme(text.trim()));
        } catch (URISyntaxException e) {
            throw UserError.usage("'" + text + "' is not a valid URL: " + e.getReason() + "; use ws://host:port/path");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (scheme.equals("http") || scheme.equals("https")) {
            throw UserError.usage("'" + text + "' is an HTTP URL; a WebSocket URL starts with ws:// (or wss:// for TLS)");
        }
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw UserError.usage("'" + text + "' is not a WebSocket URL: use ws://host:port/path or wss://...");
        }
        if (uri.getPort() > 65535) {
            throw UserError.usage("'" + text + "' has port " + uri.getPort() + ": a port is 1-65535");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw UserError.usage("'" + text + "' has no host" + (uri.getRawAuthority() != null ? " (or the port is not a number)" : "")
                    + ": use ws://host:port/path");
        }
        return uri;
    }
}
