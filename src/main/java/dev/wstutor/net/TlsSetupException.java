package dev.wstutor.net;

import java.io.IOException;

/** TLS could not be set up (a certificate or key file unreadable, keytool missing); the message is one line for the user. */
public final class TlsSetupException extends IOException {
    public TlsSetupException(String message) {
        super(message);
    }
}
