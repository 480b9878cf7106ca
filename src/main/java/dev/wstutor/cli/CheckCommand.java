package dev.wstutor.cli;

import dev.wstutor.check.CheckCase;
import dev.wstutor.check.Checker;
import dev.wstutor.check.Target;
import dev.wstutor.event.WireListener;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.Detail;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Printable;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wstutor check URL}: proof of life for a WebSocket server, reported like a test runner. Exit 0 only
 * when no case failed.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Test a WebSocket server, one line per case like a test runner.",
                "Cases: the handshake, echoes, ping, a 64 KiB message,",
                "fragments, the close handshake, and its answers to an unmasked frame",
                "(closing, with 1002 or by dropping TCP) and to invalid UTF-8 (1007).",
                "Cases that need an echo server are",
                "skipped, and said so, when it does not echo. Exit 0 when all passed."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "ws://host:port/path or wss://... of the server to test (--ca, --insecure)")
    String url;

    @Option(names = "--case", paramLabel = "NAME", split = ",", description = "run only these cases (repeat or comma-separate); --list names them")
    List<String> cases = new ArrayList<>();

    @Option(names = "--list", description = "list the cases and exit")
    boolean list;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "3000", description = "longest wait for any answer (default: ${DEFAULT-VALUE})")
    long timeoutMs;

    @Mixin
    HeaderOptions request;

    @Mixin
    TlsOptions tls;

    @Option(names = "--frames", paramLabel = "none|summary|normal|full", defaultValue = "none",
            description = "also show the frames each case exchanged (default: ${DEFAULT-VALUE})")
    Detail frames;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Style style = Style.detect(false);
        if (list) {
            for (CheckCase c : Checker.ALL) {
                out.printf("%-14s %s%n", c.name(), c.summary());
            }
            return ExitCode.OK;
        }
        URI uri = Urls.websocket(url);
        if (timeoutMs < 1) {
            throw UserError.usage("--timeout must be positive");
        }
        List<CheckCase> selected = select();
        LineSink sink = LineSink.of(out);
        EventPrinter printer = frames == Detail.NONE ? null
                : EventPrinter.start(sink, new dev.wstutor.view.EventText(style, frames));
        WireListener listener = printer == null ? WireListener.NONE : printer;
        Target target = new Target(uri, request.map(), Duration.ofMillis(timeoutMs), listener, System::nanoTime)
                .withTrust(tls.trust());
        int width = selected.stream().mapToInt(c -> c.name().length()).max().orElse(10);
        out.println("checking " + Printable.of(String.valueOf(uri)));
        Checker.Report report = Checker.run(target, selected, new Checker.Progress() {
            @Override
            public void started(CheckCase c) {
                if (printer != null) {
                    // with frames shown, say whose frames follow
                    out.println(style.bold("── " + (c == null ? "echo probe: does the server echo?" : c.name() + ": " + c.summary())));
                    out.flush();
                }
            }

            @Override
            public void finished(Checker.Result r) {
                if (printer != null) {
                    printer.flush(Duration.ofSeconds(2));
                }
                String verdict = switch (r.outcome().verdict()) {
                    case PASS -> style.green("pass");
                    case FAIL -> style.red("FAIL");
                    case SKIP -> style.yellow("skip");
                };
                out.println("  " + verdict + "  " + String.format("%-" + width + "s", r.check().name()) + "  " + Printable.of(r.outcome().reason()));
                out.flush();
            }
        });
        if (printer != null) {
            printer.close();
        }
        out.println(report.summary());
        out.flush();
        return report.allPassed() ? ExitCode.OK : ExitCode.FAILED;
    }

    private List<CheckCase> select() {
        if (cases.isEmpty()) {
            return Checker.ALL;
        }
        Set<CheckCase> chosen = new LinkedHashSet<>();
        for (String name : cases) {
            chosen.add(Checker.named(name).orElseThrow(() -> UserError.usage("no case named '" + name + "'; cases: "
                    + Checker.ALL.stream().map(CheckCase::name).collect(Collectors.joining(", ")))));
        }
        return List.copyOf(chosen);
    }
}
