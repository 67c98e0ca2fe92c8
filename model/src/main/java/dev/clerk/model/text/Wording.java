package dev.clerk.model.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * English for Clerk's own messages and for the files it drafts ({@code clerk next}, the build's index): "March 27,
 * 2017", "A, B and C". Documents for the committee are not worded here: {@code dev.clerk.compose} words them from
 * its message catalogue, in the committee's language.
 */
public final class Wording {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Wording() {
    }

    /** "March 27, 2017". */
    public static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "Alix Lutnick", "Carol Leigh and Minouche Kandel", "A, B and C". */
    public static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
