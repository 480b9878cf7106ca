package dev.wstutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.socketio.Transport;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of {@code connect --socketio}: which namespace, with what auth payload, over which transports.
 * Each one is checked before anything is dialled, so a mistake is a usage error (exit 2) in one line.
 */
final class SocketIoOptions {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--socketio", description = "speak Socket.IO (Engine.IO v4, Socket.IO v5) to a socket.io 4.x server:"
            + " URL http://host:port (path /socket.io/ unless given)")
    boolean enabled;

    @Option(names = "--namespace", paramLabel = "NSP", defaultValue = "/",
            description = "with --socketio: the namespace to connect to (default: ${DEFAULT-VALUE})")
    String namespace = "/";

    /** The Socket.IO auth payload: connect's one --auth option (HeaderOptions), read as JSON with --socketio. */
    String auth;

    @Option(names = "--transports", paramLabel = "polling,websocket", defaultValue = "polling,websocket",
            description = "with --socketio: transports in the order tried; polling,websocket upgrades as the official"
                    + " client does (default: ${DEFAULT-VALUE})")
    String transports = "polling,websocket";

    /** The namespace, with its leading '/'. */
    String namespace() {
        String n = namespace.trim();
        if (!n.startsWith("/")) {
            n = "/" + n;
        }
        if (n.contains(",") || n.contains(" ")) {
            throw UserError.usage("--namespace '" + namespace + "' may not contain ',' or spaces: use e.g. --namespace /admin");
        }
        return n;
    }

    /** The auth payload, or null when none was given; socket.io wants a JSON object there. */
    JsonNode auth() {
        if (auth == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(auth);
        } catch (JsonProcessingException e) {
            throw UserError.usage("--auth is not valid JSON (" + e.getOriginalMessage() + "): write an object, e.g. --auth '{\"token\":\"abc\"}'");
        }
        if (node == null || !node.isObject()) {
            throw UserError.usage("--auth must be a JSON object, e.g. --auth '{\"token\":\"abc\"}' (socket.io refuses any other payload)");
        }
        return node;
    }

    List<Transport> transports() {
        List<Transport> out = new ArrayList<>();
        for (String name : transports.split(",")) {
            Transport t = Transport.byName(name.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> UserError.usage(
                    "--transports '" + transports + "': '" + name.trim() + "' is not a transport; use polling, websocket or polling,websocket"));
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The Engine.IO endpoint as an http:// URL. http://, ws:// and a bare host:port are accepted; a URL without
     * a path gets socket.io's default path /socket.io/. Unlike socket.io-client, the URL's path is the
     * Engine.IO path, never the namespace (that is --namespace).
     */
    static URI endpoint(String text) {
        String t = text.trim();
        URI uri;
        try {
            uri = new URI(t.contains("://") ? t : "http://" + t);
        } catch (URISyntaxException e) {
            throw new UserError("'" + text + "' is not a valid URL: " + e.getReason() + "; use http://host:port");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("wss")) {
            throw new UserError("'" + text + "': connect --socketio speaks plain http:// and ws:// only (no TLS)");
        }
        if (!scheme.equals("http") && !scheme.equals("ws")) {
            throw new UserError("'" + text + "' is not a Socket.IO URL: use http://host:port (or ws://host:port)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new UserError("'" + text + "' has no host" + (uri.getRawAuthority() != null ? " (or the port is not a number)" : "")
                    + ": use http://host:port");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/") ? "/socket.io/"
                : uri.getRawPath().endsWith("/") ? uri.getRawPath() : uri.getRawPath() + "/";
        return URI.create("http://" + uri.getRawAuthority() + path);
    }
}
