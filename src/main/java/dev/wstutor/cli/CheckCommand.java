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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wstutor.check.JUnitXml;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
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
                "skipped, and said so, when it does not echo. Exit 0 when all passed.",
                "For CI: --json prints one JSON object per case; --junit FILE also",
                "writes a JUnit XML report that CI servers read."})
final class CheckCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", arity = "0..1", description = "ws://host:port/path or wss://... of the server to test (--ca, --insecure; not needed with --list)")
    String url;

    @Option(names = "--json", description = "one JSON object per case on stdout (case, verdict, reason, time_ms); the other lines go to stderr")
    boolean json;

    @Option(names = "--junit", paramLabel = "FILE", description = "also write the results as JUnit XML to FILE, for a CI server to read")
    Path junit;

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

    @Mixin
    ColorOptions color;

    @Option(names = "--frames", paramLabel = "none|summary|normal|full", defaultValue = "none",
            description = "also show the frames each case exchanged (default: ${DEFAULT-VALUE})")
    Detail frames;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Style style = color.style();
        if (list) {
            for (CheckCase c : Checker.ALL) {
                if (json) {
                    ObjectNode o = JSON.createObjectNode().put("case", c.name()).put("summary", c.summary())
                            .put("needs_echo", c.needsEcho());
                    out.println(o.toString());
                } else {
                    out.printf("%-14s %s%n", c.name(), c.summary());
                }
            }
            return ExitCode.OK;
        }
        if (url == null) {
            throw UserError.usage("which server? give its URL: wstutor check ws://host:port/path (or --list for the cases)");
        }
        URI uri = Urls.websocket(url);
        if (junit != null) {
            Path dir = junit.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw UserError.usage("--junit " + junit + ": the directory " + dir + " does not exist; create it first");
            }
            if (Files.isDirectory(junit)) {
                throw UserError.usage("--junit " + junit + " is a directory; name a file, e.g. " + junit.resolve("wstutor-check.xml"));
            }
        }
        // With --json, stdout holds only the cases' objects; what a person reads goes to stderr.
        PrintWriter human = json ? spec.commandLine().getErr() : out;
        if (timeoutMs < 1) {
            throw UserError.usage("--timeout must be positive");
        }
        List<CheckCase> selected = select();
        LineSink sink = LineSink.of(human);
        EventPrinter printer = frames == Detail.NONE ? null
                : EventPrinter.start(sink, new dev.wstutor.view.EventText(style, frames));
        WireListener listener = printer == null ? WireListener.NONE : printer;
        Target target = new Target(uri, request.map(), Duration.ofMillis(timeoutMs), listener, System::nanoTime)
                .withTrust(tls.trust());
        int width = selected.stream().mapToInt(c -> c.name().length()).max().orElse(10);
        human.println("checking " + Printable.of(String.valueOf(uri)));
        Instant startedAt = Instant.now();
        List<JUnitXml.Timed> timed = new ArrayList<>();
        long[] mark = {System.nanoTime()};
        Checker.Report report = Checker.run(target, selected, new Checker.Progress() {
            @Override
            public void started(CheckCase c) {
                if (c != null) {
                    mark[0] = System.nanoTime();
                }
                if (printer != null) {
                    // with frames shown, say whose frames follow
                    human.println(style.bold("── " + (c == null ? "echo probe: does the server echo?" : c.name() + ": " + c.summary())));
                    human.flush();
                }
            }

            @Override
            public void finished(Checker.Result r) {
                long now = System.nanoTime();
                Duration took = Duration.ofNanos(now - mark[0]);
                mark[0] = now; // a skipped case took no time of its own
                timed.add(new JUnitXml.Timed(r, took));
                if (printer != null) {
                    printer.flush(Duration.ofSeconds(2));
                }
                if (json) {
                    out.println(JSON.createObjectNode().put("case", r.check().name())
                            .put("verdict", r.outcome().verdict().name().toLowerCase(Locale.ROOT))
                            .put("reason", r.outcome().reason()).put("time_ms", took.toNanos() / 1000 / 1000.0).toString());
                    out.flush();
                    return;
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
        human.println(report.summary());
        human.flush();
        if (junit != null) {
            try (OutputStream file = Files.newOutputStream(junit)) {
                JUnitXml.write("wstutor check " + uri, startedAt, timed, file);
            } catch (IOException e) {
                throw new UserError("could not write --junit " + junit + ": " + OneLineErrors.describe(e));
            }
        }
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
