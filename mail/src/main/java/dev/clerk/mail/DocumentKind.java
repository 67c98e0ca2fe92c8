package dev.clerk.mail;

import dev.clerk.model.Body;
import dev.clerk.model.Named;
import java.util.Locale;

/** Which document of a meeting is sent. */
public enum DocumentKind implements Named {
    /** The agenda packet: agenda, draft minutes, task list and supporting documents. */
    PACKET("Agenda packet"),
    /** The agenda alone. */
    AGENDA("Agenda"),
    /** The minutes of the meeting. */
    MINUTES("Minutes");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    /**
     * The document's name in English, which names its attachment ({@code ...-agenda-packet.pdf}) whatever the
     * body's language; messages word it from the catalogue ({@code mail.document.*}).
     */
    public String title() {
        return title;
    }

    /**
     * The name recipients see for the attachment: the body's short name (or its name, shortened to a word list),
     * the meeting and the document, such as {@code SWTPIC-2017-05-22-agenda-packet.pdf}.
     */
    public String fileName(Body body, String meetingKey, String extension) {
        String who = body.shortName() != null ? body.shortName() : body.name();
        String clean = java.text.Normalizer.normalize(who, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        if (clean.length() > 40) {
            clean = clean.substring(0, 40).replaceAll("-[^-]*$", "");
        }
        String doc = title().toLowerCase(Locale.ROOT).replace(' ', '-');
        return (clean.isEmpty() ? "" : clean + "-") + meetingKey + "-" + doc + "." + extension;
    }

    /** Whether the message carries a calendar event: announcements of a meeting do, minutes do not. */
    boolean announcesMeeting() {
        return this != MINUTES;
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
