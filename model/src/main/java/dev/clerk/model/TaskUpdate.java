package dev.clerk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A report, at a later meeting, on an action item assigned earlier.
 *
 * @param task   the id of the action item
 * @param status its new status
 * @param date   when the change happened, or null for the date of the meeting that reports it
 * @param note   what was said, or null
 * @param owners new owners when the task was reassigned; empty when unchanged
 * @param due    a new due date, or null when unchanged
 */
public record TaskUpdate(String task, TaskStatus status, LocalDate date, String note, List<String> owners,
                         LocalDate due) {
    public TaskUpdate {
        task = Checks.required(task, "task");
        Objects.requireNonNull(status, "status");
        note = Checks.optional(note);
        owners = Checks.texts(owners, "owners");
    }
}
