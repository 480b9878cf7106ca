package dev.wstutor.net.http;

import dev.wstutor.event.WireListener;
import dev.wstutor.net.DrivenWebSocket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * One TCP connection of the loop: HTTP/1.1 requests one at a time (keep-alive, pipelined ones wait their turn)
 * until it is upgraded, then a {@link DrivenWebSocket}. Loop thread only.
 */
final class HttpConnection {
    private final HttpLoop loop;
    private final SocketChannel channel;
    private final SelectionKey key;
    private final RequestReader reader;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
    private byte[] in = new byte[1024];
    private int inLength;
    private Exchange current;
    private byte[] upgradeBytes;
    private DrivenWebSocket ws;
    private boolean closeAfterWrite;
    private boolean closed;
    private boolean processing;
    /** While a read is being fed to the WebSocket engine: what it sends is flushed right after, not marked dirty. */
    private boolean feeding;
    /** When the first byte of a request not yet whole arrived, or when the connection last went idle. */
    long since;
    /** The how-manieth connection this loop accepted: ready connections are served oldest first. */
    final long order;

    HttpConnection(HttpLoop loop, SocketChannel channel, SelectionKey key, RequestReader reader, long order)
            throws IOException {
        this.loop = loop;
        this.order = order;
        this.channel = channel;
        this.key = key;
        this.reader = reader;
        this.local = (InetSocketAddress) channel.getLocalAddress();
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
        this.since = loop.now();
    }

    HttpLoop loop() {
        return loop;
    }

    InetSocketAddress remote() {
        return remote;
    }

    boolean isOpen() {
        return !closed;
    }

    /** Idle: no request under way, nothing owed, not a WebSocket. */
    boolean idle() {
        return ws == null && current == null && inLength == 0 && !closed;
    }

    /** A request has started to arrive but is not whole yet. */
    boolean partial() {
        return ws == null && current == null && inLength > 0 && !closed;
    }

    void readable(ByteBuffer scratch) {
        int n;
        try {
            scratch.clear();
            n = channel.read(scratch);
        } catch (IOException e) {
            n = -1;
        }
        if (n < 0) {
            peerGone();
            return;
        }
        if (n == 0) {
            return;
        }
        scratch.flip();
        if (ws != null) {
            feeding = true;
            try {
                ws.feed(scratch); // decoded at once; the engine copies what it keeps of an unfinished frame
            } finally {
                feeding = false;
            }
            // what the chunk's frames made us send goes out now, before anything a later connection's request
            // makes us send: a client sees answers in the order its messages were handled
            flush();
            return;
        }
        if (inLength == 0 && current == null) {
            since = loop.now();
        }
        append(scratch);
        if (current == null) {
            process();
        } else if (inLength > reader.maxHeadAndBody()) {
            // A client piling up pipelined requests behind a held one: it gets no more room than one request.
            fail("sent more than one request's worth of bytes while a request was pending");
        }
    }

    private void append(ByteBuffer data) {
        int need = inLength + data.remaining();
        if (need > in.length) {
            in = Arrays.copyOf(in, Math.max(need, in.length * 2));
        }
        data.get(in, inLength, data.remaining());
        inLength = need;
    }

    /** Reads and dispatches whole requests while the previous one has been answered. */
    private void process() {
        if (processing) {
            return;
        }
        processing = true;
        try {
            while (!closed && current == null && ws == null && inLength > 0) {
                RequestReader.Result result = reader.read(in, inLength);
                if (result instanceof RequestReader.Incomplete) {
                    return;
                }
                if (result instanceof RequestReader.Bad bad) {
                    inLength = 0;
                    loop.failed("refused a request: " + bad.reason() + " (HTTP " + bad.status() + ")");
                    write(HttpResponse.text(bad.status(), "text/plain; charset=UTF-8", bad.reason() + "\n").toBytes(false));
                    closeAfterWrite = true;
                    flush();
                    return;
                }
                RequestReader.Complete complete = (RequestReader.Complete) result;
                HttpRequest request = complete.request();
                if (request.isUpgrade()) {
                    upgradeBytes = Arrays.copyOf(in, inLength); // the head and any frames sent right behind it
                    inLength = 0;
                } else {
                    consume(request.bodyTooLarge() ? inLength : complete.consumed());
                }
                current = new Exchange(this, request);
                Exchange mine = current;
                try {
                    loop.handler().request(mine);
                } catch (RuntimeException e) {
                    loop.failed("internal error answering " + request.method() + " " + request.path() + ": " + e);
                    if (mine.pending()) {
                        mine.respond(HttpResponse.empty(500), true);
                    }
                }
            }
        } finally {
            processing = false;
        }
    }

    private void consume(int n) {
        System.arraycopy(in, n, in, 0, inLength - n);
        inLength -= n;
        if (in.length > 64 * 1024 && inLength < 1024) {
            in = Arrays.copyOf(in, 1024); // do not keep a large buffer for a connection that may stay idle
        }
    }

    void respond(Exchange exchange, HttpResponse response, boolean close) {
        if (closed || exchange != current) {
            return;
        }
        boolean keepAlive = !close && exchange.request().keepAlive();
        write(response.toBytes(keepAlive));
        current = null;
        upgradeBytes = null;
        since = loop.now();
        if (!keepAlive) {
            closeAfterWrite = true;
        }
        flush();
        if (!closeAfterWrite) {
            process();
        }
    }

    DrivenWebSocket upgrade(DrivenWebSocket.Handler handler, WireListener listener, IntSupplier numbering,
                            LongSupplier nanoClock) {
        current = null;
        byte[] bytes = upgradeBytes;
        upgradeBytes = null;
        ws = new DrivenWebSocket(handler, new DrivenWebSocket.Io() {
            @Override
            public void writeDemand() {
                if (!feeding) {
                    loop.dirty(HttpConnection.this);
                }
            }

            @Override
            public void finished() {
                // the engine closed the connection (after its close frame went out, or at once on a failure)
                flush();
                close();
            }

            @Override
            public InetSocketAddress local() {
                return local;
            }

            @Override
            public InetSocketAddress remote() {
                return remote;
            }
        }, listener, numbering, nanoClock, loop.limits().maxFrame());
        if (bytes != null) {
            ws.feed(ByteBuffer.wrap(bytes));
        }
        return ws;
    }

    private void write(byte[] bytes) {
        out.add(ByteBuffer.wrap(bytes));
    }

    /** Writes what is queued; whatever the socket does not take now waits for OP_WRITE. */
    void flush() {
        if (closed) {
            return;
        }
        try {
            while (!out.isEmpty()) {
                ByteBuffer b = out.peek();
                channel.write(b);
                if (b.hasRemaining()) {
                    break;
                }
                out.poll();
            }
            if (ws != null && out.isEmpty()) {
                ByteBuffer b;
                while ((b = ws.peekOut()) != null) {
                    channel.write(b);
                    if (b.hasRemaining()) {
                        break;
                    }
                    ws.written();
                }
                if (ws.queued() > loop.limits().maxQueuedWrites()) {
                    fail("does not read what it is sent (" + ws.queued() + " writes waiting)");
                    return;
                }
                if (ws.peekOut() == null) {
                    ws.drained();
                }
            }
        } catch (IOException e) {
            peerGone();
            return;
        }
        if (closed) {
            return;
        }
        boolean pending = !out.isEmpty() || (ws != null && ws.peekOut() != null);
        if (!pending && closeAfterWrite) {
            close();
            return;
        }
        if (key.isValid()) {
            key.interestOps(pending ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }
    }

    /** A limit was hit: one line says which, and only this connection goes. */
    void fail(String why) {
        loop.failed("closed a connection from " + remote.getPort() + ": it " + why);
        if (ws != null) {
            ws.abort(why);
        }
        close();
    }

    private void peerGone() {
        close(); // a WebSocket hears of it through close(): the engine reports the end of stream as close 1006
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        key.cancel();
        try {
            channel.close();
        } catch (IOException ignored) {
            // already gone
        }
        loop.forget(this);
        if (current != null) {
            Exchange e = current;
            current = null;
            e.aborted();
        }
        if (ws != null) {
            ws.endOfStream();
        }
    }
}
