package dev.clerk.model;

/** How the connection to the mail server is protected. */
public enum SmtpSecurity implements Named {
    /** Plain connection upgraded with STARTTLS before anything is sent; refused if the server cannot (port 587). */
    STARTTLS(587),
    /** TLS from the first byte (port 465). */
    SSL(465),
    /** No encryption: allowed only to a server on this machine (a loopback address). */
    NONE(25);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The usual port for this kind of connection. */
    public int defaultPort() {
        return defaultPort;
    }

    @Override
    public String key() {
        return Named.keyOf(this);
    }

    @Override
    public String toString() {
        return key();
    }
}
