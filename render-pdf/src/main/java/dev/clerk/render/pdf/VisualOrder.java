package dev.clerk.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Right-to-left text as a PDF must draw it: PDF shows glyphs left to right, in the order given, one glyph per
 * character. So Arabic and Hebrew are put in visual order line by line (the Unicode bidi algorithm, ICU's
 * {@link Bidi}) and Arabic letters are replaced by their joined presentation forms ({@link ArabicShaping}).
 */
final class VisualOrder {
    private VisualOrder() {
    }

    /**
     * A stretch of a line in one direction, in the line's logical indexes.
     *
     * @param start         the first character
     * @param limit         the character after the last
     * @param rightToLeft   whether the stretch runs right to left (its characters are drawn reversed)
     */
    record Stretch(int start, int limit, boolean rightToLeft) {
    }

    /** Whether {@code text} has a character that needs the bidi algorithm (a right-to-left letter or control). */
    static boolean needsBidi(String text) {
        char[] chars = text.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length);
    }

    /** Whether the language of the BCP 47 {@code tag} is written right to left ("ar", "he", "fa"). */
    static boolean isRightToLeft(String tag) {
        return tag != null && ULocale.forLanguageTag(tag).isRightToLeft();
    }

    /** Whether the first letter of {@code text} with a direction is a right-to-left one. */
    static boolean startsRightToLeft(String text) {
        return Bidi.getBaseDirection(text) == Bidi.RTL;
    }

    /** The stretches of one line, in the visual order they are drawn from left to right. */
    static List<Stretch> stretches(String line, boolean rightToLeftParagraph) {
        Bidi bidi = new Bidi();
        bidi.setPara(line, rightToLeftParagraph ? Bidi.RTL : Bidi.LTR, null);
        int n = bidi.countRuns();
        List<Stretch> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BidiRun r = bidi.getVisualRun(i);
            out.add(new Stretch(r.getStart(), r.getLimit(), r.isOddRun()));
        }
        return out;
    }

    /**
     * The characters of a right-to-left stretch as drawn from left to right: Arabic letters joined, the order
     * reversed (a combining mark stays after its letter), brackets mirrored, bidi controls dropped.
     */
    static String draw(String logical) {
        return Bidi.writeReverse(shape(logical),
                Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** {@code text} with its Arabic letters in the forms they take beside their neighbours. */
    static String shape(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            // Only the fixed-length options can fail; with grow-and-shrink the letters are left as they are.
            return text;
        }
    }

    /** {@code text} without the invisible controls of direction and joining, which no font needs to draw. */
    static String dropControls(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isControl(char c) {
        return c >= 0x200c && c <= 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x061c;
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06ff || c >= 0x0750 && c <= 0x077f || c >= 0x08a0 && c <= 0x08ff) {
                return true;
            }
        }
        return false;
    }
}
