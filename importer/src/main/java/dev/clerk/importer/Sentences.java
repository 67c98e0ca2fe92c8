package dev.clerk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences as written, without splitting after "Sgt.", "a.m.", "No." or an initial. */
final class Sentences {
    /**
     * A sentence ends at a full stop before a capital or a digit, or before two spaces or more, as typed minutes end
     * one, even when the next opens with a user name in lower case ("... the work.  dunnthat volunteered ...").
     */
    private static final Pattern END = Pattern.compile("[.!?][\"'”’)]*(?:[\\s\\u00A0\\u202F]+(?=[\"“‘(]?[\\p{Lu}\\d]|\\*\\p{Lu})| {2,}(?=\\p{Ll}))");
    /**
     * "*Ann will check the prices": an asterisk set against a sentence's first word, the mark some minutes give their
     * action items ("* indicates an action item"); no word of the sentence. Not "*Ann* will ...", which is emphasis.
     */
    private static final Pattern MARKED = Pattern.compile("^\\*+(?=\\p{Lu})(?=[^*]*$)");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mx", "dr", "sgt", "st", "no", "nos",
            "vs", "inc", "jr", "sr", "co", "corp", "ave", "blvd", "rd", "lt", "capt", "gen", "gov", "hon", "prof",
            "rep", "sen", "dept", "est", "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m", "u.s", "etc", "cf", "ord", "res", "wk", "mt",
            "ft", "vol", "pp", "ch", "sec", "art", "cllr", "cllrs", "cr", "cmdr", "supt", "insp", "rev", "revd", "fr",
            "messrs");

    /** A courtesy title, then two initials run together: "Mr M.A.", "Rev. G.K.". */
    private static final Pattern TITLED_INITIALS = Pattern.compile("(?<![\\p{L}.])(?:" + Speakers.COURTESY_TITLES + "|Cllr|Cr)"
            + "\\.?\\s+\\p{Lu}\\.\\p{Lu}\\.$");

    private Sentences() {
    }

    /** The sentences with no-break and other odd spaces made plain, as the recognisers expect them. */
    static List<String> plain(String text) {
        return split(text).stream().map(Sentences::plainSpaces).map(s -> MARKED.matcher(s).replaceFirst("")).toList();
    }

    static String plainSpaces(String s) {
        return s.replaceAll("[\\u00A0\\u202F\\u2007\\u2009\\t]", " ");
    }

    /** Tabs, with any spaces around them: "\t", " \t\t ". */
    private static final Pattern TAB_RUN = Pattern.compile("[ \\u00A0]*\\t[ \\t\\u00A0]*");

    /**
     * A kept line with its tabs as spaces: a tab inside a line is the typist's alignment, one ("[AB]\tSend the
     * letter") a space between words, several ("Ann Lee, Chair\t\t\tBo Chen, Clerk") a gap between columns, kept as
     * three spaces, as column gaps are read. A meeting file then shows the words, not "\t" escapes.
     */
    static String untabbed(String line) {
        return TAB_RUN.matcher(line).replaceAll(r -> r.group().chars().filter(c -> c == '\t').count() > 1 ? "   " : " ");
    }

    /**
     * Italics in Markdown with stars, one each side: "*Ann Lee*", "*None*". Not a star beside a letter or another star
     * ("2*3*4", "**", a footnote's lone "*"), nor one followed by a space (a "* " list item). Italics with underscores
     * ("_Ann Lee_") stay as written: the score counts an underscore as part of a word, so "_Ann" kept without
     * it would count as a word lost.
     */
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*\\\\])\\*(?=[^\\s*])([^*]+?)(?<=[^\\s*\\\\])\\*(?![\\w*])");

    /**
     * A kept paragraph as the meeting file holds it: its tabs as spaces ({@link #untabbed}) and without the stars of
     * italics ("The chair, *Ann Lee*, presided"), since narrative is plain text and Word, PDF and HTML would print the
     * marks. Bold's marks are gone already, as each line is read.
     */
    static String asKept(String paragraph) {
        String s = untabbed(paragraph);
        return s.indexOf('*') < 0 ? s : ITALIC.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /**
     * "Attachments: budget pack A motion was made by Trustee Lee, ...": the opening of a motion's record, in capitals
     * after a word with no stop, where text taken from a page ran the line of the motion into the line above it.
     */
    private static final Pattern RUN_IN_MOTION = Pattern.compile("(?<=[\\p{L}\\d)])\\s+(?=(?:A|The)\\s+motion\\s+was\\s+(?:made|moved)"
            + "\\s+by\\s|It\\s+was\\s+moved\\s+by\\s|Moved\\s+by\\s|On\\s+(?:a\\s+)?motion\\s+(?:by|of)\\s|Motion\\s+(?:was\\s+)?(?:made\\s+)?by\\s)");

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String s : stops(text)) {
            for (String part : RUN_IN_MOTION.split(s)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static List<String> stops(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            int dot = m.start();
            if (text.charAt(dot) == '.' && isAbbreviation(text, dot)) {
                continue;
            }
            String s = text.substring(start, m.end()).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            start = m.end();
        }
        String last = text.substring(start).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    static boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
            b--;
        }
        String word = text.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        if (text.substring(b, dot).matches("[\\p{L}'’.-]+/\\p{Lu}")) {
            // "A. Moss/K. Dunne to survey the verge": the initial of the second of two names joined by a slash.
            return true;
        }
        if (text.substring(b, dot).matches("\\p{Lu}\\.\\p{Lu}")
                && TITLED_INITIALS.matcher(text.substring(0, dot + 1)).find()) {
            // "Rev. G.K. Haslam", "Mr M.A. Radford": a name's initials run together after a title end no sentence, as
            // "R.F.O." or "W.N.B.C." may.
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }
}
