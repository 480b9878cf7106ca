package dev.wstutor.net;

import dev.wstutor.event.WireListener;
import dev.wstutor.wire.HttpMessage;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Follows redirects answered to the opening handshake (a 3xx with a Location), as the npm ws client does with
 * {@code followRedirects}: each hop is a new connection, numbered after the last, so the tap shows every refused
 * handshake and the one that succeeded. An http(s) Location is taken as ws(s), the same server seen from HTTP.
 */
public final class Redirects {
    private Redirects() {
    }

    /**
     * @param max the most redirects followed; one more is a failure
     * @param hop told of each redirect followed: the 3xx answer and where it leads
     */
    public static TapClient connect(URI uri, TapClient.Options options, WireListener listener, TapClient.Handler handler,
                                    LongSupplier nanoClock, int max, BiConsumer<HttpMessage, URI> hop) throws ConnectFailure {
        AtomicInteger numbering = new AtomicInteger();
        URI at = uri;
        for (int followed = 0; ; followed++) {
            Attempt attempt = new Attempt(handler);
            try {
                TapClient client = TapClient.connect(at, options, listener, attempt, nanoClock, numbering::incrementAndGet);
                attempt.succeeded();
                return client;
            } catch (ConnectFailure e) {
                HttpMessage answer = e.response().filter(r -> r.status() / 100 == 3).orElse(null);
                if (answer == null || max == 0) {
                    throw e; // not a redirect, or not following any: the failure as it came
                }
                URI next = location(at, answer);
                if (followed >= max) {
                    throw new ConnectFailure("more than " + max + " redirects (the last to " + next + "); raise --max-redirects or check the server", answer);
                }
                hop.accept(answer, next);
                at = next;
            }
        }
    }

    /**
     * The handler of one attempt: a refused handshake also ends in the library's close callback (1002 "Invalid status
     * code"), which must not reach the caller as the end of the connection it got; so a close is held until the
     * attempt is known to have succeeded, and dropped if it failed.
     */
    private static final class Attempt implements TapClient.Handler {
        private final TapClient.Handler inner;
        private boolean decided;
        private Runnable heldClose;

        Attempt(TapClient.Handler inner) {
            this.inner = inner;
        }

        synchronized void succeeded() {
            decided = true;
            if (heldClose != null) {
                heldClose.run();
            }
        }

        @Override
        public void text(String text) {
            inner.text(text);
        }

        @Override
        public void binary(java.nio.ByteBuffer data) {
            inner.binary(data);
        }

        @Override
        public boolean ping(byte[] data) {
            return inner.ping(data);
        }

        @Override
        public void pong(byte[] data) {
            inner.pong(data);
        }

        @Override
        public synchronized void closed(int code, String reason, boolean byPeer) {
            if (decided) {
                inner.closed(code, reason, byPeer);
            } else {
                heldClose = () -> inner.closed(code, reason, byPeer);
            }
        }
    }

    /** Where a 3xx answer leads, resolved against the URL asked for; a 3xx without a Location is a failure. */
    public static URI location(URI from, HttpMessage answer) throws ConnectFailure {
        String location = answer.header("Location").orElseThrow(() -> new ConnectFailure(
                "server answered " + answer.status() + " " + answer.reason() + " without a Location header", answer)).trim();
        URI next;
        try {
            next = from.resolve(new URI(location));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new ConnectFailure("server redirected to '" + location + "', which is not a URL", answer);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(java.util.Locale.ROOT);
        String ws = switch (scheme) {
            case "http", "ws" -> "ws";
            case "https", "wss" -> "wss";
            default -> throw new ConnectFailure("server redirected to '" + location + "', which is not a ws:// or http:// URL", answer);
        };
        String path = next.getRawPath() == null || next.getRawPath().isEmpty() ? "/" : next.getRawPath();
        try {
            return new URI(ws + "://" + next.getRawAuthority() + path + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        } catch (java.net.URISyntaxException e) {
            throw new ConnectFailure("server redirected to '" + location + "', which is not a URL", answer);
        }
    }
}
