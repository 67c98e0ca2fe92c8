package dev.clerk.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records' compact constructors; messages name the field and the bad value. */
final class Checks {
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

    static Integer nonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + ": must not be negative, was " + value);
        }
        return value;
    }
}
