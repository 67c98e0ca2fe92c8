package dev.clerk.mail;

import dev.clerk.model.Body;
import dev.clerk.model.EmailSettings;
import dev.clerk.model.MailAddress;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Emails a meeting's agenda packet (or agenda, or minutes) to the body's distribution lists: one message per
 * recipient, or one message with every recipient in Bcc. Every address is checked before anything is sent; the
 * {@link SendLog} makes a second run send only to those the first did not reach.
 *
 * <pre>{@code
 * PacketMailer mailer = PacketMailer.builder(body, meeting, "2017-05-22")
 *         .what(DocumentKind.PACKET).document(Document.pdf(file, "SWTPIC-2017-05-22-packet.pdf"))
 *         .lists(List.of("members")).clock(clock).build();
 * try (SendLog log = SendLog.open(folder.resolve(SendLog.FILE_NAME))) {
 *     SendReport report = mailer.send(mailer.plan(log, false), access, log);
 * }
 * }</pre>
 */
public final class PacketMailer {
    private final Body body;
    private final Meeting meeting;
    private final String meetingKey;
    private final DocumentKind what;
    private final Document document;
    private final byte[] attachment;
    private final URI link;
    private final boolean bcc;
    private final Clock clock;
    private final List<Recipient> recipients;
    private final EmailSettings settings;
    private final InternetAddress from;

    private PacketMailer(Builder b, List<Recipient> recipients, byte[] attachment) {
        this.body = b.body.value();
        this.meeting = b.meeting;
        this.meetingKey = b.meetingKey;
        this.what = b.what;
        this.document = b.document;
        this.attachment = attachment;
        this.link = b.link;
        this.bcc = b.bcc;
        this.clock = b.clock;
        this.recipients = recipients;
        this.settings = body.email();
        MailAddress f = settings.from();
        this.from = Addresses.internet(f.name() != null ? f.name() : body.name(), f.email());
    }

    /**
     * Starts a mailing about {@code meeting}.
     *
     * @param body       the committee.yaml as read, so that a bad address is reported at its line
     * @param meetingKey the meeting's file name without extension ("2017-05-22"), which identifies it in the send log
     */
    public static Builder builder(Parsed<Body> body, Meeting meeting, String meetingKey) {
        return new Builder(body, meeting, meetingKey);
    }

    /** The options of a mailing. */
    public static final class Builder {
        private final Parsed<Body> body;
        private final Meeting meeting;
        private final String meetingKey;
        private DocumentKind what = DocumentKind.PACKET;
        private Document document;
        private URI link;
        private List<String> lists = List.of("members");
        private boolean bcc;
        private Clock clock = Clock.systemUTC();

        private Builder(Parsed<Body> body, Meeting meeting, String meetingKey) {
            this.body = Objects.requireNonNull(body, "body");
            this.meeting = Objects.requireNonNull(meeting, "meeting");
            this.meetingKey = Objects.requireNonNull(meetingKey, "meetingKey");
            if (!meetingKey.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
                throw new IllegalArgumentException("meetingKey: '" + meetingKey + "' must be letters, digits and hyphens");
            }
        }

        /** The document sent: the packet (the default), the agenda or the minutes. */
        public Builder what(DocumentKind what) {
            this.what = Objects.requireNonNull(what, "what");
            return this;
        }

        /** Attaches this document. */
        public Builder document(Document document) {
            this.document = Objects.requireNonNull(document, "document");
            return this;
        }

        /** Sends a link to the document instead of attaching it. */
        public Builder link(URI link) {
            Objects.requireNonNull(link, "link");
            String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || link.getHost() == null) {
                throw new IllegalArgumentException("link: '" + link + "' is not a web address (https://...)");
            }
            this.link = link;
            return this;
        }

        /** The distribution lists to send to, by name; "members" when not given. */
        public Builder lists(List<String> lists) {
            this.lists = List.copyOf(lists);
            if (this.lists.isEmpty()) {
                throw new IllegalArgumentException("lists: name at least one list");
            }
            return this;
        }

        /** One message with every recipient in Bcc, instead of one message each. */
        public Builder bcc(boolean bcc) {
            this.bcc = bcc;
            return this;
        }

        /** The clock that dates the messages and the calendar event. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Checks the settings, every recipient's address and the attachment's size.
         *
         * @throws InputException when the committee has no email settings, an address cannot be sent to (reported
         *                        at its roster entry), or the document is missing or over the size limit
         * @throws IOException    when the document cannot be read
         */
        public PacketMailer build() throws InputException, IOException {
            Body b = body.value();
            if (b.email() == null) {
                throw new InputException(Problem.error(body.file(), Position.FILE, "email",
                        "no email settings; add 'email:' with at least 'from:' (see the schema or 'clerk init')"));
            }
            for (String name : lists) {
                if (b.list(name).isEmpty()) {
                    throw new IllegalArgumentException("lists: no list named '" + name + "'");
                }
            }
            if ((document == null) == (link == null)) {
                throw new IllegalArgumentException("document: give either a document or a link");
            }
            List<Problem> problems = new ArrayList<>();
            checkAddress(b.email().from(), "email.from.email", problems);
            if (b.email().replyTo() != null) {
                checkAddress(b.email().replyTo(), "email.replyTo.email", problems);
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            List<Recipient> recipients = Recipients.resolve(body, lists);
            if (recipients.isEmpty()) {
                String path = "lists[" + b.lists().indexOf(b.list(lists.get(0)).orElseThrow()) + "]";
                throw new InputException(Problem.error(body.file(), body.source().valueAt(path), path,
                        "nobody is on " + (lists.size() == 1 ? "list '" + lists.get(0) + "'" : "lists " + lists)
                                + "; add roles, people, groups or external addresses"));
            }
            byte[] bytes = null;
            if (document != null) {
                String file = document.file().toString();
                long size;
                try {
                    size = Files.size(document.file());
                } catch (NoSuchFileException e) {
                    throw new InputException(Problem.error(file, Position.FILE, "", "no such file"));
                }
                if (size > b.email().maxAttachmentBytes()) {
                    throw new InputException(Problem.error(file, Position.FILE, "", String.format(Locale.US,
                            "%.1f MB is over the %d MB limit for attachments (email.maxAttachmentMB in %s);"
                                    + " put the document online and send its address with --link URL",
                            size / 1048576.0, b.email().maxAttachmentMB(), body.file())));
                }
                bytes = Files.readAllBytes(document.file());
            }
            return new PacketMailer(this, recipients, bytes);
        }

        private void checkAddress(MailAddress a, String path, List<Problem> problems) {
            Addresses.problem(a.email()).ifPresent(p -> problems.add(Problem.error(body.file(),
                    body.source().valueAt(path), path, "'" + Addresses.visible(a.email()) + "' cannot be mailed: " + p)));
        }
    }

    /** Everyone the mailing goes to, each address once, in list order. */
    public List<Recipient> recipients() {
        return recipients;
    }

    /** The subject of every message. */
    public String subject() {
        return Letter.subject(body, meeting, what);
    }

    /**
     * The messages still to send: to the recipients the log does not show as sent, or to all with {@code resend}.
     */
    public SendPlan plan(SendLog log, boolean resend) {
        List<Recipient> due = new ArrayList<>();
        List<Outcome> skipped = new ArrayList<>();
        String content = fingerprint();
        for (Recipient r : recipients) {
            Optional<SendLog.Entry> earlier = log.sent(meetingKey, what, r.address());
            if (earlier.isPresent() && !resend) {
                SendLog.Entry last = log.lastSent(meetingKey, what, r.address()).orElseThrow();
                skipped.add(new Outcome(r, Outcome.Status.ALREADY_SENT, "on " + last.time() + " as "
                        + last.messageId() + (changed(last, content) ? " " + Outcome.OUTDATED : "")));
            } else {
                due.add(r);
            }
        }
        Event event = event(log);
        List<Outgoing> messages = new ArrayList<>();
        if (bcc && !due.isEmpty()) {
            String ids = due.stream().map(Recipient::key).sorted().collect(Collectors.joining(","));
            int round = due.stream().mapToInt(r -> log.count(meetingKey, what, r.address())).max().orElse(0);
            boolean updated = due.stream().anyMatch(r -> log.lastSent(meetingKey, what, r.address())
                    .filter(e -> changed(e, content)).isPresent());
            messages.add(new Outgoing(this, due, messageId("bcc-" + Composer.hash(ids, 12), round), event,
                    meetingKey + "-" + what.key() + "-bcc.eml", updated));
        } else {
            for (Recipient r : due) {
                int round = log.count(meetingKey, what, r.address());
                boolean updated = log.lastSent(meetingKey, what, r.address()).filter(e -> changed(e, content))
                        .isPresent();
                messages.add(new Outgoing(this, List.of(r), messageId(Composer.hash(r.key(), 12), round), event,
                        meetingKey + "-" + what.key() + "-" + r.key().replaceAll("[^a-z0-9@._-]", "_") + ".eml",
                        updated));
            }
        }
        return new SendPlan(messages, skipped);
    }

    /**
     * Sends the plan's messages over SMTP, logging each accepted recipient at once. Failures do not stop the run:
     * what can be sent is sent, and the report says what became of each recipient.
     */
    public SendReport send(SendPlan plan, SmtpAccess access, SendLog log) {
        return Sender.send(this, plan, access, log);
    }

    /** Whether an earlier message carried other content than this mailing's; unknown (an old log line) is not. */
    private static boolean changed(SendLog.Entry earlier, String content) {
        return earlier.document() != null && !earlier.document().equals(content);
    }

    /**
     * A fingerprint of what every message of this mailing carries: the letter (made from the meeting file) and the
     * document's bytes, or the link. Kept in the send log, it tells a later run that a recipient's copy is out of date.
     */
    String fingerprint() {
        String carried;
        if (attachment != null) {
            try {
                carried = java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(attachment));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        } else {
            carried = "link " + link;
        }
        return Composer.hash(letter().text() + "\n" + carried, 16);
    }

    String meetingKey() {
        return meetingKey;
    }

    DocumentKind what() {
        return what;
    }

    Clock clock() {
        return clock;
    }

    private String messageId(String who, int round) {
        return "<" + meetingKey + "." + what.key() + "." + who + (round > 0 ? ".r" + round : "") + ".clerk@"
                + Addresses.domain(from.getAddress()) + ">";
    }

    /** The calendar event of this mailing and its revision, or null when the document announces no meeting. */
    record Event(CalendarEvent calendar, String fingerprint) {
    }

    private Event event(SendLog log) {
        if (!what.announcesMeeting()) {
            return null;
        }
        CalendarEvent draft = calendar(0, Instant.EPOCH);
        String fingerprint = Composer.hash(draft.text(), 16);
        int sequence = log.lastEvent(meetingKey)
                .map(e -> fingerprint.equals(e.event()) ? e.sequence() : e.sequence() + 1)
                .orElse(0);
        return new Event(calendar(sequence, clock.instant()), fingerprint);
    }

    private CalendarEvent calendar(int sequence, Instant stamp) {
        Letter letter = letter();
        LocalTime start = letter.start();
        LocalTime end = letter.end();
        LocalDateTime startAt = start == null ? null : meeting.date().atTime(start);
        LocalDateTime endAt = end == null ? null : meeting.date().atTime(end);
        if (endAt != null && startAt != null && !endAt.isAfter(startAt)) {
            endAt = endAt.plusDays(1);
        }
        String slug = (body.shortName() != null ? body.shortName() : body.name()).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return new CalendarEvent(meetingKey + "." + slug + "@" + Addresses.domain(from.getAddress()), sequence, stamp,
                meeting.date(), startAt, endAt, body.zone().orElse(null), letter.eventSummary(), letter.where(),
                letter.eventDescription(), link == null ? null : link.toString(), from.getAddress(), from.getPersonal());
    }

    private Letter letter() {
        String signature = settings.from().name() != null ? settings.from().name()
                : body.department() != null ? body.department() : body.name();
        return new Letter(body, meeting, what, document == null ? null : document.fileName(),
                link == null ? null : link.toString(), what.announcesMeeting(), Addresses.oneLine(signature));
    }

    /** The parts every message of the mailing shares. */
    Composer.Parts parts(Event event) {
        Letter letter = letter();
        String subject = subject();
        MailAddress r = settings.replyTo();
        String calendarName = meetingKey + "-meeting.ics";
        return new Composer.Parts(from, r == null ? null : Addresses.internet(r.name(), r.email()), subject,
                body.language(), letter.text(), letter.html(subject, body.language()),
                document == null ? null : document.fileName(), document == null ? null : document.contentType(),
                attachment, calendarName, event == null ? null : event.calendar().text(), clock.instant(),
                body.zone().orElse(ZoneOffset.UTC));
    }

    InternetAddress from() {
        return from;
    }

    /** Builds the MIME message of one outgoing message. */
    jakarta.mail.internet.MimeMessage mime(Session session, Outgoing o, boolean draft) throws MessagingException {
        List<InternetAddress> to;
        List<InternetAddress> hidden;
        List<InternetAddress> all = o.recipients().stream().map(x -> Addresses.internet(x.name(), x.address())).toList();
        if (bcc) {
            to = List.of(from);
            hidden = draft ? all : List.of();
        } else {
            to = all;
            hidden = List.of();
        }
        Composer.Parts parts = parts(o.event());
        if (o.updated()) {
            parts = parts.withSubject(Addresses.oneLine(dev.clerk.compose.Messages.forLanguage(body.language())
                    .get("mail.subject.updated", parts.subject())));
        }
        return Composer.message(session, parts, to, hidden, o.messageId());
    }
}
