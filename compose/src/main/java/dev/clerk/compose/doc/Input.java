package dev.clerk.compose.doc;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place in a form where a person types or picks a value. Painters that can take input (Word) keep the field's
 * name on what is typed there, so that a reader of the filled form knows which field each value fills; the others
 * print the place as an empty cell.
 *
 * @param field   the name of the field it fills ({@code owners}, {@code due}, {@code update status}): letters,
 *                digits and single spaces
 * @param hint    what to type, in a few words ("names, separated by commas"), or null. For an input with choices it
 *                stands in the empty place itself ("present / absent / excused / late"); otherwise it goes beside the
 *                label, so that nothing but what is typed is ever in the place
 * @param choices the values to pick from (a drop-down where the format has one); empty for free text
 * @param lines   the lines of room to leave for typing, 1 or more
 */
public record Input(String field, String hint, List<String> choices, int lines) {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]*( [A-Za-z0-9]+)*");

    public Input {
        Objects.requireNonNull(field, "field");
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("field: '" + field + "' is not letters, digits and single spaces");
        }
        if (hint != null && hint.isBlank()) {
            throw new IllegalArgumentException("hint: must not be blank");
        }
        choices = List.copyOf(choices);
        if (choices.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("choices: must not be blank");
        }
        if (lines < 1) {
            throw new IllegalArgumentException("lines: " + lines + " is less than 1");
        }
    }

    /** A line of free text. */
    public static Input text(String field, String hint) {
        return new Input(field, hint, List.of(), 1);
    }

    /** Free text with room for {@code lines} lines. */
    public static Input lines(String field, String hint, int lines) {
        return new Input(field, hint, List.of(), lines);
    }

    /** A value picked from {@code choices}, with the hint shown until one is picked. */
    public static Input choice(String field, String hint, List<String> choices) {
        return new Input(field, hint, choices, 1);
    }

    /** Whether the value is picked from a list. */
    public boolean hasChoices() {
        return !choices.isEmpty();
    }
}
