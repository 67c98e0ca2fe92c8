package dev.clerk.mail;

import dev.clerk.model.SmtpSettings;
import dev.clerk.model.io.CommitteeBoundary;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.InputFiles;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * How to reach the mail server: its settings and the password. The password never appears in
 * {@link #toString()}, in messages or in logs. Certificates are always verified, against the JDK's trusted
 * authorities unless {@link #trusting(KeyStore)} names others (a test server's certificate, a city's own CA).
 */
public final class SmtpAccess {
    /** The environment variable the password is read from when the settings name no password file. */
    public static final String PASSWORD_VARIABLE = "CLERK_SMTP_PASSWORD";

    private final SmtpSettings settings;
    private final char[] password;
    private final SSLSocketFactory sockets;

    private SmtpAccess(SmtpSettings settings, char[] password, SSLSocketFactory sockets) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.password = password;
        this.sockets = sockets;
    }

    /**
     * The access described by {@code settings}, with the password from the settings' password file (relative to
     * {@code committeeFolder}) or else from {@value #PASSWORD_VARIABLE} in {@code environment}.
     *
     * @param file the committee.yaml, named in messages
     * @throws InputException when a login is configured and no password can be found, or the file cannot be read
     */
    public static SmtpAccess of(SmtpSettings settings, Path committeeFolder, String file,
                                UnaryOperator<String> environment) throws InputException {
        SmtpAccess access = withPassword(settings, committeeFolder, file, environment);
        return settings.trust() == null ? access
                : access.trusting(trustStore(settings.trust(), committeeFolder, file));
    }

    private static SmtpAccess withPassword(SmtpSettings settings, Path committeeFolder, String file,
                                           UnaryOperator<String> environment) throws InputException {
        if (!settings.authenticates()) {
            return new SmtpAccess(settings, null, null);
        }
        if (settings.passwordFile() != null) {
            Path p = passwordFile(settings, committeeFolder, environment).orElseThrow();
            try {
                // Through the reader that takes regular files only: a pipe or /dev/zero named here must not hang send.
                String text = new String(InputFiles.read(p, InputFiles.Limit.PASSWORD_FILE), StandardCharsets.UTF_8);
                String firstLine = text.lines().findFirst().orElse("");
                if (firstLine.isEmpty()) {
                    throw new InputException(Problem.error(p.toString(), Position.FILE, "",
                            "the password file is empty; put the SMTP password on its first line"));
                }
                return new SmtpAccess(settings, firstLine.toCharArray(), null);
            } catch (InputFileException e) {
                throw new InputException(Problem.error(file, Position.FILE, "email.smtp.passwordFile",
                        e.reason() == InputFileException.Reason.MISSING
                                ? "'" + p + "' does not exist; create it holding the SMTP password, readable only by you"
                                : "'" + p + "' " + e.problem()));
            } catch (IOException e) {
                throw new InputException(Problem.error(file, Position.FILE, "email.smtp.passwordFile",
                        "'" + p + "' cannot be read: " + e.getMessage()));
            }
        }
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new InputException(Problem.error(file, Position.FILE, "email.smtp.user",
                    "the server login '" + settings.user() + "' needs a password: set " + PASSWORD_VARIABLE
                            + " in the environment, or name a file holding it in email.smtp.passwordFile"));
        }
        return new SmtpAccess(settings, fromEnvironment.toCharArray(), null);
    }

    /**
     * The certificates of {@code email.smtp.trust}, a PEM file inside the committee folder, as a trust store.
     *
     * @throws InputException when the file is outside the committee folder, missing, or holds no certificate
     */
    private static KeyStore trustStore(String declared, Path committeeFolder, String file) throws InputException {
        String field = "email.smtp.trust";
        try {
            Path p = CommitteeBoundary.of(committeeFolder, java.util.List.of()).resolve(declared);
            byte[] pem = InputFiles.read(p, InputFiles.Limit.CERTIFICATE);
            java.util.Collection<? extends java.security.cert.Certificate> certificates =
                    java.security.cert.CertificateFactory.getInstance("X.509")
                            .generateCertificates(new java.io.ByteArrayInputStream(pem));
            if (certificates.isEmpty()) {
                throw new java.security.cert.CertificateException("no certificate in it");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (java.security.cert.Certificate c : certificates) {
                store.setCertificateEntry("trust-" + i++, c);
            }
            return store;
        } catch (InputFileException e) {
            throw new InputException(Problem.error(file, Position.FILE, field,
                    e.reason() == InputFileException.Reason.MISSING ? "'" + declared + "' does not exist; save the"
                            + " certificate of the authority that signed the server's certificate there (PEM)"
                            : e.reason() == InputFileException.Reason.OUTSIDE ? "'" + declared + "' is not inside"
                            + " the committee folder; keep the certificate there, such as certs/ca.pem"
                            : "'" + declared + "' " + e.problem()));
        } catch (java.security.cert.CertificateException e) {
            throw new InputException(Problem.error(file, Position.FILE, field, "'" + declared + "' is not a"
                    + " certificate in PEM form (-----BEGIN CERTIFICATE-----); save the authority's certificate as PEM"));
        } catch (GeneralSecurityException | IOException e) {
            throw new InputException(Problem.error(file, Position.FILE, field, "'" + declared + "' cannot be used: "
                    + e.getMessage()));
        }
    }

    /** An access with this password, for callers that hold it already. */
    public static SmtpAccess of(SmtpSettings settings, char[] password) {
        return new SmtpAccess(settings, password == null ? null : password.clone(), null);
    }

    /** Whether the password file can be read by other users of this machine (a warning, not an error). */
    public static boolean readableByOthers(Path passwordFile) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(passwordFile);
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * The password file the settings name, resolved against the committee folder, and {@code ~/} against the home
     * folder: {@code HOME} in {@code environment}, as the shell would, or else the system's idea of it.
     */
    public static java.util.Optional<Path> passwordFile(SmtpSettings settings, Path committeeFolder,
                                                        UnaryOperator<String> environment) {
        return java.util.Optional.ofNullable(settings.passwordFile())
                .map(f -> committeeFolder.resolve(expandHome(f, environment)));
    }

    private static String expandHome(String path, UnaryOperator<String> environment) {
        if (path.equals("~") || path.startsWith("~/")) {
            String home = environment.apply("HOME");
            return (home == null || home.isBlank() ? System.getProperty("user.home") : home) + path.substring(1);
        }
        return path;
    }

    /**
     * The same access, verifying the server's certificate against the authorities in {@code trustStore} instead of
     * the JDK's. Host names are still checked.
     */
    public SmtpAccess trusting(KeyStore trustStore) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return new SmtpAccess(settings, password, context.getSocketFactory());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("trustStore: cannot be used: " + e.getMessage(), e);
        }
    }

    /** The server settings. */
    public SmtpSettings settings() {
        return settings;
    }

    String password() {
        return password == null ? null : new String(password);
    }

    SSLSocketFactory sockets() {
        return sockets;
    }

    @Override
    public String toString() {
        return "smtp " + settings.security() + "://" + (settings.user() == null ? "" : settings.user() + ":****@")
                + settings.host() + ":" + settings.port();
    }
}
