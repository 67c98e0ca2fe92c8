package dev.clerk.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Builds one MIME message: multipart/mixed holding the text and HTML bodies (multipart/alternative), the document
 * and the calendar event. Nothing in it is random: the Message-ID, the boundaries and the Date come from the
 * meeting, the recipient and the injected clock.
 */
final class Composer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);

    private Composer() {
    }

    /** What every message of a mailing shares. */
    record Parts(InternetAddress from, InternetAddress replyTo, String subject, String language, String text,
                 String html, String attachmentName, String attachmentType, byte[] attachment, String calendarName,
                 String calendar, Instant date, ZoneId zone) {
        Parts withSubject(String newSubject) {
            return new Parts(from, replyTo, newSubject, language, text, html, attachmentName, attachmentType, attachment,
                    calendarName, calendar, date, zone);
        }
    }

    /**
     * The message to {@code to} (one recipient, or the Bcc list with {@code bccHeader} when written as a draft).
     *
     * @param visibleTo the To header
     * @param bcc       the Bcc header, written only into drafts ({@code .eml}); empty for sending
     */
    static MimeMessage message(Session session, Parts parts, List<InternetAddress> visibleTo, List<InternetAddress> bcc,
                               String messageId) throws MessagingException {
        MimeMessage m = new FixedIdMessage(session, messageId);
        m.setHeader("Date", DATE.format(parts.date().atZone(parts.zone())));
        m.setFrom(parts.from());
        if (parts.replyTo() != null) {
            m.setReplyTo(new InternetAddress[] {parts.replyTo()});
        }
        m.setRecipients(MimeMessage.RecipientType.TO, visibleTo.toArray(InternetAddress[]::new));
        if (!bcc.isEmpty()) {
            m.setRecipients(MimeMessage.RecipientType.BCC, bcc.toArray(InternetAddress[]::new));
        }
        m.setSubject(parts.subject(), StandardCharsets.UTF_8.name());
        m.setHeader("Content-Language", parts.language());
        String seed = messageId;

        MimeBodyPart text = new MimeBodyPart();
        text.setText(parts.text(), StandardCharsets.UTF_8.name(), "plain");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(parts.html(), StandardCharsets.UTF_8.name(), "html");
        html.setHeader("Content-Transfer-Encoding", "quoted-printable");
        MimeMultipart alternative = new FixedBoundaryMultipart("alternative", boundary(seed, "alt"));
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);

        MimeMultipart mixed = new FixedBoundaryMultipart("mixed", boundary(seed, "mix"));
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);
        mixed.addBodyPart(bodies);
        if (parts.attachment() != null) {
            MimeBodyPart doc = new MimeBodyPart();
            doc.setDataHandler(new DataHandler(new ByteArrayDataSource(parts.attachment(), parts.attachmentType())));
            doc.setFileName(parts.attachmentName());
            doc.setDisposition(Part.ATTACHMENT);
            doc.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(doc);
        }
        if (parts.calendar() != null) {
            MimeBodyPart ics = new MimeBodyPart();
            ParameterList params = new ParameterList();
            params.set("charset", "UTF-8");
            params.set("method", "PUBLISH");
            params.set("name", parts.calendarName());
            String type = new ContentType("text", "calendar", params).toString();
            ics.setDataHandler(new DataHandler(new ByteArrayDataSource(parts.calendar().getBytes(StandardCharsets.UTF_8), type)));
            ics.setHeader("Content-Type", type);
            ics.setFileName(parts.calendarName());
            ics.setDisposition(Part.ATTACHMENT);
            ics.setHeader("Content-Transfer-Encoding", "quoted-printable");
            mixed.addBodyPart(ics);
        }
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

    /** A boundary that cannot occur in base64 or quoted-printable text (they never hold "=_"). */
    static String boundary(String seed, String kind) {
        return "=_clerk_" + kind + "_" + hash(seed, 16);
    }

    /** The first {@code hexDigits} hex digits of the SHA-256 of {@code text}. */
    static String hash(String text, int hexDigits) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message whose Message-ID is the one given, not a random one made when it is saved. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** A multipart whose boundary is given rather than made from the time and a counter. */
    private static final class FixedBoundaryMultipart extends MimeMultipart {
        FixedBoundaryMultipart(String subtype, String boundary) {
            super(subtype);
            ParameterList params = new ParameterList();
            params.set("boundary", boundary);
            contentType = new ContentType("multipart", subtype, params).toString();
        }
    }
}
