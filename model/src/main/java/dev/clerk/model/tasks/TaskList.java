package dev.clerk.model.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A committee's task list as of a day: what {@code clerk tasks} prints in every format.
 *
 * @param body    the body's name
 * @param query   what was asked for
 * @param entries every task listed, once each: overdue first, then open ones in the order they were assigned,
 *                then (with {@code --all}) closed ones by closing date
 * @param groups  the same tasks grouped; with grouping by owner a task with two owners is in both groups
 */
public record TaskList(String body, TaskQuery query, List<TaskEntry> entries, List<TaskGroup> groups) {
    public TaskList {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(query, "query");
        entries = List.copyOf(entries);
        groups = List.copyOf(groups);
    }

    /** The day the list is as of. */
    public LocalDate asOf() {
        return query.asOf();
    }

    /** The number of open tasks listed. */
    public long open() {
        return entries.stream().filter(e -> !e.isClosed()).count();
    }

    /** The number of overdue tasks listed. */
    public long overdue() {
        return entries.stream().filter(TaskEntry::isOverdue).count();
    }

    /** The number of closed tasks listed. */
    public long closed() {
        return entries.stream().filter(TaskEntry::isClosed).count();
    }

    /** The groups a task is listed under, in the list's order. */
    public List<TaskGroup> groupsOf(TaskEntry entry) {
        return groups.stream().filter(g -> g.entries().contains(entry)).toList();
    }
}
