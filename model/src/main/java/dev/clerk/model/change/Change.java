package dev.clerk.model.change;

import java.util.Objects;

/**
 * One difference between two versions of a meeting: a value added, removed or changed at a field path.
 *
 * <p>Values are the model's own: a text, a number, a {@link java.time.LocalDate}, a {@link java.time.LocalTime}, an
 * enum constant, or a record ({@link dev.clerk.model.Attendee}, {@link dev.clerk.model.ActionItem}, ...) for an
 * element added or removed whole. A narrative paragraph is its text.
 *
 * @param path   where, as messages print field paths: {@code agenda[1].items[0].narrative[2]}; a list element's
 *               index is its index in the new version, or in the old one when it was removed
 * @param before the old value, or null when the value was added
 * @param after  the new value, or null when the value was removed
 */
public record Change(String path, Object before, Object after) {
    public Change {
        Objects.requireNonNull(path, "path");
        if (before == null && after == null) {
            throw new IllegalArgumentException("change at '" + path + "': needs a value before or after");
        }
    }

    /** Whether the value is new. */
    public boolean isAdded() {
        return before == null;
    }

    /** Whether the value is gone. */
    public boolean isRemoved() {
        return after == null;
    }
}
