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
            out.put("Origin", origin);
        }
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon <= 0 || h.substring(0, colon).isBlank() || !h.substring(0, colon).trim().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw UserError.usage("-H '" + h + "' is not a header: write it as 'Name: value'");
            }
            out.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
        }
        return out;
    }

    List<String> subprotocols() {
        return List.copyOf(subprotocols);
    }
}
