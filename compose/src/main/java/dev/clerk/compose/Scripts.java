package dev.clerk.compose;

import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Source;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the stretches of a text written in another script than the document's language uses, and gives each the
 * language that script stands for (Arabic letters: "ar", Hebrew: "he", Han: "zh", ...), so that painters can mark
 * it ({@code /Lang}, {@code w:lang}, {@code lang}) and set it in the right direction. A language declared in the
 * committee's files wins over one detected here.
 */
final class Scripts {
    private Scripts() {
    }

    /**
     * {@code text} as runs: one per stretch of a script foreign to {@code documentLanguage}, carrying its language,
     * the rest without one. {@code declared}, when not null, is the language of the whole text.
     */
    static List<Run> runs(String text, Emphasis emphasis, Source source, String documentLanguage, String declared) {
        if (declared != null && !sameLanguage(declared, documentLanguage)) {
            return List.of(new Run(text, emphasis, null, declared, source));
        }
        UnicodeScript home = scriptOf(documentLanguage);
        if (home == UnicodeScript.LATIN && belowGreek(text)) {
            // Latin letters, common punctuation and combining marks only: nothing to mark (most of any document).
            return List.of(new Run(text, emphasis, null, null, source));
        }
        List<Run> out = new ArrayList<>();
        int start = 0;
        String current = null;
        int lastLetterEnd = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetter(cp)) {
                UnicodeScript s = UnicodeScript.of(cp);
                String lang = s == home || s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED ? null
                        : languageOf(s);
                if (!java.util.Objects.equals(lang, current)) {
                    // Punctuation and spaces between two stretches stay with the one before, unless it is foreign.
                    int cut = current == null ? i : lastLetterEnd;
                    if (cut > start) {
                        out.add(new Run(text.substring(start, cut), emphasis, null, current, source));
                    }
                    start = cut;
                    current = lang;
                }
                lastLetterEnd = next;
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                lastLetterEnd = next;
            }
            i = next;
        }
        if (current != null && lastLetterEnd < text.length()) {
            out.add(new Run(text.substring(start, lastLetterEnd), emphasis, null, current, source));
            start = lastLetterEnd;
            current = null;
        }
        if (start < text.length() || out.isEmpty()) {
            out.add(new Run(text.substring(start), emphasis, null, current, source));
        }
        return out;
    }

    /** Whether every character is below U+0370, where Greek begins: Latin, common or inherited. */
    private static boolean belowGreek(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0370') {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Map<String, UnicodeScript> SCRIPTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean sameLanguage(String a, String b) {
        return Locale.forLanguageTag(a).getLanguage().equals(Locale.forLanguageTag(b).getLanguage());
    }

    /** The script a language is usually written in; Latin for the languages not listed. */
    static UnicodeScript scriptOf(String languageTag) {
        return SCRIPTS.computeIfAbsent(languageTag, Scripts::scriptOfTag);
    }

    private static UnicodeScript scriptOfTag(String languageTag) {
        return switch (Locale.forLanguageTag(languageTag).getLanguage()) {
            case "ar", "fa", "ur", "ps" -> UnicodeScript.ARABIC;
            case "he", "yi" -> UnicodeScript.HEBREW;
            case "zh", "yue" -> UnicodeScript.HAN;
            case "ja" -> UnicodeScript.HIRAGANA;
            case "ko" -> UnicodeScript.HANGUL;
            case "ru", "uk", "bg", "sr", "mk", "be" -> UnicodeScript.CYRILLIC;
            case "el" -> UnicodeScript.GREEK;
            case "th" -> UnicodeScript.THAI;
            case "hi", "mr", "ne" -> UnicodeScript.DEVANAGARI;
            case "hy" -> UnicodeScript.ARMENIAN;
            case "ka" -> UnicodeScript.GEORGIAN;
            case "km" -> UnicodeScript.KHMER;
            case "vi", "tl", "fil" -> UnicodeScript.LATIN;
            default -> UnicodeScript.LATIN;
        };
    }

    /**
     * The language a script most likely stands for in a US committee's documents; null for a script that names no
     * one language well enough (Latin: English, Spanish or Filipino cannot be told apart by script).
     */
    static String languageOf(UnicodeScript script) {
        return switch (script) {
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case HAN -> "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case CYRILLIC -> "ru";
            case GREEK -> "el";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            case KHMER -> "km";
            case ETHIOPIC -> "am";
            default -> null;
        };
    }
}
