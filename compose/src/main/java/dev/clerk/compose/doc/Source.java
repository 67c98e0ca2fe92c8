package dev.clerk.compose.doc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a piece of text came from: a field of the committee file or of one meeting file, so that a painter that
 * cannot set it (a character no font has) can report {@code FILE:LINE:COL: FIELD: MESSAGE} at the right place.
 * Clerk's own wording has no source (null).
 *
 * @param file    which file
 * @param meeting for a meeting file, the meeting's date; null for the committee file
 * @param special for a meeting file, whether it is the special meeting of that date ({@code DATE-special.yaml})
 * @param field   the field path in that file ({@code agenda[1].items[0].title})
 */
public record Source(File file, LocalDate meeting, boolean special, String field) {
    /** The kinds of input file. */
    public enum File {
        /** {@code committee.yaml}. */
        COMMITTEE,
        /** {@code meetings/DATE.yaml}. */
        MEETING
    }

    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        if ((file == File.MEETING) != (meeting != null)) {
            throw new IllegalArgumentException("meeting: a meeting source names its meeting, a committee one none");
        }
    }

    /** A field of {@code committee.yaml}. */
    public static Source committee(String field) {
        return new Source(File.COMMITTEE, null, false, field);
    }

    /** A field of the meeting file of {@code date}. */
    public static Source meeting(LocalDate date, boolean special, String field) {
        return new Source(File.MEETING, Objects.requireNonNull(date, "date"), special, field);
    }

    /** The source of a field inside this one: {@code at("title")} of {@code agenda[1]} is {@code agenda[1].title}. */
    public Source at(String child) {
        return new Source(file, meeting, special, field.isEmpty() ? child
                : child.startsWith("[") ? field + child : field + "." + child);
    }

    /** "committee.yaml agenda[1].title" or "meetings/2017-03-27.yaml attendees[0]", for messages and dumps. */
    @Override
    public String toString() {
        String name = file == File.COMMITTEE ? "committee" : meeting + (special ? "-special" : "");
        return name + ":" + field;
    }
}
