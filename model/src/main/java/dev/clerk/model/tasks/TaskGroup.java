package dev.clerk.model.tasks;

import java.util.List;
import java.util.Objects;

/**
 * The tasks of one owner, or of one meeting, in a task list.
 *
 * @param key     what the group is keyed by: an owner's name folded for comparison, or the meeting date
 * @param title   the heading: "Alix Lutnick", "Group members", "Meeting of March 27, 2017"
 * @param entries its tasks: overdue first, then open in the order they were assigned, then closed ones
 */
public record TaskGroup(String key, String title, List<TaskEntry> entries) {
    public TaskGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        entries = List.copyOf(entries);
    }
}
