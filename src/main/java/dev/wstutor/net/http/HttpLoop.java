package dev.wstutor.net.http;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.event.WireListener;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * An HTTP/1.1 and WebSocket server on one port, run by one thread over a non-blocking selector. One thread is
 * enough and keeps everything simple: a held long-poll costs a map entry, not a thread, and the sessions above need
 * no locks because every request, frame and timer of every connection runs here, one after the other. Other
 * threads (an operator console) hand work in with {@link #execute}.
 */
public final class HttpLoop implements AutoCloseable {
    private final Selector selector;
    private final ServerSocketChannel server;
    private final HttpHandler handler;
    private final Limits limits;
    private final WireListener listener;
    private final IntSupplier numbering;
    private final LongSupplier nanoClock;
    private final RequestReader reader;
    private final Set<HttpConnection> connections = new LinkedHashSet<>();
    /** Connections accepted so far; touched only by the loop's thread. */
    private long acceptedCount;
    private final Set<HttpConnection> dirty = new LinkedHashSet<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> Long.compare(a.due, b.due));
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ByteBuffer scratch = ByteBuffer.allocate(64 * 1024); // heap: the WebSocket engine reads array()
    private final Thread thread;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final long started;
    private volatile boolean running = true;

    private HttpLoop(Selector selector, ServerSocketChannel server, HttpHandler handler, Limits limits,
                     WireListener listener, IntSupplier numbering, LongSupplier nanoClock) {
        this.selector = selector;
        this.server = server;
        this.handler = handler;
        this.limits = limits;
        this.listener = listener;
        this.numbering = numbering;
        this.nanoClock = nanoClock;
        this.reader = new RequestReader(limits.maxHead(), limits.maxBody());
        this.started = nanoClock.getAsLong();
        this.thread = new Thread(this::run, "wstutor-http-loop");
        this.thread.setDaemon(true);
    }

    /** Binds and starts the loop thread. A busy port is an IOException saying so. */
    public static HttpLoop start(String host, int port, Limits limits, HttpHandler handler, WireListener listener,
                                 IntSupplier numbering, LongSupplier nanoClock) throws IOException {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IOException("unknown host " + host + " to listen on");
        }
        ServerSocketChannel server = ServerSocketChannel.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(new InetSocketAddress(address, port), 512);
            server.configureBlocking(false);
            Selector selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
            HttpLoop loop = new HttpLoop(selector, server, handler, limits, listener, numbering, nanoClock);
            loop.thread.start();
            return loop;
        } catch (BindException e) {
            server.close();
            throw new IOException(dev.wstutor.net.BindFailure.describe(e, host, port));
        } catch (IOException e) {
            server.close();
            throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("the server socket is closed", e);
        }
    }

    public int port() {
        return address().getPort();
    }

    /** Runs {@code task} on the loop thread, soon. Safe from any thread. */
    public void execute(Runnable task) {
        tasks.add(task);
        if (Thread.currentThread() != thread) {
            selector.wakeup();
        }
    }

    /** Runs {@code task} on the loop after {@code delayMs}. Loop thread only. */
    public Timer schedule(long delayMs, Runnable task) {
        Timer t = new Timer(now() + delayMs * 1_000_000L, task);
        timers.add(t);
        return t;
    }

    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    long now() {
        return nanoClock.getAsLong();
    }

    LongSupplier nanoClock() {
        return nanoClock;
    }

    Limits limits() {
        return limits;
    }

    HttpHandler handler() {
        return handler;
    }

    void dirty(HttpConnection c) {
        dirty.add(c);
    }

    void forget(HttpConnection c) {
        connections.remove(c);
        dirty.remove(c);
    }

    /** One line for the operator about a connection that broke a rule or a limit. */
    void failed(String message) {
        listener.on(new WireEvent.Failed(numbering.getAsInt(), Endpoint.SERVER, Duration.ZERO, message));
    }

    private void run() {
        schedule(1000, this::sweep);
        try {
            while (running) {
                Runnable task;
                while ((task = tasks.poll()) != null) {
                    guarded(task);
                }
                long wait = runTimers();
                flushDirty();
                if (!tasks.isEmpty()) {
                    wait = -1;
                }
                if (wait < 0) {
                    selector.selectNow();
                } else {
                    selector.select(Math.max(1, wait));
                }
                for (SelectionKey key : inOrder(selector.selectedKeys())) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        ready(key, (HttpConnection) key.attachment());
                    }
                }
                selector.selectedKeys().clear();
                flushDirty();
            }
        } catch (IOException | RuntimeException e) {
            failed("the server loop stopped: " + e);
        } finally {
            for (HttpConnection c : new ArrayList<>(connections)) {
                c.close();
            }
            try {
                server.close();
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            ended.countDown();
        }
    }

    /** Runs due timers; returns milliseconds until the next one, or 1000 when none. */
    private long runTimers() {
        long now = now();
        Timer t;
        while ((t = timers.peek()) != null && t.due <= now) {
            timers.poll();
            if (!t.cancelled) {
                guarded(t.task);
            }
            now = now();
        }
        while ((t = timers.peek()) != null && t.cancelled) {
            timers.poll();
        }
        return t == null ? 1000 : Math.max(0, (t.due - now) / 1_000_000L);
    }

    private void flushDirty() {
        while (!dirty.isEmpty()) {
            List<HttpConnection> now = new ArrayList<>(dirty);
            dirty.clear();
            for (HttpConnection c : now) {
                guarded(c::flush);
            }
        }
    }

    /** A peer that sends half a request and stops, or keeps a connection idle forever, is let go. */
    private void sweep() {
        long now = now();
        for (HttpConnection c : new ArrayList<>(connections)) {
            long age = (now - c.since) / 1_000_000L;
            if (c.partial() && age > limits.requestTimeoutMs()) {
                c.fail("did not finish its request within " + limits.requestTimeoutMs() + " ms");
            } else if (c.idle() && age > limits.idleTimeoutMs()) {
                c.close();
            }
        }
        schedule(1000, this::sweep);
    }

    /**
     * The ready keys, the listening socket's first and then connections oldest first. The selector's set has no
     * order, so two requests that arrive together (a client's GET on the connection it kept alive and its POST
     * on a new one) would otherwise be served in an order that changes from run to run; node's event loop
     * serves them as they came, and a client that sends a poll and then a close expects the poll answered first
     * (engine.io-protocol's "forcefully closes the session" failed one run in four here).
     */
    private static Iterable<SelectionKey> inOrder(Set<SelectionKey> ready) {
        if (ready.size() < 2) {
            return ready;
        }
        SelectionKey[] keys = ready.toArray(new SelectionKey[0]);
        Arrays.sort(keys, Comparator.comparingLong(HttpLoop::order));
        return Arrays.asList(keys);
    }

    private static long order(SelectionKey key) {
        return key.attachment() instanceof HttpConnection c ? c.order : -1;
    }

    private void accept() throws IOException {
        SocketChannel ch;
        while ((ch = server.accept()) != null) {
            ch.configureBlocking(false);
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
            HttpConnection c = new HttpConnection(this, ch, key, reader, ++acceptedCount);
            key.attach(c);
            connections.add(c);
        }
    }

    /** A connection the selector found ready (no lambda per event: this runs for every frame a busy server reads). */
    private void ready(SelectionKey key, HttpConnection c) {
        if (key.isWritable()) {
            try {
                c.flush();
            } catch (RuntimeException e) {
                failed("internal error: " + e);
            }
        }
        if (key.isValid() && key.isReadable()) {
            try {
                c.readable(scratch);
            } catch (RuntimeException e) {
                failed("internal error: " + e);
            }
        }
    }

    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            failed("internal error: " + e);
        }
    }

    /** Stops the loop after the tasks already handed in (say, closing every session) have run. */
    @Override
    public void close() {
        execute(() -> running = false);
        if (!inLoop()) {
            try {
                ended.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
