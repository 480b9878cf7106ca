package dev.wstutor.net;

import java.net.BindException;
import java.util.Locale;

/**
 * Why a server could not listen, in one line. The JDK reports every refusal to bind as a {@link BindException};
 * its message (from the operating system) tells a port in use from an address this machine does not have and
 * from a port the user may not open, and each needs a different fix.
 */
public final class BindFailure {
    private BindFailure() {
    }

    public static String describe(BindException e, String host, int port) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("in use")) {
            return "port " + port + " on " + host + " is in use" + (port == 0 ? "" : "; try --port 0 for any free port");
        }
        if (m.contains("assign") || m.contains("not available") || m.contains("not valid")) {
            return "cannot listen on " + host + ": it is not an address of this machine; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)";
        }
        if (m.contains("permission") || m.contains("access")) {
            return "not allowed to listen on port " + port + " (ports below 1024 need administrator rights); use a higher port or --port 0";
        }
        return "cannot listen on " + host + ":" + port + ": " + e.getMessage();
    }
}
