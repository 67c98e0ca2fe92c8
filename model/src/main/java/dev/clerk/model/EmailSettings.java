package dev.clerk.model;

import java.util.Objects;

/**
 * How the body's mail is sent: who it is from, where replies go, the server, and how large an attachment may be.
 *
 * @param from            the sender; the body's name is shown when it has no name
 * @param replyTo         where replies go, or null for the sender
 * @param smtp            the mail server, or null when mail is only written out ({@code clerk send --dry-run})
 * @param maxAttachmentMB the largest attachment sent, in megabytes (MiB); 10 when not given
 */
public record EmailSettings(MailAddress from, MailAddress replyTo, SmtpSettings smtp, Integer maxAttachmentMB) {
    /** The largest {@code maxAttachmentMB} accepted; the schema says the same. */
    public static final int MAX_ATTACHMENT_MB = 1024;

    /** The attachment limit when the settings give none, in megabytes. */
    public static final int DEFAULT_MAX_ATTACHMENT_MB = 10;

    public EmailSettings {
        Objects.requireNonNull(from, "from");
        maxAttachmentMB = maxAttachmentMB == null ? DEFAULT_MAX_ATTACHMENT_MB : maxAttachmentMB;
        if (maxAttachmentMB < 1) {
            throw new IllegalArgumentException("maxAttachmentMB: must be at least 1, was " + maxAttachmentMB);
        }
        Checks.upTo(maxAttachmentMB, MAX_ATTACHMENT_MB, "maxAttachmentMB");
    }

    /** The attachment limit in bytes. */
    public long maxAttachmentBytes() {
        return maxAttachmentMB * 1024L * 1024L;
    }
}
