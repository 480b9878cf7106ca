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

    @Option(names = "--origin", paramLabel = "O", description = "the Origin header, as a browser sends it")
    String origin;

    @Option(names = "--subprotocol", paramLabel = "P", description = "a subprotocol to offer (repeat for several)")
    List<String> subprotocols = new ArrayList<>();

    /** The headers in the order given; a malformed one is a usage error. */
    Map<String, String> map() {
        Map<String, String> out = new LinkedHashMap<>();
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
