package dev.clerk.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People the minutes record speaking, who were therefore there: "Michael Salch suggested ...", "Leanne Moll, City
 * Recorder, declared a quorum.", "Planning Director Ana Ruiz reported that ...". Only a full name (two words or
 * more, after any title) that opens the sentence and is followed by a verb of speaking counts; "Councilor Nyberg
 * noted" names no one new, and "The committee discussed" no one at all.
 */
final class Speakers {
    private static final Pattern SPOKE = Pattern.compile("^(?<name>(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){1,5}\\p{Lu}[\\p{L}'’\\-]+)"
            + "(?:\\s*,\\s*(?<role>[^,]{2,60}?)\\s*,)?\\s+(?:also\\s+|then\\s+|further\\s+)?(?:said|asked|noted|reported|"
            + "suggested|explained|commented|stated|stressed|added|announced|declared|thanked|welcomed|mentioned|"
            + "questioned|replied|responded|remarked|spoke|gave\\s+(?:a|an|the|his|her|their)\\s+(?:report|update|"
            + "overview|summary|presentation)|confirmed|advised|pointed\\s+out|clarified|was\\s+concerned|voiced|urged|"
            + "reminded|wondered|inquired|enquired)\\b");

    private Speakers() {
    }

    /**
     * Who speaks in a sentence.
     *
     * @param name the person's name without titles ("Leanne Moll")
     * @param role the role written beside it ("City Recorder"), or null
     */
    record Speaker(String name, String role) {
    }

    /** The person a sentence records speaking, or null when it opens with no full name followed by such a verb. */
    static Speaker in(String sentence) {
        if (sentence.length() > 400) {
            return null;
        }
        Matcher m = SPOKE.matcher(sentence.strip());
        if (!m.find()) {
            return null;
        }
        String[] words = m.group("name").split("\\s+");
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'’\\-]", "");
            if (NameIndex.TITLES.contains(w) || NameIndex.ORG_WORDS.contains(w)) {
                from = i + 1;
            }
        }
        if (words.length - from < 2) {
            return null;
        }
        String name = String.join(" ", Arrays.copyOfRange(words, from, words.length));
        if (!NameIndex.looksLikePersonName(name)) {
            return null;
        }
        String role = m.group("role") == null ? null : m.group("role").strip();
        if (role != null && !Character.isUpperCase(role.codePointAt(0))) {
            // "Ann Lee, who chairs the panel, said": not a role written as a title.
            role = null;
        }
        return new Speaker(name, role);
    }
}
