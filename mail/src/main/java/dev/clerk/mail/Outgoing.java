package dev.clerk.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Properties;

/** One message of a mailing, ready to be sent or written out as an {@code .eml} file. */
public final class Outgoing {
    private final PacketMailer mailer;
    private final List<Recipient> recipients;
    private final String messageId;
    private final PacketMailer.Event event;
    private final String fileName;
    private final boolean updated;

    Outgoing(PacketMailer mailer, List<Recipient> recipients, String messageId, PacketMailer.Event event, String fileName,
             boolean updated) {
        this.updated = updated;
        this.mailer = mailer;
        this.recipients = List.copyOf(recipients);
        this.messageId = messageId;
        this.event = event;
        this.fileName = fileName;
    }

    /** Who it goes to. */
    public List<Recipient> recipients() {
        return recipients;
    }

    /** Its Message-ID, made from the meeting, the document and the recipient. */
    public String messageId() {
        return messageId;
    }

    /** A file name for it: {@code 2017-05-22-packet-saerom.choi@example.org.eml}. */
    public String fileName() {
        return fileName;
    }

    /** Whether it replaces a different version sent earlier; its subject then starts "Updated: ". */
    public boolean updated() {
        return updated;
    }

    PacketMailer.Event event() {
        return event;
    }

    /** Writes the message as an {@code .eml} file (RFC 5322), Bcc header included when sent in Bcc. */
    public void writeTo(OutputStream out) throws IOException {
        try {
            mailer.mime(Session.getInstance(new Properties()), this, true).writeTo(out);
        } catch (MessagingException e) {
            throw new IOException("cannot write the message " + messageId + ": " + e.getMessage(), e);
        }
    }
}
