package dev.clerk.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A closed set whose values are written in files as lower-case, hyphenated words ({@code vice-chair}). */
public interface Named {
    /** The word used in YAML and JSON files. */
    String key();

    /** Finds the constant written as {@code key}; the message lists the allowed words. */
    static <E extends Enum<E> & Named> E parse(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + key + "' is not one of " + keys(type));
    }

    /** The allowed words, comma-separated. */
    static <E extends Enum<E> & Named> String keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::key).collect(Collectors.joining(", "));
    }

    /** The conventional key of a constant: {@code VICE_CHAIR} becomes {@code vice-chair}. */
    static String keyOf(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
