package dev.clerk.importer;

import java.util.regex.Pattern;

/**
 * Recognises decisions: "The group agreed ...", "The group has decided to ...", "The Board concurred.", "The TSC agreed ...",
 * "It was agreed that ...", "We voted to approve ...", "Decision: ...", and the introduction of a list of them ("The Board agreed that:").
 */
final class DecisionRecognizer {
    private static final String BODY = "(?:group|committee|board|council|councilors|councillors|council members|commission"
            + "|commissioners|members|panel|task force|subcommittee|directors|trustees|working group|body|team)";
    private static final Pattern DECIDED = Pattern.compile("(?i)(?:^(?:the\\s+)?|\\s(?:the\\s+))(?:[\\p{L}-]+\\s+){0,2}?" + BODY
            + "\\s+(?:has\\s+|have\\s+|had\\s+)?(?:unanimously\\s+|also\\s+)?(?:agreed|decided|resolved|concurred|determined"
            + "|voted|approved|endorsed|accepted|adopted)\\b"
            // "The TSC agreed to ...", "the PTA voted to ...": a body by its initials, not an officer by them ("The GM").
            + "|(?-i:(?:^|\\s)[Tt]he\\s+(?!(?:CEO|CFO|COO|CTO|CIO|ED|GM|SM|PM|EA)\\b)\\p{Lu}{2,6})\\s+(?:unanimously\\s+|also\\s+)?"
            + "(?:agreed|decided|resolved|concurred|determined|voted|approved|endorsed|accepted|adopted)\\b");
    private static final Pattern IT_WAS = Pattern.compile("(?i)^it\\s+was\\s+(?:agreed|decided|resolved|determined)\\b");
    /** "We voted to approve ...", "We agreed that ...": the minute-taker writing for the body. */
    private static final Pattern WE = Pattern.compile("(?i)^we\\s+(?:have\\s+|all\\s+)?(?:unanimously\\s+)?(?:agreed|decided"
            + "|resolved|voted)\\s+(?:to|that|on|unanimously|in\\s+favou?r)\\b");
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:decision|decided|resolved|agreed|outcome|resolution)\\s*:\\s*(\\S.*)$");
    private static final Pattern LIST_INTRO = Pattern.compile("(?i).*\\b(?:agreed|decided|resolved|decisions?|outcomes?)\\b"
            + "(?:\\s+that|\\s+to)?\\s*:$");

    private DecisionRecognizer() {
    }

    /** The decision a sentence records (the sentence itself, or the text after a "Decision:" label), or null. */
    static String decision(String sentence) {
        String s = sentence.strip();
        if (s.endsWith(":")) {
            return null;
        }
        java.util.regex.Matcher label = LABEL.matcher(s);
        if (label.matches()) {
            return label.group(1);
        }
        return DECIDED.matcher(s).find() || IT_WAS.matcher(s).find() || WE.matcher(s).find() ? s : null;
    }

    /** Whether a line introduces a list of decisions ("The Board agreed that:", "Summary of outcomes:"). */
    static boolean introducesList(String text) {
        return LIST_INTRO.matcher(text.strip()).matches();
    }
}
