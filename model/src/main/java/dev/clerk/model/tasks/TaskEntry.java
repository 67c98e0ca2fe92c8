package dev.clerk.model.tasks;

import dev.clerk.model.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One task as it stands at some point of the committee's history: a row of a task list or of an agenda's
 * open-task table. Every fact a document prints is here, already worked out; documents word them.
 *
 * @param id           the task's id, or null when it has none yet ({@code clerk check --fix} assigns one)
 * @param task         what is to be done
 * @param owners       its owners now, as the roster spells them (people or groups)
 * @param due          its due date now, or null
 * @param status       its status now
 * @param closedOn     the day it was closed, or null while open
 * @param daysOverdue  days past the due date, 0 when not overdue or closed
 * @param timesCarried how many later meetings it was (or is being) carried to while open
 * @param origin       where it was assigned
 * @param notes        its history, oldest first
 */
public record TaskEntry(String id, String task, List<String> owners, LocalDate due, TaskStatus status,
                        LocalDate closedOn, int daysOverdue, int timesCarried, Origin origin, List<TaskNote> notes) {
    public TaskEntry {
        Objects.requireNonNull(task, "task");
        owners = List.copyOf(owners);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        notes = List.copyOf(notes);
        if (daysOverdue < 0 || timesCarried < 0) {
            throw new IllegalArgumentException("daysOverdue, timesCarried: must not be negative");
        }
        if (status.isClosed() != (closedOn != null)) {
            throw new IllegalArgumentException("closedOn: a closed task has a closing date, an open one none");
        }
    }

    /** Whether the task is past its due date and still open. */
    public boolean isOverdue() {
        return daysOverdue > 0;
    }

    /** Whether the task is done or dropped. */
    public boolean isClosed() {
        return status.isClosed();
    }
}
