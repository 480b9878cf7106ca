package dev.wstutor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The request options of every command that opens a connection: extra headers, Origin, subprotocols. */
final class HeaderOptions {
    @Option(names = {"-H", "--header"}, paramLabel = "'Name: value'", description = "an extra request header (repeat for several)")
    List<String> headers = new ArrayList<>();

    @Option(names = {"-o", "--origin"}, paramLabel = "O", description = "the Origin header, as a browser sends it")
    String origin;

    @Option(names = {"-s", "--subprotocol"}, paramLabel = "P", description = "a subprotocol to offer (repeat for several)")
    List<String> subprotocols = new ArrayList<>();

    @Option(names = "--auth", paramLabel = "USER:PASSWORD",
            description = {"HTTP Basic authentication: sends 'Authorization: Basic' with USER:PASSWORD in base64",
                    "(readable by anyone on the path: use wss:// beyond your own machine);",
                    "connect --socketio: the Socket.IO auth payload instead, a JSON object, e.g. '{\"token\":\"abc\"}'"})
    String auth;

    /** Hands the --auth value over to be read another way (connect --socketio's auth payload) and sends no Basic header. */
    String takeAuth() {
        String a = auth;
        auth = null;
        return a;
    }

    /** The headers in the order given; a malformed one is a usage error. */
    Map<String, String> map() {
        Map<String, String> out = new LinkedHashMap<>();
        if (auth != null) {
            noLineBreak("--auth", auth);
            if (auth.indexOf(':') < 0) {
                throw UserError.usage("--auth '" + auth + "' has no colon: write it as USER:PASSWORD");
            }
            // RFC 7617: user-id ":" password, in UTF-8, then base64.
            out.put("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(auth.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (origin != null) {
            noLineBreak("--origin", origin);
            out.put("Origin", origin);
        }
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon <= 0 || h.substring(0, colon).isBlank() || !h.substring(0, colon).trim().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw UserError.usage("-H '" + h + "' is not a header: write it as 'Name: value'");
            }
            noLineBreak("-H", h);
            out.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
        }
        subprotocols.forEach(p -> noLineBreak("--subprotocol", p));
        return out;
    }

    /** A CR or LF would end the header and let the value write headers of its own (request splitting). */
    private static void noLineBreak(String option, String value) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw UserError.usage(option + " value holds a line break (CR or LF): a header value must be one line");
        }
    }

    List<String> subprotocols() {
        return List.copyOf(subprotocols);
    }
}
