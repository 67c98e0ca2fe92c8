package dev.clerk.importer;

import java.util.Objects;

/**
 * A fact the importer inferred rather than read as written, for a person to check.
 *
 * @param path the field it concerns, as in check messages ({@code agenda[1].actions[0].owners})
 * @param note what was guessed from what ({@code owner guessed from "Alix"})
 */
public record Guess(String path, String note) {
    public Guess {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(note, "note");
        if (note.isBlank()) {
            throw new IllegalArgumentException("note: must not be blank");
        }
    }

    /** The comment written above the field: {@code check: owner guessed from "Alix"}. */
    public String comment() {
        return "check: " + note;
    }
}
