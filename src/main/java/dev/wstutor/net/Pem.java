package dev.wstutor.net;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * PEM files (RFC 7468): certificates in, certificates and PKCS#8 keys out. Keys are read only as unencrypted
 * PKCS#8 ({@code BEGIN PRIVATE KEY}) of type RSA or EC, the form {@code openssl genpkey} writes; other forms are
 * refused with the command that converts them.
 */
final class Pem {
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC");

    private Pem() {
    }

    static List<X509Certificate> certificates(Path file) throws TlsSetupException {
        byte[] bytes = read(file, "certificate");
        try {
            List<X509Certificate> certs = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new TlsSetupException(file + " holds no certificate: expected PEM (-----BEGIN CERTIFICATE-----)");
            }
            return certs;
        } catch (CertificateException e) {
            throw new TlsSetupException(file + " is not a PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
    }

    static PrivateKey privateKey(Path file) throws TlsSetupException {
        String text = new String(read(file, "key"), StandardCharsets.US_ASCII);
        if (text.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
            throw new TlsSetupException(file + " is encrypted; decrypt it: openssl pkcs8 -in " + file + " -out key.pem");
        }
        if (text.contains("BEGIN RSA PRIVATE KEY") || text.contains("BEGIN EC PRIVATE KEY")) {
            throw new TlsSetupException(file + " is not PKCS#8; convert it: openssl pkcs8 -topk8 -nocrypt -in " + file + " -out key.pem");
        }
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = text.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new TlsSetupException(file + " holds no PKCS#8 private key (-----BEGIN PRIVATE KEY-----)");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(text.substring(begin + 27, end));
        } catch (IllegalArgumentException e) {
            throw new TlsSetupException(file + ": the private key is not valid base64");
        }
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // try the next key type
            }
        }
        throw new TlsSetupException(file + ": not an RSA or EC private key (the key types wstutor accepts)");
    }

    static String certificate(X509Certificate cert) {
        try {
            return block("CERTIFICATE", cert.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the JDK made cannot be encoded", e);
        }
    }

    static String privateKey(PrivateKey key) {
        return block("PRIVATE KEY", key.getEncoded());
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] read(Path file, String what) throws TlsSetupException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TlsSetupException("no " + what + " file " + file);
        } catch (IOException e) {
            throw new TlsSetupException("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
    }
}
