package dev.clerk.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The mail server that sends the body's mail. The password is never part of the settings: it comes from the
 * {@code CLERK_SMTP_PASSWORD} environment variable or from {@code passwordFile}.
 *
 * @param host         the server's host name or address
 * @param port         the port; 587 for starttls, 465 for ssl, 25 for none when not given
 * @param security     starttls (the default), ssl, or none (loopback addresses only)
 * @param user         the login name, or null when the server needs none
 * @param passwordFile a file holding the password, relative to the committee folder or absolute, or null
 * @param trust        a PEM file, in the committee folder, of the certificate authority (or authorities) that signed
 *                     the server's certificate, trusted instead of the system's; null to trust the system's
 */
public record SmtpSettings(String host, Integer port, SmtpSecurity security, String user, String passwordFile,
                           String trust) {
    private static final Pattern HOST = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$");

    public SmtpSettings {
        host = Checks.required(host, "host");
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("host: '" + host + "' is not a host name such as smtp.example.org");
        }
        security = security == null ? SmtpSecurity.STARTTLS : security;
        port = port == null ? security.defaultPort() : port;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port: must be between 1 and 65535, was " + port);
        }
        if (security == SmtpSecurity.NONE && !isLoopback(host)) {
            throw new IllegalArgumentException("security: 'none' sends mail and password unencrypted; it is allowed"
                    + " only to a server on this machine (localhost, 127.0.0.1, ::1), not to '" + host + "'");
        }
        user = Checks.optional(user);
        passwordFile = Checks.optional(passwordFile);
        trust = Checks.optional(trust);
        if (trust != null && security == SmtpSecurity.NONE) {
            throw new IllegalArgumentException("trust: a certificate is used only with security starttls or ssl,"
                    + " not 'none'");
        }
        if (passwordFile != null && user == null) {
            throw new IllegalArgumentException("passwordFile: a password needs a user; add 'user'");
        }
    }

    /** Whether {@code host} names this machine without a name lookup: localhost, 127.0.0.0/8 or ::1. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");
    }

    /** Whether the server asks for a login. */
    public boolean authenticates() {
        return user != null;
    }
}
