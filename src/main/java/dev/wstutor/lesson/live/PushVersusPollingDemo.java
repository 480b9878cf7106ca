package dev.wstutor.lesson.live;

import dev.wstutor.lesson.Demo;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.lesson.MarkdownRenderer;
import dev.wstutor.live.PushVersusPolling;
import dev.wstutor.view.Style;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same stream of events delivered by WebSocket push and by HTTP polling, measured on this run: a table of
 * the figures and a sentence reading them. The sentence is content: the lesson file's {@code reading:} argument,
 * with {@code {push.bytes}}, {@code {fast.requests}}, {@code {slow.delay}} and the like filled in from the
 * measurement ({@code fast} is the shorter polling interval, {@code slow} the longer). Other arguments:
 * {@code events}, {@code gap} (milliseconds between events, {@code MIN-MAX}), {@code polls} (two intervals in
 * milliseconds, separated by |).
 */
public final class PushVersusPollingDemo implements Demo {
    @Override
    public String name() {
        return "push-vs-polling";
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        int events = Integer.parseInt(ctx.arg("events", "10").strip());
        String[] gap = ctx.arg("gap", "100-300").strip().split("-");
        List<Duration> polls = Arrays.stream(ctx.arg("polls", "250 | 1000").split("\\|"))
                .map(s -> Duration.ofMillis(Long.parseLong(s.strip()))).sorted().toList();
        if (polls.size() != 2) {
            throw new IllegalArgumentException("push-vs-polling compares two polling intervals, got " + polls.size());
        }
        Style style = ctx.style();
        ctx.out().println(style.dim("Measuring: " + events + " events, " + gap[0] + "-" + gap[1]
                + " ms apart, pushed over a WebSocket and polled every " + millis(polls.get(0)) + " and every "
                + millis(polls.get(1)) + ", all at once on 127.0.0.1 ..."));
        ctx.out().flush();
        PushVersusPolling.Result r = PushVersusPolling.measure(new PushVersusPolling.Plan(events,
                Duration.ofMillis(Long.parseLong(gap[0].strip())), Duration.ofMillis(Long.parseLong(gap[1].strip())),
                polls), new SecureRandom());
        String head = String.format("  %-22s %8s %6s %14s %11s %12s", "", "requests", "empty", "bytes on wire",
                "mean delay", "worst delay");
        ctx.out().println(style.bold(head));
        row(ctx, "WebSocket push", r.push());
        for (PushVersusPolling.Delivery d : r.polls()) {
            row(ctx, "polling every " + millis(d.interval()), d);
        }
        ctx.out().println(style.dim(String.format(Locale.ROOT, "  (%d events with %d bytes of JSON in all, over %.1f s; "
                + "bytes count HTTP heads and the WebSocket handshake, not TCP/IP headers)", r.events(),
                r.payloadBytes(), r.streamTime().toMillis() / 1000.0)));
        String reading = ctx.arg("reading", "");
        if (!reading.isBlank()) {
            ctx.out().println();
            new MarkdownRenderer(style, ctx.width()).renderText(fill(reading, figures(r)), "", "")
                    .forEach(ctx.out()::println);
        }
    }

    private static void row(DemoContext ctx, String name, PushVersusPolling.Delivery d) {
        ctx.out().println(String.format(Locale.ROOT, "  %-22s %8d %6s %14s %11s %12s", name, d.requests(),
                d.isPush() ? "-" : String.valueOf(d.emptyAnswers()), String.format(Locale.ROOT, "%,d", d.bytes()),
                delay(d.meanDelay()), delay(d.maxDelay())));
    }

    /** The placeholders a reading sentence may use, each filled from this run. */
    static Map<String, String> figures(PushVersusPolling.Result r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("events", String.valueOf(r.events()));
        f.put("seconds", String.format(Locale.ROOT, "%.1f", r.streamTime().toMillis() / 1000.0));
        List<String> names = new ArrayList<>(List.of("push", "fast", "slow"));
        List<PushVersusPolling.Delivery> all = new ArrayList<>(List.of(r.push()));
        all.addAll(r.polls());
        for (int i = 0; i < all.size() && i < names.size(); i++) {
            PushVersusPolling.Delivery d = all.get(i);
            String n = names.get(i);
            f.put(n + ".requests", String.valueOf(d.requests()));
            f.put(n + ".empty", String.valueOf(d.emptyAnswers()));
            f.put(n + ".bytes", String.format(Locale.ROOT, "%,d", d.bytes()));
            f.put(n + ".delay", delay(d.meanDelay()));
            f.put(n + ".worst", delay(d.maxDelay()));
            f.put(n + ".times", String.format(Locale.ROOT, "%.1f", (double) d.bytes() / Math.max(1, r.push().bytes())));
            if (!d.isPush()) {
                f.put(n + ".interval", millis(d.interval()));
            }
        }
        return f;
    }

    static String fill(String template, Map<String, String> figures) {
        String out = template;
        for (Map.Entry<String, String> e : figures.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    private static String millis(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String delay(Duration d) {
        double ms = d.toNanos() / 1e6;
        return ms < 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
