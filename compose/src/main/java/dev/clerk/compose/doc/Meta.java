package dev.clerk.compose.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a document says about itself: the properties of a .docx, the Info and XMP of a PDF, the head of an HTML page.
 * The dates come from the model, never from the clock, so that the same input gives the same bytes.
 *
 * @param kind     minutes, agenda, task list or minutes form
 * @param title    the title a viewer shows in its title bar
 * @param subject  what it is about, in one line
 * @param author   who issues it (the staffing department, else the body)
 * @param keywords keywords, in order
 * @param language the language of the text, a BCP 47 tag
 * @param created  the creation date
 * @param modified the modification date
 * @param draft    whether the document is a draft (minutes not yet approved)
 */
public record Meta(Kind kind, String title, String subject, String author, List<String> keywords, String language,
                   LocalDate created, LocalDate modified, boolean draft) {
    /** The kinds of document Clerk composes. */
    public enum Kind {
        MINUTES, AGENDA, TASK_LIST,
        /** A minutes form: the agenda with places to type the minutes in. */
        FORM
    }

    public Meta {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
    }
}
