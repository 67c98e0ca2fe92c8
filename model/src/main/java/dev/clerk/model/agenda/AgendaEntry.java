package dev.clerk.model.agenda;

import dev.clerk.model.Attachment;
import dev.clerk.model.ItemKind;
import dev.clerk.model.tasks.TaskEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One numbered item of an agenda, with the facts a document prints for it (documents word them).
 *
 * @param level         its depth, 0 for the top level
 * @param label         its number in the body's style, with the period: "III.", "A."
 * @param path          the numbers of its ancestors and itself: "II.A."
 * @param title         its title
 * @param kind          information, discussion or action; null when not stated
 * @param description   its brief description, or null
 * @param presenter     who presents it, or null
 * @param minutes       the time allotted, or null
 * @param startsAt      when it is expected to start, or null when the items before it have no time allotted
 * @param minutesOf     for an approval item, the date of the minutes it approves, or null
 * @param attachments   its supporting documents
 * @param tasks         for a review item, the open tasks it reviews, as they stand going into the meeting
 * @param field         where the item is in the meeting file ({@code agenda[1].items[0]}), for error positions
 * @param lang          the language of its title and description as the meeting file declares it ({@code lang} of
 *                      the item, a BCP 47 tag), or null when it is in the documents' language
 * @param presenterLang the language the presenter's name declares (on the attendance line, else on the roster), or
 *                      null when neither declares one
 */
public record AgendaEntry(int level, String label, String path, String title, ItemKind kind,
                          String description, String presenter, Integer minutes, LocalTime startsAt,
                          LocalDate minutesOf, List<Attachment> attachments, List<TaskEntry> tasks,
                          String field, String lang, String presenterLang) {
    public AgendaEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        attachments = List.copyOf(attachments);
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(field, "field");
        if (lang != null && lang.isBlank()) {
            throw new IllegalArgumentException("lang: must not be blank");
        }
        if (presenterLang != null && presenterLang.isBlank()) {
            throw new IllegalArgumentException("presenterLang: must not be blank");
        }
    }

    /** An item, and its presenter's name, in the documents' language. */
    public AgendaEntry(int level, String label, String path, String title, ItemKind kind, String description,
                       String presenter, Integer minutes, LocalTime startsAt, LocalDate minutesOf,
                       List<Attachment> attachments, List<TaskEntry> tasks, String field) {
        this(level, label, path, title, kind, description, presenter, minutes, startsAt, minutesOf, attachments, tasks,
                field, null, null);
    }

    /** Whether the item reviews open tasks (and so carries a task table). */
    public boolean isReview() {
        return !tasks.isEmpty();
    }
}
