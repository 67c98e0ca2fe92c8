package dev.clerk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A task the meeting assigned: who will do what, by when.
 *
 * @param id     the stable id that later meetings use to report on it; null until one is assigned
 * @param owners the people or groups who own it, by name ("Carol and Minouche" are two owners)
 * @param task   what is to be done
 * @param due    the due date when one was given, or null
 * @param status the status it had when assigned; open unless said otherwise
 * @param note   a remark, or null
 */
public record ActionItem(String id, List<String> owners, String task, LocalDate due, TaskStatus status, String note) {
    public ActionItem {
        id = Checks.optional(id);
        if (id != null && !TaskIds.isValid(id)) {
            throw new IllegalArgumentException("id: '" + id + "' " + TaskIds.RULE);
        }
        owners = Checks.texts(owners, "owners");
        task = Checks.required(task, "task");
        status = status == null ? TaskStatus.OPEN : status;
        note = Checks.optional(note);
    }

    /** The same task under an assigned id. */
    public ActionItem withId(String newId) {
        return new ActionItem(newId, owners, task, due, status, note);
    }
}
