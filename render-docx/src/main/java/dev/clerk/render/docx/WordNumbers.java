package dev.clerk.render.docx;

import dev.clerk.compose.doc.Numbering;
import java.util.Locale;

/** The numbers Word writes for a list level's number format: "IV", "d", "AA" (Word repeats letters past Z). */
final class WordNumbers {
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
            "I"};

    private WordNumbers() {
    }

    /** {@code n} (from 1) as Word shows it in {@code style}. */
    static String format(Numbering style, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n: " + n + " is not positive");
        }
        return switch (style) {
            case DECIMAL -> Integer.toString(n);
            case UPPER_ROMAN -> roman(n);
            case LOWER_ROMAN -> roman(n).toLowerCase(Locale.ROOT);
            case UPPER_LETTER -> letter(n);
            case LOWER_LETTER -> letter(n).toLowerCase(Locale.ROOT);
        };
    }

    private static String roman(int n) {
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                sb.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return sb.toString();
    }

    /** A, B, ... Z, AA, BB, ... ZZ, AAA: Word's letter numbering. */
    private static String letter(int n) {
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}
