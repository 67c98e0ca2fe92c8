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
 * @param goingInto     whether {@code asOf} is the day of a meeting and the list is the one going into it: the
 *                      meetings before that day count, the meeting is one more meeting each open task is carried
 *                      to, and overdue days are counted to it (the rule of the agenda's open-task table, so that an
 *                      agenda and the task list of its packet state the same figures)
 */
public record TaskQuery(LocalDate asOf, String owner, boolean includeClosed, Grouping grouping, boolean goingInto) {
    public TaskQuery {
        Objects.requireNonNull(asOf, "asOf");
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        grouping = grouping == null ? Grouping.OWNER : grouping;
    }

    /** A list as of the end of {@code asOf}. */
    public TaskQuery(LocalDate asOf, String owner, boolean includeClosed, Grouping grouping) {
        this(asOf, owner, includeClosed, grouping, false);
    }

    /** The open tasks going into a meeting on {@code meetingDate}, grouped by owner. */
    public static TaskQuery goingInto(LocalDate meetingDate) {
        return new TaskQuery(meetingDate, null, false, Grouping.OWNER, true);
    }

    /** The open tasks as of a day, grouped by owner. */
    public static TaskQuery openAsOf(LocalDate asOf) {
        return new TaskQuery(asOf, null, false, Grouping.OWNER);
    }
}
