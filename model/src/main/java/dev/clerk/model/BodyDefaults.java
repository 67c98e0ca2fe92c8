package dev.clerk.model;

import java.time.LocalTime;
import java.util.List;

/**
 * What a body's meetings usually look like, used when a meeting file does not say.
 *
 * @param location     the usual meeting place, or null
 * @param time         the usual start time, or null
 * @param duration     the usual length in minutes, or null
 * @param openingItems standing items that open every agenda ("Call to order", "Introductions")
 * @param closingItems standing items that close every agenda ("Public comment", "Adjournment")
 * @param notices      notices printed on every agenda
 * @param numbering    how each level of agenda items is numbered, outermost first
 */
public record BodyDefaults(Location location, LocalTime time, Integer duration, List<String> openingItems,
                           List<String> closingItems, List<Notice> notices, List<NumberingStyle> numbering) {
    /** The numbering of the reference committee's minutes: I., A., 1. */
    public static final List<NumberingStyle> STANDARD_NUMBERING =
            List.of(NumberingStyle.UPPER_ROMAN, NumberingStyle.UPPER_LETTER, NumberingStyle.DECIMAL);

    public BodyDefaults {
        duration = Checks.upTo(duration, Checks.MAX_MINUTES, "duration");
        openingItems = Checks.texts(openingItems, "openingItems");
        closingItems = Checks.texts(closingItems, "closingItems");
        notices = Checks.list(notices, "notices");
        numbering = Checks.list(numbering, "numbering");
    }

    /** Defaults that say nothing. */
    public static BodyDefaults none() {
        return new BodyDefaults(null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    /** The numbering style of a nesting level (0 is the outermost); the standard one where the body sets none. */
    public NumberingStyle numberingAt(int level) {
        List<NumberingStyle> styles = numbering.isEmpty() ? STANDARD_NUMBERING : numbering;
        return styles.get(Math.min(level, styles.size() - 1));
    }
}
