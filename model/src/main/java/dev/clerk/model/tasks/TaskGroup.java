package dev.clerk.model.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The tasks of one owner, or of one meeting, in a task list. It names what it groups by; documents word the
 * heading ("Alix Lutnick", "No owner", "Meeting of March 27, 2017", "Special meeting of ...").
 *
 * @param by      what the list is grouped by
 * @param owner   grouped by owner: the owner as the roster spells it (a person or a group), or null for the tasks
 *                that have no owner; grouped by meeting: null
 * @param meeting grouped by meeting: the date of the meeting that assigned the tasks; grouped by owner: null
 * @param special grouped by meeting: whether that meeting was a special one; grouped by owner: false
 * @param entries its tasks: overdue first, then open in the order they were assigned, then closed ones
 */
public record TaskGroup(Grouping by, String owner, LocalDate meeting, boolean special, List<TaskEntry> entries) {
    public TaskGroup {
        Objects.requireNonNull(by, "by");
        entries = List.copyOf(entries);
        if (by == Grouping.OWNER && (meeting != null || special)) {
            throw new IllegalArgumentException("meeting: an owner's group has no meeting, not " + meeting);
        }
        if (by == Grouping.MEETING && (meeting == null || owner != null)) {
            throw new IllegalArgumentException("meeting: a meeting's group names its meeting and no owner");
        }
        if (owner != null && owner.isBlank()) {
            throw new IllegalArgumentException("owner: must not be blank");
        }
    }

    /** The tasks of {@code owner} (null for the tasks nobody owns). */
    public static TaskGroup owner(String owner, List<TaskEntry> entries) {
        return new TaskGroup(Grouping.OWNER, owner, null, false, entries);
    }

    /** The tasks assigned at the meeting of {@code date}, the special one if {@code special}. */
    public static TaskGroup meeting(LocalDate date, boolean special, List<TaskEntry> entries) {
        return new TaskGroup(Grouping.MEETING, null, Objects.requireNonNull(date, "date"), special, entries);
    }

    /** Whether this is the group of the tasks that have no owner. */
    public boolean isUnowned() {
        return by == Grouping.OWNER && owner == null;
    }
}
