package dev.clerk.model;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: Unicode-normalised, case-insensitive, with runs of spaces folded. */
public final class Names {
    private Names() {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The form in which two spellings of the same name are equal. */
    public static String canonical(String name) {
        if (isPlain(name)) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return SPACES.matcher(nfc.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Printable ASCII with no two spaces in a row: already in canonical form but for case and the ends. */
    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < ' ' || c > '~' || c == ' ' && i > 0 && name.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether two names denote the same person or group. */
    public static boolean same(String a, String b) {
        return a != null && b != null && canonical(a).equals(canonical(b));
    }
}
