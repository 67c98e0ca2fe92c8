package dev.clerk.render.html;

import java.util.Locale;
import java.util.Set;

/** The writing direction of a text or a language, for the {@code dir} attributes of a page. */
enum Direction {
    /** Left to right: Latin, Cyrillic, CJK, ... */
    LTR,
    /** Right to left: Arabic, Hebrew, Syriac, Thaana, N'Ko, ... */
    RTL,
    /** No strong character (digits, punctuation, spaces). */
    NEUTRAL;

    /** ISO 15924 codes of the right-to-left scripts a language tag may name. */
    private static final Set<String> RTL_SCRIPTS = Set.of("Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo",
            "Rohg", "Samr", "Syrc", "Thaa", "Yezi");
    /** Languages written right to left when their tag names no script. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks",
            "ps", "sd", "syr", "ug", "ur", "yi");

    /** The direction of the first strong character of {@code text}, as the Unicode bidi algorithm finds it. */
    static Direction of(String text) {
        return text.codePoints().mapToObj(Direction::of).filter(d -> d != NEUTRAL).findFirst().orElse(NEUTRAL);
    }

    /** Whether {@code text} has a strong character of this direction (LTR or RTL). */
    boolean isIn(String text) {
        return text.codePoints().anyMatch(cp -> of(cp) == this);
    }

    /** Whether {@code text} has a strong character and all of them are of this direction (LTR or RTL). */
    boolean isOnlyIn(String text) {
        Direction other = opposite();
        return isIn(text) && !other.isIn(text);
    }

    /** The other direction; NEUTRAL has none. */
    Direction opposite() {
        return switch (this) {
            case LTR -> RTL;
            case RTL -> LTR;
            case NEUTRAL -> NEUTRAL;
        };
    }

    private static Direction of(int cp) {
        byte d = Character.getDirectionality(cp);
        if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
            return LTR;
        }
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return RTL;
        }
        return NEUTRAL;
    }

    /** The direction of a BCP 47 language tag: its script's if it names one, else its language's usual one. */
    static Direction ofLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.getScript().isEmpty()) {
            return RTL_SCRIPTS.contains(locale.getScript()) ? RTL : LTR;
        }
        return RTL_LANGUAGES.contains(locale.getLanguage()) ? RTL : LTR;
    }

    /** The value of a {@code dir} attribute for this direction. */
    String attribute() {
        return this == NEUTRAL ? "auto" : name().toLowerCase(Locale.ROOT);
    }
}
