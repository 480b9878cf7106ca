package dev.wstutor.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Says so when a server listens beyond this machine: anyone on the network can then connect to it. */
final class Exposure {
    private Exposure() {
    }

    /** One line for a non-loopback listening address (0.0.0.0, a LAN address), or empty for 127.0.0.1 / ::1 / localhost. */
    static Optional<String> warning(String host) {
        try {
            InetAddress a = InetAddress.getByName(host);
            if (a.isLoopbackAddress()) {
                return Optional.empty();
            }
            String where = a.isAnyLocalAddress() ? "every network interface" : host;
            return Optional.of("listening on " + where + ": reachable from the network, not only this machine"
                    + " (anyone who can reach it may connect; --host 127.0.0.1 keeps it local)");
        } catch (UnknownHostException e) {
            return Optional.empty(); // binding fails next and says why
        }
    }
}
