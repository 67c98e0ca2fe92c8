package dev.clerk.model;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: Unicode-normalised, case-insensitive, with runs of spaces folded. */
public final class Names {
    private Names() {
    }

    /** The form in which two spellings of the same name are equal. */
    public static String canonical(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return nfc.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether two names denote the same person or group. */
    public static boolean same(String a, String b) {
        return a != null && b != null && canonical(a).equals(canonical(b));
    }
}
