package be.smartcredit.hub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed certificates made for one test run with the JDK's {@code keytool}: a server's (issued for
 * 127.0.0.1 and localhost unless told otherwise) or a client's, each usable as a PKCS#12 key store, as PEM files
 * for a {@code spring.ssl.bundle.pem} bundle, or as the identity of a loopback TLS server.
 */
public final class TestCertificates {

    public static final String PASSWORD = "test-store";

    private TestCertificates() {
    }

    /** A key pair and self-signed certificate for {@code CN=name}, valid for the given subject alternative names. */
    public static Identity issue(Path folder, String name, String subjectAlternativeNames) {
        Path store = folder.resolve(name + ".p12");
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "SAN=" + subjectAlternativeNames, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            return new Identity(name, store, keys, (X509Certificate) keys.getCertificate(name),
                    (PrivateKey) keys.getKey(name, PASSWORD.toCharArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + store, e);
        }
    }

    /** A certificate for this machine's loopback address, as a server on 127.0.0.1 needs. */
    public static Identity issueForLoopback(Path folder, String name) {
        return issue(folder, name, "ip:127.0.0.1,dns:localhost");
    }

    /** A key store holding only these certificates as trusted entries. */
    public static KeyStore trusting(Identity... identities) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (Identity identity : identities) {
                trust.setCertificateEntry(identity.name(), identity.certificate());
            }
            return trust;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }

    /** One certificate with its private key, and the PKCS#12 file keytool wrote them to. */
    public record Identity(String name, Path keyStoreFile, KeyStore keyStore, X509Certificate certificate,
            PrivateKey privateKey) {

        /** The certificate as a PEM file beside the key store. */
        public Path certificatePem() {
            try {
                return write(name + ".crt", "CERTIFICATE", certificate.getEncoded());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The private key as an unencrypted PKCS#8 PEM file beside the key store. */
        public Path privateKeyPem() {
            return write(name + ".key", "PRIVATE KEY", privateKey.getEncoded());
        }

        /** A TLS server context presenting this certificate and trusting the given clients' certificates. */
        public SSLContext serverContext(Identity... trustedClients) {
            try {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(keyStore, PASSWORD.toCharArray());
                TrustManagerFactory trust = TrustManagerFactory.getInstance(
                        TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trusting(trustedClients));
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(keys.getKeyManagers(), trustedClients.length == 0 ? null : trust.getTrustManagers(),
                        null);
                return context;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private Path write(String file, String type, byte[] der) {
            String pem = "-----BEGIN " + type + "-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END " + type + "-----\n";
            try {
                return Files.writeString(keyStoreFile.resolveSibling(file), pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
