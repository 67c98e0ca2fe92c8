package dev.clerk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * An agenda item and, once the meeting has taken place, its minutes. Items nest: II. Updates holds A., B., C.
 *
 * @param title       the item's title
 * @param kind        information, discussion or action; null when not stated
 * @param description a brief description for the agenda, or null
 * @param presenter   who presents it, or null
 * @param duration    the time allotted in minutes, or null
 * @param narrative   the minutes of the item, one paragraph each
 * @param decisions   what the body decided, one sentence each
 * @param motions     the motions put
 * @param actions     the action items assigned
 * @param attachments the supporting documents
 * @param minutesOf   for an approval item, the date of the meeting whose minutes it approves, or null
 * @param tasks       for a review item, the ids of the open action items it reviews
 * @param items       the sub-items
 */
public record AgendaItem(String title, ItemKind kind, String description, String presenter, Integer duration,
                         List<String> narrative, List<String> decisions, List<Motion> motions,
                         List<ActionItem> actions, List<Attachment> attachments, LocalDate minutesOf,
                         List<String> tasks, List<AgendaItem> items) {
    public AgendaItem {
        title = Checks.required(title, "title");
        description = Checks.optional(description);
        presenter = Checks.optional(presenter);
        duration = Checks.nonNegative(duration, "duration");
        narrative = Checks.texts(narrative, "narrative");
        decisions = Checks.texts(decisions, "decisions");
        motions = Checks.list(motions, "motions");
        actions = Checks.list(actions, "actions");
        attachments = Checks.list(attachments, "attachments");
        tasks = Checks.texts(tasks, "tasks");
        items = Checks.list(items, "items");
    }

    /** An item with only a title. */
    public static AgendaItem titled(String title) {
        return new AgendaItem(title, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), List.of());
    }

    /** This item followed by all its sub-items, depth first. */
    public Stream<AgendaItem> flatten() {
        return Stream.concat(Stream.of(this), items.stream().flatMap(AgendaItem::flatten));
    }
}
