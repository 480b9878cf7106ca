package dev.wstutor.cli;

import dev.wstutor.net.TlsSetupException;
import dev.wstutor.net.TlsTrust;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a command that dials a wss:// server decides whether to trust it. */
final class TlsOptions {
    @Option(names = "--ca", paramLabel = "FILE",
            description = "wss://: trust servers whose certificate chains to the certificates in FILE (PEM), "
                    + "e.g. the tls-server-cert.pem of 'wstutor serve --tls'")
    Path ca;

    @Option(names = "--insecure",
            description = "wss://: accept any certificate and host name (still encrypted, but not authenticated)")
    boolean insecure;

    /** The JDK's trust store unless --ca or --insecure says otherwise; both at once is a usage error. */
    TlsTrust trust() {
        if (ca != null && insecure) {
            throw UserError.usage("--ca and --insecure contradict each other: --ca checks the certificate, --insecure skips the check");
        }
        if (insecure) {
            return TlsTrust.insecure();
        }
        if (ca == null) {
            return TlsTrust.system();
        }
        try {
            return TlsTrust.ca(ca);
        } catch (TlsSetupException e) {
            throw UserError.usage(e.getMessage());
        }
    }
}
