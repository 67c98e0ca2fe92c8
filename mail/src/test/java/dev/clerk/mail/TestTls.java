package dev.clerk.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed test certificate for 127.0.0.1 and localhost, made with the JDK's keytool, and the trust store a
 * client needs to accept it. Product code never trusts it: tests hand it to {@link SmtpAccess#trusting(KeyStore)}.
 */
final class TestTls {
    static final String PASSWORD = "changeit";
    private static Path keyStoreFile;

    private TestTls() {
    }

    /** The PKCS#12 key store of the test server (made once per test run). */
    static synchronized Path keyStoreFile() {
        if (keyStoreFile == null) {
            try {
                Path dir = Files.createTempDirectory("clerk-tls");
                Path file = dir.resolve("server.p12");
                String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
                Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "server", "-keyalg", "RSA",
                        "-keysize", "2048", "-validity", "3650", "-dname", "CN=localhost, O=Clerk tests",
                        "-ext", "san=dns:localhost,ip:127.0.0.1", "-keystore", file.toString(), "-storetype", "PKCS12",
                        "-storepass", PASSWORD, "-keypass", PASSWORD)).redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes());
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                keyStoreFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return keyStoreFile;
    }

    static KeyStore keyStore() {
        try (InputStream in = Files.newInputStream(keyStoreFile())) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD.toCharArray());
            return ks;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A trust store holding only the test server's certificate. */
    static KeyStore trustStore() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("clerk-test-server", keyStore().getCertificate("server"));
            return trust;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server side of TLS, for the stub server. */
    static SSLContext serverContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore(), PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
