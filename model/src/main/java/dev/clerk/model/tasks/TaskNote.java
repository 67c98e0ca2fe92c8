package dev.clerk.model.tasks;

import dev.clerk.model.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated entry of a task's history, as facts: what the update changed (status, owners, due date) and the
 * clerk's own note. Documents word it in their language ("In progress; reassigned from Ana Ortiz to Cleo Park;
 * due date moved to March 1, 2024. First draft circulated."); the model never does.
 *
 * <p>A change is given as before and after, so that a document can say "reassigned from A to B" or "due date
 * moved to ..." without looking back through the history. What did not change is null (and its "before" empty).
 * The note an action item carries when it is assigned is an entry with no change.
 *
 * @param date         when it happened (the update's date, else the date of the meeting that reported it)
 * @param status       the status the task moved to, or null when the status did not change
 * @param reopened     whether the task was closed and this entry opens it again (then {@code status} is open or
 *                     in progress)
 * @param ownersBefore the owners before a reassignment, as the roster spells them; empty when the task had none or
 *                     {@code owners} is null
 * @param owners       the owners after a reassignment, or null when the owners did not change
 * @param dueBefore    the due date before it moved, or null when there was none or {@code due} is null
 * @param due          the new due date, or null when the due date did not change
 * @param note         the clerk's own words, as written in the file, or null
 */
public record TaskNote(LocalDate date, TaskStatus status, boolean reopened, List<String> ownersBefore,
                       List<String> owners, LocalDate dueBefore, LocalDate due, String note) {
    public TaskNote {
        Objects.requireNonNull(date, "date");
        ownersBefore = List.copyOf(ownersBefore);
        owners = owners == null ? null : List.copyOf(owners);
        if (note != null && note.isBlank()) {
            throw new IllegalArgumentException("note: must not be blank");
        }
        if (status == null && owners == null && due == null && note == null) {
            throw new IllegalArgumentException("note: an entry changes the status, owners or due date, or has a note");
        }
        if (reopened && (status == null || status.isClosed())) {
            throw new IllegalArgumentException("reopened: needs an open status, not " + status);
        }
        if (owners == null && !ownersBefore.isEmpty()) {
            throw new IllegalArgumentException("ownersBefore: " + ownersBefore + " without new owners");
        }
        if (due == null && dueBefore != null) {
            throw new IllegalArgumentException("dueBefore: " + dueBefore + " without a new due date");
        }
    }

    /** An entry that only carries the clerk's {@code note}. */
    public static TaskNote remark(LocalDate date, String note) {
        return new TaskNote(date, null, false, List.of(), null, null, null, Objects.requireNonNull(note, "note"));
    }

    /** Whether the entry changes the task's status, owners or due date (and is not only a note). */
    public boolean hasChanges() {
        return status != null || owners != null || due != null;
    }
}
