package dev.clerk.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one presentation of a line's markup out of the many that say the same thing, before any recogniser reads
 * it, so that each recogniser knows one form: a label at the head of a line in italics or bold italics
 * ("*Present:*", "_Action:_", "***Motion:***") is read as the same label in bold ("**Present:**"), which the
 * recognisers read as they read a plain one. The words are never changed: only marks that no reader sees as words.
 */
final class Presentation {
    /**
     * A label at the head of a line, after its indentation and a list mark: a capitalised word or a few, closed by a
     * colon inside or just outside the emphasis, in emphasis of one or three stars or underscores.
     */
    private static final Pattern EMPHASISED_LABEL = Pattern.compile(
            "^(?<lead>[ \\t]*(?:[-*+•][ \\t]+|\\d{1,3}[.)][ \\t]+)?)(?<mark>\\*{3}|_{3}|\\*|_)(?=\\p{Lu})"
                    + "(?<label>[^*_:\\n]{1,60}?)(?<in>:?)\\k<mark>(?<out>:?)(?=[ \\t\\u00A0]|$)");

    private Presentation() {
    }

    /** The line with its presentation-only marks in their one form; any other line as it is. */
    static String normalize(String line) {
        if (line.indexOf('*') < 0 && line.indexOf('_') < 0) {
            return line;
        }
        Matcher m = EMPHASISED_LABEL.matcher(line);
        if (m.find() && m.group("in").length() + m.group("out").length() == 1) {
            return m.group("lead") + "**" + m.group("label") + m.group("in") + "**" + m.group("out")
                    + line.substring(m.end());
        }
        return line;
    }
}
