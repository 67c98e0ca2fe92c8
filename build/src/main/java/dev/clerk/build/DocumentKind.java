package dev.clerk.build;

import java.util.Locale;

/**
 * A kind of document {@code clerk build} makes, independent of the library that renders it: what it is
 * (minutes, agenda, task list), of what (one meeting or the whole committee), and its file format.
 * The command line maps each kind to its renderer; {@link BuildPlan} plans only the kinds it is given.
 */
public enum DocumentKind {
    /** The minutes of a meeting that has minutes, as an accessible web page: what most people open first. */
    MINUTES_HTML(Scope.MINUTES, "minutes", "html", "Web page"),
    /** The minutes, as a tagged PDF/A. */
    MINUTES_PDF(Scope.MINUTES, "minutes", "pdf", "PDF"),
    /** The minutes, in Word. */
    MINUTES_DOCX(Scope.MINUTES, "minutes", "docx", "Word"),
    /** The agenda of a meeting, as a web page. */
    AGENDA_HTML(Scope.AGENDA, "agenda", "html", "Web page"),
    /** The agenda of a meeting, as PDF. */
    AGENDA_PDF(Scope.AGENDA, "agenda", "pdf", "PDF"),
    /** The agenda, in Word. */
    AGENDA_DOCX(Scope.AGENDA, "agenda", "docx", "Word"),
    /** The committee's open tasks, as a web page. */
    TASKS_HTML(Scope.COMMITTEE, "tasks", "html", "Web page"),
    /** The committee's open tasks, as PDF. */
    TASKS_PDF(Scope.COMMITTEE, "tasks", "pdf", "PDF"),
    /** The committee's open tasks, in Word. */
    TASKS_DOCX(Scope.COMMITTEE, "tasks", "docx", "Word"),
    /** The committee's open tasks, as Markdown text. */
    TASKS_MD(Scope.COMMITTEE, "tasks", "md", "Text"),
    /** The committee's open tasks, as CSV for a spreadsheet. */
    TASKS_CSV(Scope.COMMITTEE, "tasks", "csv", "CSV"),
    /** The agenda packet of a meeting still to come (or the newest): agenda, previous minutes, attachments. */
    PACKET_PDF(Scope.PACKET, "packet", "pdf", "PDF");

    /** What a kind of document is made for, which decides when it exists and what it depends on. */
    public enum Scope {
        /** One per meeting that has minutes; depends on the meeting and the committee file. */
        MINUTES,
        /** One per meeting; also depends on every earlier meeting (the open tasks it carries). */
        AGENDA,
        /**
         * One per meeting still to come (one without minutes) and for the newest meeting; depends on what the
         * agenda does and on the files attached to its items.
         */
        PACKET,
        /** One per committee; depends on every meeting. */
        COMMITTEE
    }

    private final Scope scope;
    private final String word;
    private final String extension;
    private final String format;

    DocumentKind(Scope scope, String word, String extension, String format) {
        this.scope = scope;
        this.word = word;
        this.extension = extension;
        this.format = format;
    }

    /** What the document is made for. */
    public Scope scope() {
        return scope;
    }

    /** The word in its file name: "minutes", "agenda", "tasks", "packet". */
    public String word() {
        return word;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format as a reader names it, for links: "PDF", "Word", "CSV", "Text". */
    public String format() {
        return format;
    }

    /** Whether the document's text is laid out with the committee's fonts (which are then inputs). */
    public boolean usesFonts() {
        return extension.equals("pdf");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
