package dev.wstutor.net;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which servers a wss:// client trusts: those the JDK's trust store vouches for (the default), those whose
 * certificate chain leads to the certificates of a PEM file (--ca, for a self-signed local server), or any
 * (--insecure: no certificate or host name check; the bytes are still encrypted, but anyone in the middle could
 * read them).
 */
public final class TlsTrust {
    private final SSLSocketFactory factory;
    private final boolean checksHost;
    private final String description;

    private TlsTrust(SSLSocketFactory factory, boolean checksHost, String description) {
        this.factory = factory;
        this.checksHost = checksHost;
        this.description = description;
    }

    public static TlsTrust system() {
        return new TlsTrust((SSLSocketFactory) SSLSocketFactory.getDefault(), true, "the JDK's trust store");
    }

    /** Trusts exactly the certificates in the PEM file (a CA, or the server's own self-signed certificate). */
    public static TlsTrust ca(Path pem) throws TlsSetupException {
        List<X509Certificate> certs = Pem.certificates(pem);
        try {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            for (int i = 0; i < certs.size(); i++) {
                ks.setCertificateEntry("ca" + i, certs.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return new TlsTrust(ctx.getSocketFactory(), true, pem.toString());
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsSetupException("cannot trust the certificates in " + pem + ": " + e.getMessage());
        }
    }

    public static TlsTrust insecure() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new TrustAll()}, null);
            return new TlsTrust(ctx.getSocketFactory(), false, "any certificate (--insecure)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has TLS", e);
        }
    }

    SSLSocketFactory factory() {
        return factory;
    }

    /** Whether the certificate must name the host of the URL (RFC 6125, as HTTPS does). */
    boolean checksHost() {
        return checksHost;
    }

    @Override
    public String toString() {
        return description;
    }

    /**
     * One line for a TLS failure with {@code where}, saying what to do; null when {@code failure} is not one.
     * Never the JDK's own text alone: "PKIX path building failed" tells a learner nothing.
     */
    public static String describe(Throwable failure, String where) {
        boolean tls = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException) {
                tls = true;
            }
            String m = String.valueOf(t.getMessage());
            if (t instanceof CertificateException || m.contains("PKIX") || m.contains("certification path")) {
                if (m.contains("subject alternative") || m.contains("No name matching")) {
                    return "TLS with " + where + " failed: its certificate is not for this host name (" + firstLine(m)
                            + "); connect by a name it lists, or use --insecure to skip the check";
                }
                if (m.contains("expired") || m.contains("NotAfter") || m.contains("not yet valid")) {
                    return "TLS with " + where + " failed: its certificate is expired or not yet valid; use --insecure to skip the check";
                }
                return "TLS with " + where + " failed: its certificate is not trusted (self-signed?); "
                        + "pass the server's certificate or CA with --ca FILE (PEM), or use --insecure to skip the check";
            }
        }
        if (!tls) {
            return null;
        }
        String m = firstLine(String.valueOf(failure.getMessage()));
        if (m.contains("plaintext") || m.contains("Unsupported or unrecognized SSL message")) {
            return "TLS with " + where + " failed: it does not speak TLS; for a plain server use ws://";
        }
        return "TLS with " + where + " failed: " + m + "; is it a wss:// server?";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Accepts every certificate: for --insecure only. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
