package dev.clerk.model.agenda;

import dev.clerk.model.Attachment;
import dev.clerk.model.ItemKind;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.text.Wording;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One numbered item of an agenda, with everything a renderer prints for it.
 *
 * @param level       its depth, 0 for the top level
 * @param label       its number in the body's style, with the period: "III.", "A."
 * @param path        the numbers of its ancestors and itself: "II.A."
 * @param title       its title
 * @param kind        information, discussion or action; null when not stated
 * @param kindText    "Action", "Discussion", "Information"; null when not stated
 * @param description its brief description, or null
 * @param presenter   who presents it, or null
 * @param minutes     the time allotted, or null
 * @param startsAt    when it is expected to start, or null when the items before it have no time allotted
 * @param startText   {@code startsAt} as printed ("11:10 a.m."), or null
 * @param minutesOf   for an approval item, the date of the minutes it approves, or null
 * @param attachments its supporting documents
 * @param tasks       for a review item, the open tasks it reviews, as they stand going into the meeting
 * @param field       where the item is in the meeting file ({@code agenda[1].items[0]}), for error positions
 */
public record AgendaEntry(int level, String label, String path, String title, ItemKind kind, String kindText,
                          String description, String presenter, Integer minutes, LocalTime startsAt, String startText,
                          LocalDate minutesOf, List<Attachment> attachments, List<TaskEntry> tasks,
                          String field) {
    public AgendaEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        attachments = List.copyOf(attachments);
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(field, "field");
    }

    /** Whether the item reviews open tasks (and so carries a task table). */
    public boolean isReview() {
        return !tasks.isEmpty();
    }

    /**
     * The item's details in one line, as the Word and PDF agendas print them under its title:
     * "11:10 a.m. · Action · Presented by Alix Lutnick · 15 min"; empty when there are none.
     *
     * @param timed whether the agenda prints start times
     */
    public String details(boolean timed) {
        List<String> facts = new ArrayList<>();
        if (timed && startText != null) {
            facts.add(startText);
        }
        if (kindText != null) {
            facts.add(kindText);
        }
        if (presenter != null) {
            facts.add(Wording.presentedBy(presenter));
        }
        if (minutes != null) {
            facts.add(Wording.minutes(minutes));
        }
        return String.join(" · ", facts);
    }
}
