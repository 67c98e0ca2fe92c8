package dev.clerk.mail;

import dev.clerk.model.Named;

/** Which document of a meeting is sent. */
public enum DocumentKind implements Named {
    /** The agenda packet: agenda, draft minutes, task list and supporting documents. */
    PACKET("Agenda packet", "the agenda packet"),
    /** The agenda alone. */
    AGENDA("Agenda", "the agenda"),
    /** The minutes of the meeting. */
    MINUTES("Minutes", "the minutes");

    private final String title;
    private final String phrase;

    DocumentKind(String title, String phrase) {
        this.title = title;
        this.phrase = phrase;
    }

    /** The word that heads the subject: "Agenda packet". */
    public String title() {
        return title;
    }

    /** The document in a sentence: "the agenda packet". */
    String phrase() {
        return phrase;
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
