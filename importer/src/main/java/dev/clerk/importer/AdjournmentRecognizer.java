package dev.clerk.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when the meeting was called to order and adjourned: "The meeting was called to order at the River Grove
 * Elementary School library at 7:00 p.m.", "Meeting opened at 6.30pm", "Opened: 1315hrs", "7:02 pm Call to order",
 * "Bishop adjourned the meeting at 3:50.", "Adjourned: 8:37 p.m.", "The meeting closed at 8:15", "Closed: 1345hrs",
 * "The President closed the meeting at 9.30pm.",
 * "At 9:08 p.m., there being no further business, the meeting was adjourned.".
 */
final class AdjournmentRecognizer {
    private static final Pattern ADJOURNED = Pattern.compile("(?i)(?:\\badjourn(?:ed|s|ment)?\\b(?:\\s+the\\s+meeting)?"
            + "|\\b(?:meeting|session)\\s+(?:was\\s+)?(?:closed|ended|concluded|finished)\\b"
            + "|\\b(?:closed|ended|concluded)\\s+the\\s+meeting\\b"
            + "|(?:^|(?<=\\s))(?:closed|close|ended|end|finished|close\\s+of\\s+(?:the\\s+)?meeting|end\\s+of\\s+(?:the\\s+)?meeting"
            + "|meeting\\s+(?:closed|ended|close|end))(?=\\s*:))[^.;]{0,60}?"
            + "(?:\\bat\\b|:|-|–|@|\\s(?=\\d))\\s*(?<rest>.{0,40})");
    /**
     * "called to order", "called the meeting to order", "called the regular meeting of the Board to order"; not "called
     * the meeting back to order", which resumes it.
     */
    /**
     * "the Chair opened the meeting", "Mayor Diaz convened the regular meeting", "the Clerk began the meeting", "Ann
     * opened the call" (a meeting held by telephone or video): a verb of opening with the meeting as its object; not
     * "opened the call for nominations".
     */
    private static final String OPENED_THE_MEETING = "(?:opened|convened|commenced|began|started)\\s+the\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:meeting|AGM|EGM|proceedings|(?:call|teleconference)(?!\\s+(?:for|to)\\b))";
    /**
     * The meeting as the subject and a verb of opening later in its sentence, a time after it: "The May Board of
     * Commissioners Meeting was held in-person and virtually on Wednesday, May 17, 2023, and commenced at 11:37 a.m.",
     * "The regular meeting of the Town Council began at 7:00 p.m."; not when a session, hearing or presentation is
     * what opened ("the meeting went into executive session, which began at 8:10").
     */
    private static final String MEETING_THEN_OPENED = "meeting(?:(?!\\b(?:session|hearing|presentation|workshop|recess"
            + "|item|discussion|video|recording|call)\\b)[^.;]){1,160}?\\b(?:opened|commenced|began|started|convened)"
            + "(?=\\s+(?:promptly\\s+|punctually\\s+)?(?:at|@)\\s)";
    /**
     * A line in the present tense notes are written in, the meeting its subject and its first words, a time after the
     * verb ("AGM commences at 18:33", "Meeting opens at 7.05pm"); not "The next meeting starts at 7pm", which is
     * another meeting's.
     */
    private static final String OPENS_NOW = "^\\W*(?:the\\s+)?(?:meeting|AGM|EGM)\\s+(?:commences|opens|begins|starts|convenes)"
            + "(?=\\s+(?:promptly\\s+|punctually\\s+)?(?:at|@)\\s)";
    private static final Pattern OPENS_NOW_AT = Pattern.compile("(?i)" + OPENS_NOW + "(?<rest>.{0,160})");
    /**
     * "Meeting open 7:10pm with apologies", "AGM open at 7.05pm": notes' shorthand, the meeting and "open" first on
     * the line and a time straight after; not "The meeting is open to the public at 7pm" nor "the floor was open".
     */
    private static final String OPEN_THEN_TIME = "^\\W*(?:the\\s+)?(?:meeting|AGM|EGM)\\s+open(?=\\s+(?:at\\s+)?\\d)";
    /**
     * "The Council met on Tuesday, March 3, 2020, pursuant to adjournment, at the hour of 6:30 p.m.", "the Board
     * convened ... at the hour of 6 p.m.": the formal record's words for when the body met, the time after "at the
     * hour of".
     */
    private static final String MET_AT_THE_HOUR = "\\b(?:met|convened|assembled)\\b[^.;]{0,200}?\\bat\\s+the\\s+hour\\s+of(?=\\s+\\d)";
    /**
     * "The chair called the meeting to order", and the present tense notes are written in, with or without the article:
     * "Ann calls meeting to order at 4.04pm"; and the agenda's own step, "Call meeting to order: 5:39 pm", "Call the
     * Meeting to Order - 7:02 p.m.".
     */
    private static final String CALLED_THE_MEETING = "call(?:ed|s)?\\s+(?:(?:the\\s+|(?=meeting\\s))(?![^.;]{0,100}?\\bback\\s+to"
            + "\\s+order)[^.;]{0,100}?\\s+)?to\\s+order";
    /**
     * Words that record the opening of the meeting itself ("called the meeting to order", "Call to order", "The meeting
     * opened at", "declared the meeting open", "Opened:"), not of a session or a presentation within it ("Executive
     * session began at 7:40 p.m.", "the hearing started at ...").
     */
    private static final Pattern OPENS = Pattern.compile("(?i)\\b(?:" + CALLED_THE_MEETING + "|call\\s+to\\s+order"
            + "|" + OPENED_THE_MEETING + "|declared\\s+the\\s+meeting\\s+open(?:ed)?"
            + "|(?:meeting|AGM|EGM|proceedings)\\s+(?:was\\s+|were\\s+)?(?:opened|commenced|began|started|convened)"
            + "|" + MEETING_THEN_OPENED + ")\\b"
            + "|^\\W*(?:meeting\\s+)?(?:opened|commenced)\\s*(?::|\\bat\\b)|" + OPENS_NOW + "|" + OPEN_THEN_TIME
            + "|" + MET_AT_THE_HOUR);
    /** "At 9:08 p.m., there being no further business, the meeting was adjourned.": the time first. */
    private static final Pattern AT_THEN_ADJOURNED = Pattern.compile("(?i)^(?:at|@)\\s+(?<time>[^,;]{1,20}?),?\\s+[^.;]{0,120}?"
            + "\\b(?:adjourned|closed|ended|concluded)\\b");
    private static final Pattern CALLED = Pattern.compile("(?i)(?:\\b(?:" + CALLED_THE_MEETING + "|" + MEETING_THEN_OPENED
            + "|" + OPENED_THE_MEETING + "|convened|"
            + "call\\s+to\\s+order|began|started|opened\\s+the\\s+(?:meeting|session)|declared\\s+the\\s+meeting\\s+open(?:ed)?"
            + "|(?:meeting|session|AGM|EGM|proceedings)\\s+(?:was\\s+|were\\s+)?(?:opened|commenced))\\b"
            + "|" + OPENS_NOW + "|" + OPEN_THEN_TIME + "|" + MET_AT_THE_HOUR
            + "|(?:^|(?<=\\s))(?:opened|opening|commenced|start|started|began)\\s*(?=:))(?<rest>.{0,160})");
    /** "7:02 pm Call to order", as agendas with times write it: the time before the words. */
    private static final Pattern TIME_THEN_CALLED = Pattern.compile("(?i)^(?<time>.{0,30}?)\\s*(?:[-–—:]\\s*)?"
            + "(?:meeting\\s+)?call(?:ed)?\\s+to\\s+order\\b");
    /**
     * "... was closed at 7.25pm and the AGM opened", "adjourned at 7:40 and the Board convened": one meeting closed to
     * open another the same evening, the minutes going on; that closing is not the end.
     */
    private static final Pattern THEN_ANOTHER_OPENED = Pattern.compile("(?i)\\b(?:and|then)\\s+(?:the\\s+)?"
            + "(?:[\\p{L}&'’-]+\\s+){0,4}?(?:was\\s+|were\\s+)?(?:opened|began|commenced|convened|resumed|reconvened)\\b");
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
        // "Meeting closed: the President closed the meeting at 9.30pm.": the words that close it may come twice, the time
        // after the second.
        Matcher m = ADJOURNED.matcher(sentence);
        if (!m.find() || THEN_ANOTHER_OPENED.matcher(sentence.substring(m.start())).find()) {
            return null;
        }
        do {
            TimeRecognizer.Found t = TimeRecognizer.first(m.group("rest"), start);
            if (t != null && t.start() <= 12) {
                return t;
            }
        } while (m.start() + 1 < sentence.length() && m.find(m.start() + 1));
        return null;
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

    /**
     * The time a sentence says the meeting itself was opened ("The Chair called the meeting to order at 5:55 p.m.",
     * "Meeting opened at 7.30pm", "Call to order 13:11"), or null; a session or item that began is not the meeting.
     */
    static TimeRecognizer.Found openedAt(String sentence) {
        Matcher o = OPENS.matcher(sentence);
        if (!o.find()) {
            return null;
        }
        // From the sentence that opens the meeting: "The hearing began at 5:40. The chair called the meeting to order
        // at 6:05." run together is 6:05.
        int from = Math.max(sentence.lastIndexOf(". ", o.start()), sentence.lastIndexOf("; ", o.start()));
        return calledToOrder(from < 0 ? sentence : sentence.substring(from + 2));
    }

    /**
     * The time in a line that says in the present tense when the meeting opens ("Meeting starts at 19:00"), or null:
     * under a next meeting's heading, that meeting's time.
     */
    static TimeRecognizer.Found opensNow(String sentence) {
        Matcher m = OPENS_NOW_AT.matcher(sentence);
        return m.find() ? TimeRecognizer.first(m.group("rest"), null) : null;
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
