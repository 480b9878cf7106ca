package dev.wstutor.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.wstutor.event.Direction;
import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireEvent;
import dev.wstutor.net.TapClient;
import dev.wstutor.net.TapServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stream of events, delivered at the same time by a WebSocket push and by HTTP polling at several
 * intervals, each measured as it happens: requests made, bytes on the wire with every header (HTTP heads and
 * the WebSocket handshake included; TCP/IP headers are the same kind of cost for both and left out), and the
 * delay from an event to its delivery. Everything runs on 127.0.0.1: a Java-WebSocket server and client through
 * the byte tap, and the JDK's HTTP server with a client that counts its bytes.
 */
public final class PushVersusPolling {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    /**
     * @param events how many events the stream has
     * @param minGap the shortest time between two events; each gap is drawn between this and {@code maxGap}
     * @param pollIntervals one poller per interval
     */
    public record Plan(int events, Duration minGap, Duration maxGap, List<Duration> pollIntervals) {
        public Plan {
            if (events < 1 || minGap.isNegative() || maxGap.compareTo(minGap) < 0 || pollIntervals.isEmpty()
                    || pollIntervals.stream().anyMatch(d -> d.toMillis() < 1)) {
                throw new IllegalArgumentException("a plan needs events, gaps with min <= max, and poll intervals of 1 ms or more");
            }
            pollIntervals = List.copyOf(pollIntervals);
        }
    }

    /**
     * How one way of delivery did.
     *
     * @param interval the polling interval, or null for the WebSocket push
     * @param requests HTTP requests made (for the push: its one upgrade request)
     * @param emptyAnswers polls answered with no news
     * @param bytes bytes on the wire both ways, every header included
     */
    public record Delivery(Duration interval, int requests, int emptyAnswers, long bytes, int delivered,
                           Duration meanDelay, Duration maxDelay) {
        public boolean isPush() {
            return interval == null;
        }
    }

    /** The figures of one run: the push first, then one per polling interval in the plan's order. */
    public record Result(int events, Duration streamTime, long payloadBytes, Delivery push, List<Delivery> polls) {
    }

    private record Published(int id, long nanos, String json) {
    }

    private final Plan plan;
    private final RandomGenerator random;
    private final List<Published> published = new ArrayList<>();

    private PushVersusPolling(Plan plan, RandomGenerator random) {
        this.plan = plan;
        this.random = random;
    }

    /** Runs the stream once and measures every delivery; takes about the stream's length plus the longest interval. */
    public static Result measure(Plan plan, RandomGenerator random) throws IOException, InterruptedException {
        return new PushVersusPolling(plan, random).run();
    }

    private Result run() throws IOException, InterruptedException {
        EventLog serverLog = new EventLog();
        EventLog clientLog = new EventLog();
        Map<Integer, Long> pushed = new ConcurrentHashMap<>();
        CountDownLatch pushDone = new CountDownLatch(plan.events());
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(1 + plan.pollIntervals().size(), r -> {
            Thread t = new Thread(r, "push-vs-polling");
            t.setDaemon(true);
            return t;
        });
        ExecutorService httpThreads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "polling-server");
            t.setDaemon(true);
            return t;
        });
        // The JDK server writes an answer's head and body in two writes; with Nagle's algorithm on, the body
        // waits for the ACK of the head, which the client delays by ~40 ms (measured here: 43 ms a poll, 2-5 ms
        // without). Servers in production turn Nagle off; so does this one, or polling would be charged for a
        // JDK default. The property is read once, when the JDK's HTTP server is first used in this JVM.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/events", this::answerPoll);
        http.setExecutor(httpThreads);
        http.start();
        TapServer ws = TapServer.start(TapServer.Config.loopback(), serverLog, new TapServer.Handler() { }, System::nanoTime);
        TapClient client = null;
        List<Poller> pollers = new ArrayList<>();
        try {
            client = TapClient.connect(URI.create(ws.url() + "events"), TapClient.Options.defaults(), clientLog,
                    new TapClient.Handler() {
                        @Override
                        public void text(String text) {
                            long now = System.nanoTime();
                            for (int id : ids(text)) {
                                if (pushed.putIfAbsent(id, now) == null) {
                                    pushDone.countDown();
                                }
                            }
                        }
                    }, System::nanoTime);
            int streamFrom = warmUp(ws, clientLog, serverLog, http.getAddress());
            long start = System.nanoTime();
            for (Duration interval : plan.pollIntervals()) {
                Poller p = new Poller(interval, new CountingHttpClient(http.getAddress(), "wstutor-poller"));
                pollers.add(p);
                clock.scheduleAtFixedRate(p::poll, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
            }
            long at = 0;
            for (int id = 1; id <= plan.events(); id++) {
                at += gap();
                int n = id;
                clock.schedule(() -> publish(n, ws), at, TimeUnit.NANOSECONDS);
            }
            Duration budget = Duration.ofNanos(at).plus(longest()).plus(WAIT);
            if (!pushDone.await(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the WebSocket client received " + pushed.size() + " of " + plan.events() + " events");
            }
            for (Poller p : pollers) {
                if (!p.done.await(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("polling every " + p.interval.toMillis() + " ms got " + p.delivered.size()
                            + " of " + plan.events() + " events" + (p.failure == null ? "" : ": " + p.failure));
                }
            }
            long streamNanos = lastPublished() - start;
            long payload;
            synchronized (published) {
                payload = published.stream().mapToLong(e -> e.json().getBytes(StandardCharsets.UTF_8).length).sum();
            }
            int connection = serverLog.all(WireEvent.Opened.class, o -> true).get(0).connection();
            long wsBytes = serverLog.all(WireEvent.HandshakeSeen.class, h -> h.connection() == connection).stream()
                    .mapToLong(h -> h.raw().length()).sum()
                    + serverLog.all(streamFrom, WireEvent.FrameSeen.class, f -> f.connection() == connection).stream()
                            .mapToLong(f -> f.frame().raw().length).sum();
            Delivery push = delivery(null, 1, 0, wsBytes, pushed);
            List<Delivery> polls = new ArrayList<>();
            for (Poller p : pollers) {
                polls.add(delivery(p.interval, p.http.requests(), p.empty.get(),
                        p.http.bytesSent() + p.http.bytesReceived(), p.delivered));
            }
            return new Result(plan.events(), Duration.ofNanos(streamNanos), payload, push, polls);
        } finally {
            clock.shutdownNow();
            for (Poller p : pollers) {
                p.http.close();
            }
            if (client != null) {
                client.close();
            }
            ws.stop(500);
            http.stop(0);
            httpThreads.shutdownNow();
        }
    }

    /**
     * One answer from each server before the clock starts, so that loading classes and a first connection's
     * costs are not charged to whichever way happens to go first. Returns where the stream begins in the log.
     */
    private static int warmUp(TapServer ws, EventLog clientLog, EventLog serverLog, InetSocketAddress http)
            throws IOException, InterruptedException {
        try (CountingHttpClient warm = new CountingHttpClient(http, "wstutor-warm-up")) {
            warm.get("/events?after=0");
        }
        int from = clientLog.size();
        ws.broadcast("{}");
        clientLog.await(from, WireEvent.FrameSeen.class, f -> f.direction() == Direction.IN, WAIT)
                .orElseThrow(() -> new IllegalStateException("the WebSocket client received nothing"));
        return serverLog.size();
    }

    private long gap() {
        long min = plan.minGap().toNanos();
        long max = plan.maxGap().toNanos();
        return max == min ? min : min + random.nextLong(max - min);
    }

    private Duration longest() {
        return plan.pollIntervals().stream().max(Duration::compareTo).orElseThrow();
    }

    private Delivery delivery(Duration interval, int requests, int empty, long bytes, Map<Integer, Long> received) {
        long total = 0;
        long max = 0;
        synchronized (published) {
            for (Published e : published) {
                Long at = received.get(e.id());
                if (at != null) {
                    long delay = Math.max(0, at - e.nanos());
                    total += delay;
                    max = Math.max(max, delay);
                }
            }
        }
        int n = received.size();
        return new Delivery(interval, requests, empty, bytes, n, Duration.ofNanos(n == 0 ? 0 : total / n), Duration.ofNanos(max));
    }

    /** An event happens: it is kept for the pollers and pushed to the WebSocket client at once. */
    private void publish(int id, TapServer ws) {
        String json = String.format(Locale.ROOT, "{\"id\":%d,\"symbol\":\"ACME\",\"price\":%.2f}", id,
                100 + random.nextInt(2000) / 100.0);
        synchronized (published) {
            published.add(new Published(id, System.nanoTime(), json));
        }
        ws.broadcast(json);
    }

    private long lastPublished() {
        synchronized (published) {
            return published.get(published.size() - 1).nanos();
        }
    }

    /** GET /events?after=N: every event with a higher id, as a JSON array; "[]" when there is no news. */
    private void answerPoll(HttpExchange exchange) throws IOException {
        try (exchange) {
            int after = 0;
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && query.startsWith("after=")) {
                try {
                    after = Integer.parseInt(query.substring(6));
                } catch (NumberFormatException e) {
                    after = 0;
                }
            }
            StringBuilder body = new StringBuilder("[");
            synchronized (published) {
                for (Published e : published) {
                    if (e.id() > after) {
                        body.append(body.length() > 1 ? "," : "").append(e.json());
                    }
                }
            }
            byte[] bytes = body.append(']').toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static List<Integer> ids(String json) {
        List<Integer> ids = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            ids.add(Integer.parseInt(m.group(1)));
        }
        return ids;
    }

    /** One client asking every {@code interval} for what happened since the last event it saw. */
    private final class Poller {
        final Duration interval;
        final CountingHttpClient http;
        final Map<Integer, Long> delivered = new ConcurrentHashMap<>();
        final AtomicInteger empty = new AtomicInteger();
        final CountDownLatch done = new CountDownLatch(1);
        volatile String failure;
        private int last;

        Poller(Duration interval, CountingHttpClient http) {
            this.interval = interval;
            this.http = http;
        }

        /** Runs on the clock's thread at each tick; after the last event it stops asking. */
        void poll() {
            if (done.getCount() == 0) {
                return;
            }
            try {
                CountingHttpClient.Response r = http.get("/events?after=" + last);
                long now = System.nanoTime();
                List<Integer> got = ids(r.body());
                if (got.isEmpty()) {
                    empty.incrementAndGet();
                }
                for (int id : got) {
                    delivered.putIfAbsent(id, now);
                    last = Math.max(last, id);
                }
                if (delivered.size() >= plan.events()) {
                    done.countDown();
                }
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            }
        }
    }
}
