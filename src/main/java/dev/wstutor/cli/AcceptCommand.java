package dev.wstutor.cli;

import dev.wstutor.view.AcceptView;
import dev.wstutor.view.Style;
import dev.wstutor.wire.AcceptKey;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wstutor accept KEY}: the Sec-WebSocket-Accept a server must answer with, step by step. A key that is
 * not base64 of 16 bytes still derives (the math works on any string, and a server does exactly that math),
 * with a warning on stderr, because a learner checking a hand-made or truncated key still wants the steps.
 */
@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Derive Sec-WebSocket-Accept from a Sec-WebSocket-Key, step by step (RFC 6455 4.2.2).",
                "Example: wstutor accept dGhlIHNhbXBsZSBub25jZQ=="})
final class AcceptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KEY", description = "the Sec-WebSocket-Key value the client sent")
    String key;

    @Option(names = "--check", paramLabel = "ACCEPT",
            description = "a captured Sec-WebSocket-Accept to compare with; exit 1 when it does not match")
    String captured;

    @Override
    public Integer call() {
        // Whitespace around a header value is not part of it (RFC 9110 5.5), so a pasted " key " means "key".
        String k = key.strip();
        String problem = AcceptKey.keyProblem(k);
        if (problem != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("wstutor: warning: the key " + problem + "; RFC 6455 4.1 item 7 wants base64 of 16 random bytes"
                    + " (24 characters ending in ==); deriving anyway, as a server would");
            err.flush();
        }
        AcceptKey.Derivation d = AcceptKey.derive(k);
        PrintWriter out = spec.commandLine().getOut();
        new AcceptView(Style.detect(false)).render(d, captured).forEach(out::println);
        out.flush();
        return captured == null || AcceptView.matches(d, captured) ? ExitCode.OK : ExitCode.FAILED;
    }
}
