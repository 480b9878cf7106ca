package dev.wstutor.cli;

import dev.wstutor.net.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * What one client may make a server hold ({@code serve}, and the listening side of {@code inspect}), as a
 * picocli mixin. Each limit hit closes only that client and is shown in one line naming the limit and the client.
 */
public final class LimitOptions {
    @Option(names = "--max-frame", paramLabel = "BYTES", defaultValue = "1048576",
            description = "largest frame payload accepted; bigger ones are refused with close 1009 (default: ${DEFAULT-VALUE})")
    int maxFrame;

    @Option(names = "--max-message", paramLabel = "BYTES", defaultValue = "4194304",
            description = "largest message, its fragments summed; bigger ones are refused with close 1009 (default: ${DEFAULT-VALUE})")
    int maxMessage;

    @Option(names = "--max-header", paramLabel = "BYTES", defaultValue = "8192",
            description = "largest request head (request line and headers); bigger ones get 431 (default: ${DEFAULT-VALUE})")
    int maxHeader;

    @Option(names = "--handshake-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time a client has to send its whole request head (default: ${DEFAULT-VALUE})")
    int handshakeSeconds;

    @Option(names = "--max-queue", paramLabel = "BYTES", defaultValue = "16777216",
            description = "bytes waiting for one client; a client that does not read past it is closed with 1008 (default: ${DEFAULT-VALUE})")
    long maxQueue;

    @Option(names = "--max-clients", paramLabel = "N", defaultValue = "5000",
            description = "connections at once; more get 503 (default: ${DEFAULT-VALUE})")
    int maxClients;

    /** The limits, or a usage error (exit 2) naming the option that is out of range. */
    public Limits limits() {
        if (maxFrame < 1 || maxMessage < 1 || maxQueue < 1 || maxClients < 1 || handshakeSeconds < 1) {
            throw UserError.usage("--max-frame, --max-message, --max-queue, --max-clients and --handshake-timeout must be positive");
        }
        if (maxHeader < 256) {
            throw UserError.usage("--max-header must be at least 256 bytes, got " + maxHeader);
        }
        return new Limits(Duration.ofSeconds(handshakeSeconds), maxHeader, maxFrame, Math.max(maxFrame, maxMessage),
                maxQueue, maxClients);
    }
}
