package dev.wstutor.check;

import dev.wstutor.net.ConnectFailure;
import dev.wstutor.net.RawSession;
import dev.wstutor.net.WireListener;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The server under test and how to talk to it. {@code timeout} bounds every wait, so a server that never
 * answers costs at most that long per wait, never a hang.
 */
public record Target(URI uri, Map<String, String> headers, Duration timeout, WireListener listener, LongSupplier nanoClock) {

    /** A connection whose handshake the server accepted; refusals and time-outs come back as the reason. */
    public RawSession open() throws ConnectFailure {
        RawSession s = RawSession.open(uri, headers, timeout, listener, nanoClock);
        if (!s.problems().isEmpty()) {
            s.close();
            throw new ConnectFailure(String.join("; ", s.problems()));
        }
        return s;
    }
}
