package dev.wstutor.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * What a wss:// server presents: its certificate chain and private key, ready as an {@link SSLContext}. Either
 * read from PEM files, or a self-signed certificate made once and kept in a directory. The JDK has no API to make
 * a certificate, so the JDK's own {@code keytool} makes it (an EC P-256 key, valid ten years, for the names
 * localhost, 127.0.0.1 and ::1), which keeps wstutor free of a crypto library for one file.
 */
public final class TlsIdentity {
    /** The self-signed key store and the certificate beside it, in PEM for clients' --ca. */
    public static final String KEY_STORE = "tls-server.p12";
    public static final String CERT_PEM = "tls-server-cert.pem";
    private static final char[] STORE_PASSWORD = "wstutor".toCharArray();
    private static final String ALIAS = "wstutor";

    private final List<X509Certificate> chain;
    private final PrivateKey key;
    private final Path certFile;
    private final boolean generated;

    private TlsIdentity(List<X509Certificate> chain, PrivateKey key, Path certFile, boolean generated) {
        this.chain = List.copyOf(chain);
        this.key = key;
        this.certFile = certFile;
        this.generated = generated;
    }

    /** A certificate chain (PEM, the server's own first) and its PKCS#8 private key (PEM, RSA or EC). */
    public static TlsIdentity fromPem(Path certFile, Path keyFile) throws TlsSetupException {
        List<X509Certificate> chain = Pem.certificates(certFile);
        PrivateKey key = Pem.privateKey(keyFile);
        if (!chain.get(0).getPublicKey().getAlgorithm().equals(key.getAlgorithm())) {
            throw new TlsSetupException(keyFile + " is an " + key.getAlgorithm() + " key but the certificate in " + certFile
                    + " holds an " + chain.get(0).getPublicKey().getAlgorithm() + " key: they are not a pair");
        }
        return new TlsIdentity(chain, key, certFile, false);
    }

    /** The self-signed certificate kept in {@code dir}, made on first use. */
    public static TlsIdentity selfSigned(Path dir) throws TlsSetupException {
        Path store = dir.resolve(KEY_STORE);
        boolean made = false;
        if (!Files.isRegularFile(store)) {
            generate(dir, store);
            made = true;
        }
        KeyStore ks;
        try (InputStream in = Files.newInputStream(store)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(in, STORE_PASSWORD);
        } catch (IOException | GeneralSecurityException e) {
            throw new TlsSetupException("cannot read " + store + " (" + e.getMessage() + "); delete it and wstutor makes a new one");
        }
        try {
            List<X509Certificate> chain = new ArrayList<>();
            Certificate[] certs = ks.getCertificateChain(ALIAS);
            PrivateKey key = (PrivateKey) ks.getKey(ALIAS, STORE_PASSWORD);
            if (certs == null || key == null) {
                throw new TlsSetupException(store + " holds no key '" + ALIAS + "'; delete it and wstutor makes a new one");
            }
            for (Certificate c : certs) {
                chain.add((X509Certificate) c);
            }
            Path pem = dir.resolve(CERT_PEM);
            if (made || !Files.isRegularFile(pem)) {
                writeAtomically(pem, Pem.certificate(chain.get(0)));
            }
            return new TlsIdentity(chain, key, pem, made);
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException("cannot read the key in " + store + " (" + e.getMessage() + "); delete it and wstutor makes a new one");
        } catch (IOException e) {
            throw new TlsSetupException("cannot write " + dir.resolve(CERT_PEM) + ": " + e.getMessage());
        }
    }

    private static void generate(Path dir, Path store) throws TlsSetupException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new TlsSetupException("no keytool in " + keytool.getParent() + " to make a certificate; use --cert FILE --key FILE");
        }
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = dir.resolve(KEY_STORE + ".new");
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new TlsSetupException("cannot create " + dir + " for the certificate (" + e.getMessage()
                    + "); set WSTUTOR_HOME to a writable directory, or use --cert FILE --key FILE");
        }
        String password = new String(STORE_PASSWORD);
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "3650",
                "-dname", "CN=wstutor local server", "-ext", "SAN=dns:localhost,ip:127.0.0.1,ip:0:0:0:0:0:0:0:1",
                "-keystore", temp.toString(), "-storetype", "PKCS12", "-storepass", password, "-keypass", password);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                String said = new String(output, StandardCharsets.UTF_8).strip().replace('\n', ' ');
                throw new TlsSetupException("keytool could not make a certificate: " + said);
            }
            Files.move(temp, store, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TlsSetupException("interrupted while making a certificate");
        } catch (IOException e) {
            throw new TlsSetupException("cannot make a certificate in " + dir + ": " + e.getMessage());
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(temp, text, StandardCharsets.US_ASCII);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A server-side TLS context presenting this identity. */
    public SSLContext context() throws TlsSetupException {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, key, STORE_PASSWORD, chain.toArray(new Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, STORE_PASSWORD);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsSetupException("cannot use this certificate and key for TLS: " + e.getMessage());
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public PrivateKey key() {
        return key;
    }

    /** Where the certificate is, in PEM: what a client passes as its CA. */
    public Path certificateFile() {
        return certFile;
    }

    /** Whether this run made the certificate (first use). */
    public boolean generated() {
        return generated;
    }

    /** SHA-256 of the certificate's DER bytes, as "AB:CD:...", the form browsers and openssl show. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
            return java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The certificate as PEM text. */
    public String certificatePem() {
        return Pem.certificate(certificate());
    }

    /** The private key as PKCS#8 PEM text (for tests that hand it to another server). */
    public String keyPem() {
        return Pem.privateKey(key);
    }
}
