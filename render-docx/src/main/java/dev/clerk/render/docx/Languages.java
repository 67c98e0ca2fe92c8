package dev.clerk.render.docx;

import java.util.Locale;
import java.util.Set;

/**
 * What Word needs to know about a language tag: whether its text runs right to left (Word then takes the run's
 * language from {@code w:lang/@w:bidi} and lays it out with {@code w:rtl}), or is East Asian
 * ({@code w:lang/@w:eastAsia}).
 */
final class Languages {
    /** Languages written right to left by default, by their primary subtag. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks",
            "nqo", "ps", "sd", "syr", "ug", "ur", "yi");
    /** Right-to-left scripts, by their ISO 15924 code. */
    private static final Set<String> RTL_SCRIPTS = Set.of("Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Samr",
            "Syrc", "Thaa");
    private static final Set<String> EAST_ASIAN = Set.of("zh", "ja", "ko");

    private Languages() {
    }

    /** Whether text in {@code tag} runs right to left: Arabic, Hebrew, Persian, Urdu, ... or an explicit script. */
    static boolean isRightToLeft(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return RTL_SCRIPTS.contains(script);
        }
        return RTL_LANGUAGES.contains(locale.getLanguage());
    }

    /** Whether {@code tag} is Chinese, Japanese or Korean. */
    static boolean isEastAsian(String tag) {
        return EAST_ASIAN.contains(Locale.forLanguageTag(tag).getLanguage());
    }

    /** Whether the first strongly directional character of {@code text} is right-to-left (Hebrew, Arabic, ...). */
    static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
