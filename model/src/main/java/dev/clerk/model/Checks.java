package dev.clerk.model;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the records' compact constructors; messages name the field and the bad value. */
final class Checks {
    /**
     * A well-formed BCP 47 tag whose language has two or three letters: the pattern of {@code $defs/language} in the
     * published schemas, so that a record refuses what a file may not carry.
     */
    static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}(-[A-Za-z]{4})?"
            + "(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
            + "(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-[Xx](-[A-Za-z0-9]{1,8})+)?$");

    private Checks() {
    }

    static String required(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value.strip();
    }

    /** A text that may be absent: null stays null, blank becomes null, the rest is stripped. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "]: must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** A list of texts: nulls rejected, each stripped, blanks rejected. */
    static List<String> texts(List<String> values, String field) {
        List<String> checked = list(values, field);
        for (int i = 0; i < checked.size(); i++) {
            required(checked.get(i), field + "[" + i + "]");
        }
        return checked.stream().map(String::strip).toList();
    }

    /**
     * A language tag that may be absent: null and blank become null, the rest is stripped and must be a well-formed
     * BCP 47 tag with a language of two or three letters ({@code es}, {@code ar}, {@code zh-Hant-TW}), as Java's
     * {@link Locale.Builder} also takes it.
     */
    static String language(String value, String field) {
        String tag = optional(value);
        if (tag == null) {
            return null;
        }
        if (LANGUAGE_TAG.matcher(tag).matches()) {
            try {
                new Locale.Builder().setLanguageTag(tag);
                return tag;
            } catch (IllformedLocaleException e) {
                // reported below, as a tag of the wrong form is
            }
        }
        throw new IllegalArgumentException(field + ": '" + tag + "' is not a language tag such as en-US");
    }

    /** The longest duration, in minutes, of a meeting or an item: a day. The schemas say the same. */
    static final int MAX_MINUTES = 24 * 60;

    /** The largest count of votes or of a quorum. The schemas say the same. */
    static final int MAX_COUNT = 100_000;

    /** A value that may be absent, else from 0 to {@code max}. */
    static Integer upTo(Integer value, int max, String field) {
        nonNegative(value, field);
        if (value != null && value > max) {
            throw new IllegalArgumentException(field + ": must be at most " + max + ", was " + value);
        }
        return value;
    }

    static Integer nonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + ": must not be negative, was " + value);
        }
        return value;
    }
}
