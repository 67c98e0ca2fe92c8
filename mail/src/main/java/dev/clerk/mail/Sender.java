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
    private SMTPTransport transport;

    private Sender(PacketMailer mailer, SmtpAccess access, SendLog log) {
        this.mailer = mailer;
        this.access = access;
        this.log = log;
        this.session = Session.getInstance(properties(access));
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

    private void run(List<Outgoing> messages) {
        String failure = connect();
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
                    notSent(messages, i, "the connection was lost, and reconnecting failed: " + failure);
                    return;
                }
            }
            boolean dropped = sendOne(o);
            if (dropped) {
                disconnect();
                failure = connect();
                if (failure != null) {
                    notSent(messages, i + 1, "the connection was lost, and reconnecting failed: " + failure);
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
                } else {
                    outcomes.put(key, new Outcome(r, Outcome.Status.NOT_SENT, redact(why)));
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
                event == null ? null : event.fingerprint());
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
    private String connect() {
        SmtpSettings s = access.settings();
        String where = s.host() + ":" + s.port();
        if (s.security() == SmtpSecurity.NONE) {
            try {
                if (!InetAddress.getByName(s.host()).isLoopbackAddress()) {
                    return "security 'none' is allowed only to this machine, and " + s.host() + " is not";
                }
            } catch (UnknownHostException e) {
                return "cannot find " + s.host();
            }
        }
        try {
            transport = (SMTPTransport) session.getTransport("smtp");
            transport.connect(s.host(), s.port(), s.user(), access.password());
            return null;
        } catch (AuthenticationFailedException e) {
            return "the server " + where + " refused the login for '" + s.user() + "': " + redact(clean(e))
                    + "; check the user and the password";
        } catch (MessagingException e) {
            return "cannot connect to " + where + ": " + redact(clean(e));
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

    private void notSent(List<Outgoing> messages, int from, String why) {
        for (Outgoing o : messages.subList(from, messages.size())) {
            for (Recipient r : o.recipients()) {
                outcomes.put(r.key(), new Outcome(r, Outcome.Status.NOT_SENT, redact(why)));
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
