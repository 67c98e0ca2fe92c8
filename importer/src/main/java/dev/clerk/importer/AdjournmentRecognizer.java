package dev.clerk.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when the meeting was called to order and adjourned: "The meeting was called to order at the River Grove
 * Elementary School library at 7:00 p.m.", "Meeting opened at 6.30pm", "Opened: 1315hrs", "7:02 pm Call to order",
 * "Bishop adjourned the meeting at 3:50.", "Adjourned: 8:37 p.m.", "The meeting closed at 8:15", "Closed: 1345hrs",
 * "At 9:08 p.m., there being no further business, the meeting was adjourned.".
 */
final class AdjournmentRecognizer {
    private static final Pattern ADJOURNED = Pattern.compile("(?i)(?:\\badjourn(?:ed|s|ment)?\\b(?:\\s+the\\s+meeting)?"
            + "|\\b(?:meeting|session)\\s+(?:was\\s+)?(?:closed|ended|concluded|finished)\\b"
            + "|(?:^|(?<=\\s))(?:closed|close|ended|end|finished|close\\s+of\\s+(?:the\\s+)?meeting|end\\s+of\\s+(?:the\\s+)?meeting"
            + "|meeting\\s+(?:closed|ended|close|end))(?=\\s*:))[^.;]{0,60}?"
            + "(?:\\bat\\b|:|-|–|@|\\s(?=\\d))\\s*(?<rest>.{0,40})");
    /** "At 9:08 p.m., there being no further business, the meeting was adjourned.": the time first. */
    private static final Pattern AT_THEN_ADJOURNED = Pattern.compile("(?i)^(?:at|@)\\s+(?<time>[^,;]{1,20}?),?\\s+[^.;]{0,120}?"
            + "\\b(?:adjourned|closed|ended|concluded)\\b");
    private static final Pattern CALLED = Pattern.compile("(?i)(?:\\b(?:called\\s+(?:the\\s+meeting\\s+)?to\\s+order|convened|"
            + "call\\s+to\\s+order|began|started|opened\\s+the\\s+(?:meeting|session)"
            + "|(?:meeting|session|AGM|EGM|proceedings)\\s+(?:was\\s+|were\\s+)?(?:opened|commenced))\\b"
            + "|(?:^|(?<=\\s))(?:opened|opening|commenced|start|started|began)\\s*(?=:))(?<rest>.{0,160})");
    /** "7:02 pm Call to order", as agendas with times write it: the time before the words. */
    private static final Pattern TIME_THEN_CALLED = Pattern.compile("(?i)^(?<time>.{0,30}?)\\s*(?:[-–—:]\\s*)?"
            + "(?:meeting\\s+)?call(?:ed)?\\s+to\\s+order\\b");
    private static final Pattern PLACE = Pattern.compile("(?i)^\\s*(?:at|in)\\s+(?:the\\s+)?(?<place>[^,;]{3,80}?)\\s+at\\s+\\d");

    private AdjournmentRecognizer() {
    }

    /** The time a sentence says the meeting adjourned, or null. */
    static TimeRecognizer.Found adjourned(String sentence, java.time.LocalTime start) {
        Matcher first = AT_THEN_ADJOURNED.matcher(sentence.strip());
        if (first.find()) {
            TimeRecognizer.Found t = TimeRecognizer.first(first.group("time"), start);
            if (t != null) {
                return t;
            }
        }
        Matcher m = ADJOURNED.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        TimeRecognizer.Found t = TimeRecognizer.first(m.group("rest"), start);
        return t != null && t.start() <= 12 ? t : null;
    }

    /** The time a sentence says the meeting was called to order, or null. */
    static TimeRecognizer.Found calledToOrder(String sentence) {
        Matcher m = CALLED.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        Matcher before = TIME_THEN_CALLED.matcher(sentence);
        TimeRecognizer.Found first = before.find() ? TimeRecognizer.first(before.group("time"), null) : null;
        return first != null ? first : TimeRecognizer.first(m.group("rest"), null);
    }

    /** The place in "called to order at the X at 7:00 p.m.", or null. */
    static String place(String sentence) {
        Matcher m = CALLED.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        Matcher p = PLACE.matcher(m.group("rest"));
        return p.find() ? p.group("place").strip() : null;
    }
}
