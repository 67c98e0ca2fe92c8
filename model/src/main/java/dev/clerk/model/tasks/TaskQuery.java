package dev.clerk.model.tasks;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which tasks a task list shows and how.
 *
 * @param asOf          the day the list is as of: meetings held on or before it count, and overdue days are counted to it
 * @param owner         only the tasks of this person or group (and of the groups the person is in), or null for all
 * @param includeClosed whether closed tasks are listed too, with their closing date
 * @param grouping      by owner (a task with two owners is listed under both) or by the meeting that assigned it
 */
public record TaskQuery(LocalDate asOf, String owner, boolean includeClosed, Grouping grouping) {
    public TaskQuery {
        Objects.requireNonNull(asOf, "asOf");
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        grouping = grouping == null ? Grouping.OWNER : grouping;
    }

    /** The open tasks as of a day, grouped by owner. */
    public static TaskQuery openAsOf(LocalDate asOf) {
        return new TaskQuery(asOf, null, false, Grouping.OWNER);
    }
}
