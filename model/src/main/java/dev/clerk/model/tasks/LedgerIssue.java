package dev.clerk.model.tasks;

import dev.clerk.model.Meeting;
import java.util.Objects;

/**
 * An update that does not fit a task's history (closing a closed task, reopening one without a note).
 *
 * @param meeting the meeting whose update it is
 * @param path    the field, such as {@code updates[2].status}
 * @param message what is wrong
 */
public record LedgerIssue(Meeting meeting, String path, String message) {
    public LedgerIssue {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
