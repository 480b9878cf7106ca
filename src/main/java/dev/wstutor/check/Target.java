package dev.wstutor.check;

import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.RawSession;
import dev.wstutor.net.TlsTrust;
import dev.wstutor.event.WireListener;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The server under test and how to talk to it. {@code timeout} bounds every wait, so a server that never
 * answers costs at most that long per wait, never a hang.
 */
public record Target(URI uri, Map<String, String> headers, Duration timeout, WireListener listener, LongSupplier nanoClock,
                     IntSupplier numbering, TlsTrust trust) {

    public Target(URI uri, Map<String, String> headers, Duration timeout, WireListener listener, LongSupplier nanoClock,
                  IntSupplier numbering) {
        this(uri, headers, timeout, listener, nanoClock, numbering, TlsTrust.system());
    }

    /** Connections numbered from 1 in the order the cases open them, so their frames can be told apart. */
    public Target(URI uri, Map<String, String> headers, Duration timeout, WireListener listener, LongSupplier nanoClock) {
        this(uri, headers, timeout, listener, nanoClock, new AtomicInteger()::incrementAndGet);
    }

    /** Trusting a wss:// server as {@code trust} says (--ca, --insecure). */
    public Target withTrust(TlsTrust t) {
        return new Target(uri, headers, timeout, listener, nanoClock, numbering, t);
    }

    /** A connection whatever the server answered; the handshake case judges the answer itself. */
    public RawSession openAny() throws ConnectFailure {
        return RawSession.open(uri, headers, timeout, listener, nanoClock, numbering.getAsInt(), trust);
    }

    /** A connection whose handshake the server accepted; refusals and time-outs come back as the reason. */
    public RawSession open() throws ConnectFailure {
        RawSession s = openAny();
        if (!s.problems().isEmpty()) {
            s.close();
            throw new ConnectFailure(String.join("; ", s.problems()));
        }
        return s;
    }
}
