package dev.clerk.importer;

import dev.clerk.model.MotionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads motions from consecutive sentences: "Councilor Tuttle moved to accept ... Councilor Nyberg seconded.
 * Councilor Bahrman abstained. It passed 4-0.", "Moved by A, seconded by B, to approve ...; passed 5-0",
 * "M/S/C (A/B) to approve ...", "Motion by A, second by B, to ...", and a result on its own ("Motion passed 5-0.")
 * that closes the motion before it.
 */
final class MotionRecognizer {
    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String NAME = WORD + "(?:\\s+" + WORD + "){0,4}";
    private static final Pattern MOVED = Pattern.compile("^(?:Motion\\s*:\\s*)?(?<mover>" + NAME + ")\\s+(?:moved|made a motion|"
            + "made the motion)\\s*,?\\s*(?:(?:and\\s+)?(?:was\\s+)?seconded\\s+by\\s+(?<seconder>" + NAME + ")\\s*,?\\s*)?"
            + "(?<text>(?:to|that|for|approval|adoption)\\b.*)?$");
    private static final Pattern MOVED_BY = Pattern.compile("(?i:^(?:Motion\\s*:\\s*)?(?:it\\s+was\\s+)?(?:motion\\s+)?(?:was\\s+)?"
            + "(?:moved|made)\\s*(?:by\\s+|:\\s*))(?<mover>" + NAME + ")(?:\\s*(?:,|and|;)\\s*(?i:(?:duly\\s+)?seconded|second)\\s+by\\s+"
            + "(?<seconder>" + NAME + "))?\\s*[,;.]?\\s*(?:(?i:(?:seconded|second)\\s*:\\s*)(?<seconder2>" + NAME + ")\\s*[,;.]?\\s*)?"
            + "(?<text>(?:to|that)\\b.*)?$");
    private static final Pattern MOTION_PAIR = Pattern.compile("^(?i:motion)\\s*\\((?<mover>" + NAME + ")\\s*/\\s*(?<seconder>"
            + NAME + ")\\)\\s*:?\\s*(?<text>(?:to|that)\\b.*)?$");
    private static final Pattern AYES = Pattern.compile("(?i)\\b(?:(?:ayes?|yeas?|in favou?r)\\s*[:=]?\\s*(\\d{1,2})\\b"
            + "|(\\d{1,2})\\s+(?:ayes?|yeas?|in favou?r)\\b)");
    private static final Pattern NOES = Pattern.compile("(?i)\\b(?:(?:noes|nays?|no|opposed|against)\\s*[:=]?\\s*(\\d{1,2})\\b"
            + "|(\\d{1,2})\\s+(?:noes|nays?|opposed|against)\\b)");
    private static final Pattern ABSTAIN = Pattern.compile("(?i)\\babstain(?:ed|ing|s|tions?)?\\s*[:=]?\\s*(\\d{1,2})\\b");
    private static final Pattern MOTION_BY = Pattern.compile("^(?i:(?:a\\s+)?motion\\s+(?:was\\s+made\\s+)?(?:by|from)\\s+)"
            + "(?<mover>" + NAME + ")\\s*(?:,|and)?\\s*(?i:(?:(?:duly\\s+)?seconded|second(?:ed)?)\\s+by\\s+)(?<seconder>"
            + NAME + ")\\s*,?\\s*(?<text>(?:to|that)\\b.*)?$");
    private static final Pattern MOTION_TO = Pattern.compile("^(?i:(?:a\\s+)?motion\\s+(?:was\\s+made\\s+)?)(?<text>(?:to|that)\\b"
            + ".*?)\\s+(?i:(?:was\\s+)?(?:made|moved)\\s+)?by\\s+(?<mover>" + NAME + ")(?:\\s*(?:,|and)\\s*(?i:(?:seconded|second)"
            + "\\s+by\\s+)(?<seconder>" + NAME + "))?.*$");
    private static final Pattern MSC = Pattern.compile("(?i)\\b(?:m/s/c|m/s|msc|m\\.s\\.c\\.)\\b");
    private static final Pattern MSC_NAMES = Pattern.compile("\\(?(?<mover>" + NAME + ")\\s*/\\s*(?<seconder>" + NAME + ")\\)?");
    private static final Pattern SECONDED = Pattern.compile("^(?:(?<who>" + NAME + ")\\s+seconded\\b|(?:The\\s+motion\\s+was\\s+|It\\s+was\\s+)?"
            + "(?i:seconded|second(?:ed)?)\\s*(?:by|:)\\s*(?<by>" + NAME + "))");
    private static final Pattern SECOND_IN_TEXT = Pattern.compile("\\s*[;,]\\s*(?:and\\s+)?(?:(?<who>" + NAME
            + ")\\s+seconded\\b(?:\\s+the\\s+motion)?|(?i:(?:duly\\s+)?seconded\\s+by)\\s+(?<by>" + NAME + "))");
    private static final Pattern ABSTAINED = Pattern.compile("^(?<who>.+?)\\s+abstain(?:ed|s)\\b");
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(passed|carried|approved|adopted|failed|defeated|"
            + "withdrawn|withdrew|tabled|died|lost)\\b");
    private static final Pattern RESULT_SUBJECT = Pattern.compile("(?i)^(?:it|the\\s+motion|motion|the\\s+vote|vote)?\\s*(?:was\\s+)?"
            + "(?:unanimously\\s+)?(passed|carried|approved|adopted|failed|defeated|withdrawn|tabled|died|lost)\\b");
    private static final Pattern COUNTS = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2}))?(?!\\d)"
            + "|(?i)(\\d{1,2})\\s+(?:to|in favou?r,?)\\s+(\\d{1,2})");

    private MotionRecognizer() {
    }

    /** A motion as written, names as the minutes give them. */
    static final class Found {
        String text;
        String mover;
        String seconder;
        MotionResult result;
        Integer ayes;
        Integer noes;
        Integer abstentions;
        final List<String> abstainers = new ArrayList<>();
        final String source;

        Found(String source) {
            this.source = source;
        }
    }

    /** A new motion opened by this sentence, or null. */
    static Found opens(String sentence) {
        String s = sentence.strip().replaceFirst("(?i)^motion\\s*:\\s*", "");
        Matcher m = MOTION_BY.matcher(s);
        if (!m.matches()) {
            m = MOTION_PAIR.matcher(s);
        }
        if (!m.matches()) {
            m = MOVED_BY.matcher(s);
        }
        if (!m.matches()) {
            m = MOVED.matcher(s);
        }
        if (!m.matches()) {
            m = MOTION_TO.matcher(s);
        }
        if (m.matches()) {
            Found f = new Found(sentence);
            f.mover = name(m.group("mover"));
            f.seconder = name(m.group("seconder"));
            if (f.seconder == null && m.pattern() == MOVED_BY && m.group("seconder2") != null) {
                f.seconder = name(m.group("seconder2"));
            }
            f.text = m.group("text") == null ? null : trimText(m.group("text"));
            if (f.text != null) {
                // "to accept the report; Maria Lopez seconded" or "..., seconded by Lopez": the second in the same sentence.
                Matcher second = SECOND_IN_TEXT.matcher(f.text);
                if (second.find() && second.start() > 0) {
                    f.seconder = f.seconder != null ? f.seconder
                            : name(second.group("who") != null ? second.group("who") : second.group("by"));
                    String after = f.text.substring(second.end());
                    f.text = f.text.substring(0, second.start()).strip();
                    if (!after.isBlank()) {
                        closes(f, after);
                    }
                }
                String cut = cutResult(f.text);
                if (cut.length() < f.text.length()) {
                    closes(f, f.text.substring(cut.length()));
                    f.text = cut;
                }
            }
            return f;
        }
        Matcher msc = MSC.matcher(s);
        if (msc.find()) {
            Found f = new Found(sentence);
            // "M/S/C (Wong/Natarajan) to ..." or "Wong/Natarajan M/S/C to ...": the names next to the mark, not the mark.
            Matcher names = MSC_NAMES.matcher(s);
            if (names.find(msc.end()) || names.reset(s.substring(0, msc.start())).find()) {
                f.mover = name(names.group("mover"));
                f.seconder = name(names.group("seconder"));
            }
            if (msc.group().toLowerCase(Locale.ROOT).contains("c")) {
                f.result = MotionResult.PASSED;
            }
            Matcher to = Pattern.compile("\\b(to|that)\\b\\s+\\S.*$").matcher(s.substring(msc.end()));
            f.text = to.find() ? trimText(to.group()) : null;
            closes(f, s);
            return f.mover == null && f.text == null ? null : f;
        }
        return null;
    }

    /** Adds what a following sentence says (seconder, abstentions, result) to {@code f}; whether it said any. */
    static boolean continues(Found f, String sentence) {
        String s = sentence.strip();
        boolean said = false;
        Matcher m = SECONDED.matcher(s);
        if (m.find()) {
            f.seconder = name(m.group("who") != null ? m.group("who") : m.group("by"));
            said = true;
        }
        m = ABSTAINED.matcher(s);
        if (m.find() && m.group("who").length() < 120) {
            for (String o : ActionItemRecognizer.owners(m.group("who").replaceAll("(?i)^(with\\s+)", ""))) {
                f.abstainers.add(o);
            }
            said = true;
        }
        if (RESULT_SUBJECT.matcher(s).find() || f.result == null && said && RESULT.matcher(s).find()) {
            said |= closes(f, s);
        }
        // "Ayes: 5; Noes: 0; Abstain: 1" or "Vote: 4 in favor, 1 opposed", with or without a result word.
        Matcher ayes = AYES.matcher(s);
        Matcher noes = NOES.matcher(s);
        if (ayes.find() && noes.find() && f.ayes == null) {
            f.ayes = Integer.parseInt(ayes.group(1) != null ? ayes.group(1) : ayes.group(2));
            f.noes = Integer.parseInt(noes.group(1) != null ? noes.group(1) : noes.group(2));
            Matcher abstain = ABSTAIN.matcher(s);
            f.abstentions = abstain.find() ? Integer.valueOf(abstain.group(1)) : null;
            said = true;
        }
        return said;
    }

    /** Whether a paragraph is only a result ("Motion passed 5-0."). */
    static boolean isResultOnly(String text) {
        String s = text.strip();
        return s.length() < 80 && RESULT_SUBJECT.matcher(s).find();
    }

    private static boolean closes(Found f, String s) {
        Matcher r = RESULT.matcher(s);
        if (!r.find()) {
            return false;
        }
        String word = r.group(1).toLowerCase(Locale.ROOT);
        f.result = switch (word) {
            case "failed", "defeated", "lost", "died" -> MotionResult.FAILED;
            case "withdrawn", "withdrew" -> MotionResult.WITHDRAWN;
            case "tabled" -> MotionResult.TABLED;
            default -> MotionResult.PASSED;
        };
        Matcher c = COUNTS.matcher(s);
        if (c.find(r.start()) || c.find(0)) {
            if (c.group(1) != null) {
                f.ayes = Integer.parseInt(c.group(1));
                f.noes = Integer.parseInt(c.group(2));
                f.abstentions = c.group(3) == null ? null : Integer.parseInt(c.group(3));
            } else {
                f.ayes = Integer.parseInt(c.group(4));
                f.noes = Integer.parseInt(c.group(5));
            }
        }
        return true;
    }

    /** A name as matched, without the sentence's full stop ("Tuttle." is "Tuttle"). */
    private static String name(String matched) {
        return matched == null ? null : matched.strip().replaceAll("[.,;:]+$", "");
    }

    private static String trimText(String text) {
        return text.strip().replaceAll("[.;,]+$", "").strip();
    }

    /** "to approve the minutes; motion carried 5-0" → "to approve the minutes". */
    private static String cutResult(String text) {
        Matcher m = Pattern.compile("(?i)[;,.]?\\s*(?:and\\s+)?(?:the\\s+)?(?:motion\\s+)?(?:was\\s+)?(?:unanimously\\s+)?"
                + "(?:passed|carried|approved unanimously|failed)\\b.*$").matcher(text);
        if (m.find() && m.start() > 10) {
            return text.substring(0, m.start()).strip();
        }
        return text;
    }
}
