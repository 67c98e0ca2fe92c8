package dev.clerk.render.docx;

/**
 * A generous estimate of how wide a word is set in Arial Bold (or a metric twin, Liberation Sans), to give a column
 * of codes that must not break the room for its longest one. The widths are those of Helvetica Bold, in thousandths
 * of an em; characters outside ASCII count as a wide letter, East Asian ones as a full em.
 */
final class TextWidths {
    /** Helvetica Bold widths of the characters from space (32) to tilde (126). */
    private static final int[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0 to ?
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // P to _
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // ` to o
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};      // p to ~
    private static final int WIDE = 722;
    private static final int EM = 1000;

    private TextWidths() {
    }

    /** The width of {@code word} at {@code points}, in twentieths of a point, rounded up. */
    static int twips(String word, float points) {
        long thousandths = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            thousandths += width(cp);
            i += Character.charCount(cp);
        }
        return (int) Math.ceil(thousandths * points * 20 / 1000.0);
    }

    private static int width(int cp) {
        if (cp >= 32 && cp <= 126) {
            return BOLD[cp - 32];
        }
        if (Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                || Character.getType(cp) == Character.OTHER_SYMBOL) {
            return EM;
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK) {
            return 0;
        }
        return WIDE;
    }
}
