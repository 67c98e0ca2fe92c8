package dev.clerk.model.text;

import java.util.Locale;

/**
 * The characters Clerk accepts in text: one rule for {@code check}, {@code init} and every renderer, so that a file
 * {@code check} passes never fails later in a document.
 *
 * <p>Accepted are tab, line feed and carriage return, and every other character XML 1.0 can carry except the
 * control characters: U+0000–U+001F (but those three), U+007F (delete) and U+0080–U+009F (the C1 controls, among
 * them U+0085 next line and U+009B control sequence introducer). Surrogates on their own, U+FFFE and U+FFFF are
 * refused as XML refuses them.
 */
public final class Characters {
    private Characters() {
    }

    /** Whether Clerk accepts {@code codePoint} in text. */
    public static boolean accepted(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint < 0x7F)
                || (codePoint > 0x9F && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** The index of the first character of {@code text} that Clerk refuses, or -1 when there is none. */
    public static int firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!accepted(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Why {@code codePoint} is refused, as the end of a sentence: "character U+0085 is a control character, which
     * no document can show; remove it".
     */
    public static String refusal(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        boolean control = codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
        return "character " + hex + (control ? " is a control character, which no document can show; remove it"
                : " is not a character a document can hold; remove it");
    }

    /** The refusal of the first refused character of {@code text}, or null when it has none. */
    public static String refusal(CharSequence text) {
        int i = firstRefused(text);
        return i < 0 ? null : refusal(Character.codePointAt(text, i));
    }
}
