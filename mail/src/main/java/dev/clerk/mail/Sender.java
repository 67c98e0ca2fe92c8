package dev.clerk.mail;

import dev.clerk.model.SmtpSecurity;
import dev.clerk.model.SmtpSettings;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends a plan's messages over one SMTP connection, reconnecting once when the server drops it, and logs each
 * recipient as soon as the server has accepted the message for it.
 */
final class Sender {
    private static final int TIMEOUT_MILLIS = 60_000;

    private final PacketMailer mailer;
    private final SmtpAccess access;
    private final SendLog log;
    private final Session session;
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
    private final String fingerprint;
    private SMTPTransport transport;

    private Sender(PacketMailer mailer, SmtpAccess access, SendLog log) {
        this.mailer = mailer;
        this.access = access;
        this.log = log;
        this.session = Session.getInstance(properties(access));
        this.fingerprint = mailer.fingerprint();
    }

    static SendReport send(PacketMailer mailer, SendPlan plan, SmtpAccess access, SendLog log) {
        Sender s = new Sender(mailer, access, log);
        for (Recipient r : mailer.recipients()) {
            s.outcomes.put(r.key(), null);
        }
        for (Outcome o : plan.skipped()) {
            s.outcomes.put(o.recipient().key(), o);
        }
        try {
            s.run(plan.messages());
        } finally {
            s.disconnect();
        }
        List<Outcome> all = new ArrayList<>();
        for (Outcome o : s.outcomes.values()) {
            if (o != null) {
                all.add(o);
            }
        }
        return new SendReport(all);
    }

    /** Session properties: timeouts, TLS as configured, certificates and host names always checked. */
    static Properties properties(SmtpAccess access) {
        SmtpSettings s = access.settings();
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", Integer.toString(s.port()));
        p.put("mail.smtp.auth", Boolean.toString(s.authenticates()));
        p.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        p.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        p.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        p.put("mail.smtp.sendpartial", "true");
        p.put("mail.smtp.localhost", "localhost");
        if (s.security() == SmtpSecurity.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        } else if (s.security() == SmtpSecurity.SSL) {
            p.put("mail.smtp.ssl.enable", "true");
        }
        if (s.security() != SmtpSecurity.NONE) {
            p.put("mail.smtp.ssl.checkserveridentity", "true");
            if (access.sockets() != null) {
                p.put("mail.smtp.ssl.socketFactory", access.sockets());
            }
        }
        return p;
    }

    /** Why connecting failed, and whether that lasts until something is changed. */
    private record Failure(String why, boolean lasting) {
        Failure after(String what) {
            return new Failure(what + why, lasting);
        }
    }

    private void run(List<Outgoing> messages) {
        Failure failure = connect();
        if (failure != null) {
            notSent(messages, 0, failure);
            return;
        }
        for (int i = 0; i < messages.size(); i++) {
            Outgoing o = messages.get(i);
            if (!transport.isConnected()) {
                disconnect();
                failure = connect();
                if (failure != null) {
                    notSent(messages, i, failure.after("the connection was lost, and reconnecting failed: "));
                    return;
                }
            }
            boolean dropped = sendOne(o);
            if (dropped) {
                disconnect();
                failure = connect();
                if (failure != null) {
                    notSent(messages, i + 1, failure.after("the connection was lost, and reconnecting failed: "));
                    return;
                }
            }
        }
    }

    /** Sends one message; returns whether the connection was lost. */
    private boolean sendOne(Outgoing o) {
        MimeMessage message;
        try {
            message = mailer.mime(session, o, false);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the message " + o.messageId(), e);
        }
        Address[] to = o.recipients().stream().map(r -> Addresses.internet(null, r.address())).toArray(Address[]::new);
        try {
            transport.sendMessage(message, to);
            String reply = reply();
            for (Recipient r : o.recipients()) {
                sent(r, o, reply);
            }
            return false;
        } catch (SendFailedException e) {
            String reply = reply();
            boolean lost = !transport.isConnected();
            String why = (lost ? "the connection was lost before the server accepted the message: " : "") + clean(e);
            Map<String, String> refusals = refusals(e);
            for (Recipient r : o.recipients()) {
                String key = r.key();
                if (contains(e.getValidSentAddresses(), key)) {
                    sent(r, o, reply);
                } else if (contains(e.getInvalidAddresses(), key)) {
                    outcomes.put(key, new Outcome(r, Outcome.Status.REFUSED, redact(refusals.getOrDefault(key, clean(e)))));
                } else if (refusals.containsKey(key)) {
                    // A 4xx to this address ("451 try again later"): not an invalid address, and worth another run.
                    outcomes.put(key, new Outcome(r, Outcome.Status.NOT_SENT, redact(refusals.get(key)), false));
                } else {
                    int code = lost ? -1 : replyCode(e);
                    String answer = code >= 400 ? reply(e) : why;
                    outcomes.put(key, new Outcome(r, Outcome.Status.NOT_SENT, redact(answer), code >= 500));
                }
            }
            return lost;
        } catch (MessagingException | IllegalStateException e) {
            for (Recipient r : o.recipients()) {
                outcomes.put(r.key(), new Outcome(r, Outcome.Status.NOT_SENT,
                        "the connection was lost before the server accepted the message: " + clean(e)));
            }
            return true;
        }
    }

    private void sent(Recipient r, Outgoing o, String reply) {
        PacketMailer.Event event = o.event();
        SendLog.Entry entry = new SendLog.Entry(mailer.meetingKey(), mailer.what().key(), r.address(), o.messageId(),
                mailer.clock().instant(), reply, event == null ? -1 : event.calendar().sequence(),
                event == null ? null : event.fingerprint(), fingerprint);
        try {
            log.append(entry);
        } catch (IOException e) {
            // The server has the message but the log does not: stop before sending more, so the log stays exact.
            throw new UncheckedIOException(log.file() + ": cannot record that " + r.address()
                    + " was sent the message (" + e.getMessage() + "); add this line by hand before sending again: "
                    + entry.line(), e);
        }
        outcomes.put(r.key(), new Outcome(r, Outcome.Status.SENT, reply));
    }

    /** The SMTP reply code in an exception's chain (the server's answer to DATA, say), or -1. */
    private static int replyCode(MessagingException e) {
        for (Exception next = e; next != null;
             next = next instanceof MessagingException me ? me.getNextException() : null) {
            if (next instanceof org.eclipse.angus.mail.smtp.SMTPSendFailedException f) {
                return f.getReturnCode();
            }
            if (next instanceof SMTPAddressFailedException f) {
                return f.getReturnCode();
            }
        }
        return -1;
    }

    /** The server's reply in an exception's chain, without Jakarta Mail's words around it. */
    private static String reply(MessagingException e) {
        for (Exception next = e; next != null;
             next = next instanceof MessagingException me ? me.getNextException() : null) {
            if (next instanceof org.eclipse.angus.mail.smtp.SMTPSendFailedException f && f.getMessage() != null) {
                return Addresses.oneLine(f.getMessage().strip());
            }
        }
        return clean(e);
    }

    private String reply() {
        String r = transport.getLastServerResponse();
        return r == null ? "" : r.strip();
    }

    private static Map<String, String> refusals(SendFailedException e) {
        Map<String, String> m = new HashMap<>();
        for (Exception next = e.getNextException(); next != null;
             next = next instanceof MessagingException me ? me.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException f) {
                m.put(f.getAddress().getAddress().toLowerCase(Locale.ROOT), clean(f));
            }
        }
        return m;
    }

    private static boolean contains(Address[] addresses, String key) {
        if (addresses == null) {
            return false;
        }
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia && ia.getAddress().toLowerCase(Locale.ROOT).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Connects and logs in; returns why it failed, or null. */
    private Failure connect() {
        SmtpSettings s = access.settings();
        String where = s.host() + ":" + s.port();
        if (s.security() == SmtpSecurity.NONE) {
            try {
                if (!InetAddress.getByName(s.host()).isLoopbackAddress()) {
                    return new Failure("security 'none' is allowed only to this machine, and " + s.host() + " is not",
                            true);
                }
            } catch (UnknownHostException e) {
                return new Failure("cannot find " + s.host(), false);
            }
        }
        try {
            transport = (SMTPTransport) session.getTransport("smtp");
            transport.connect(s.host(), s.port(), s.user(), access.password());
            return null;
        } catch (AuthenticationFailedException e) {
            return new Failure("the server " + where + " refused the login for '" + s.user() + "': " + redact(clean(e))
                    + "; check the user and the password", true);
        } catch (MessagingException e) {
            if (untrusted(e)) {
                return new Failure("the server " + where + " showed a certificate that no authority this computer"
                        + " trusts has signed; if your organisation signs its own, name that authority's certificate"
                        + " (a .pem file in the committee folder) in email.smtp.trust", true);
            }
            return new Failure("cannot connect to " + where + ": " + redact(clean(e)), false);
        }
    }

    private void disconnect() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | IllegalStateException e) {
                // Already gone: nothing to close.
            }
            transport = null;
        }
    }

    /** Whether the TLS handshake failed because no trusted authority vouches for the server's certificate. */
    private static boolean untrusted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.security.cert.CertPathValidatorException
                    || t instanceof java.security.cert.CertPathBuilderException) {
                return true;
            }
        }
        return false;
    }

    private void notSent(List<Outgoing> messages, int from, Failure failure) {
        for (Outgoing o : messages.subList(from, messages.size())) {
            for (Recipient r : o.recipients()) {
                outcomes.put(r.key(), new Outcome(r, Outcome.Status.NOT_SENT, redact(failure.why()), failure.lasting()));
            }
        }
    }

    /** The text with the password, should a server ever echo it, masked. */
    private String redact(String text) {
        String password = access.password();
        return password == null || password.isEmpty() ? text : text.replace(password, "****");
    }

    /** An exception's message with its causes, on one line, never the password. */
    private static String clean(Exception e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        while (t != null && sb.length() < 400) {
            String m = t instanceof java.net.UnknownHostException u ? "no such host " + u.getMessage()
                    : t instanceof java.net.ConnectException c ? "connection refused" : t.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m.strip()) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m.strip());
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        String s = Addresses.oneLine(sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString());
        return s == null ? "" : s;
    }
}
