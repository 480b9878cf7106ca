package dev.wstutor.check;

import dev.wstutor.net.RawSession;
import dev.wstutor.wire.HttpMessage;
import java.io.IOException;
import java.util.List;

/** The opening handshake: 101, Upgrade, Connection and the Sec-WebSocket-Accept derived from our key (RFC 6455 4.1). */
public record Handshake() implements CheckCase {
    @Override
    public String name() {
        return "handshake";
    }

    @Override
    public String summary() {
        return "answers the opening handshake with 101, Upgrade, Connection and the right Sec-WebSocket-Accept";
    }

    @Override
    public Outcome run(Target target) throws IOException {
        try (RawSession s = target.openAny()) {
            List<String> problems = s.problems();
            if (!problems.isEmpty()) {
                HttpMessage r = s.response();
                String hint = r.status() == 200 ? " (a plain HTTP server, not a WebSocket endpoint)"
                        : r.status() == 404 ? " (not a WebSocket endpoint at this path)" : "";
                return Outcome.fail(String.join("; ", problems) + hint);
            }
            return Outcome.pass("101 Switching Protocols, Sec-WebSocket-Accept " + s.response().header("Sec-WebSocket-Accept").orElse("")
                    + " matches the key");
        }
    }
}
