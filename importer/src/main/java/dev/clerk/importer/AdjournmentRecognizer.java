package dev.clerk.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when the meeting was called to order and adjourned: "The meeting was called to order at the River Grove
 * Elementary School library at 7:00 p.m.", "Bishop adjourned the meeting at 3:50.", "Adjourned: 8:37 p.m.".
 */
final class AdjournmentRecognizer {
    private static final Pattern ADJOURNED = Pattern.compile("(?i)\\badjourn(?:ed|s|ment)?\\b(?:\\s+the\\s+meeting)?[^.;]{0,60}?"
            + "(?:\\bat\\b|:|-|–)\\s*(?<rest>.{0,40})");
    private static final Pattern CALLED = Pattern.compile("(?i)\\b(?:called\\s+(?:the\\s+meeting\\s+)?to\\s+order|convened|"
            + "call\\s+to\\s+order|began|started)\\b(?<rest>.{0,160})");
    private static final Pattern PLACE = Pattern.compile("(?i)^\\s*(?:at|in)\\s+(?:the\\s+)?(?<place>[^,;]{3,80}?)\\s+at\\s+\\d");

    private AdjournmentRecognizer() {
    }

    /** The time a sentence says the meeting adjourned, or null. */
    static TimeRecognizer.Found adjourned(String sentence, java.time.LocalTime start) {
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
        return TimeRecognizer.first(m.group("rest"), null);
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
