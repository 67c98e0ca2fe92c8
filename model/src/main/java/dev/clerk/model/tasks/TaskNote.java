package dev.clerk.model.tasks;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of a task's history, worded for the reader: "In progress; reassigned from A to B. Draft sent."
 *
 * @param date when it happened (the update's date, else the date of the meeting that reported it)
 * @param text what happened
 */
public record TaskNote(LocalDate date, String text) {
    public TaskNote {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text: must not be blank");
        }
    }
}
