package dev.clerk.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what concerns the next meeting: a "Next Meeting: May 22, 2017" section, a sentence such as
 * "The next meeting will be held on June 5, 2019 at 6:00 p.m.", and the line that introduces items proposed
 * for its agenda ("Agenda items for next meeting:", "Future agenda items:").
 */
final class NextMeetingRecognizer {
    private static final Pattern TITLE = Pattern.compile("(?i)^(?:date\\s+of\\s+)?(?:the\\s+)?next\\s+(?:regular\\s+|special\\s+)?"
            + "(?:committee\\s+|board\\s+|council\\s+)?meeting(?:\\s+date)?\\b\\s*(?<rest>.*)$");
    private static final Pattern SENTENCE = Pattern.compile("(?i)\\b(?:the\\s+)?next\\s+(?:regular\\s+|special\\s+)?(?:\\w+\\s+)?"
            + "meeting\\b[^.]{0,60}?\\b(?:will\\s+be|is|is\\s+scheduled\\s+for|has\\s+been\\s+scheduled\\s+for|was\\s+set\\s+for|"
            + "will\\s+take\\s+place|:)\\s*(?<rest>.{0,120})");
    private static final Pattern PROPOSED = Pattern.compile("(?i).*\\b(?:agenda\\s+items|items\\s+for\\s+(?:the\\s+)?next"
            + "|proposed\\s+(?:agenda\\s+)?items|future\\s+agenda|topics\\s+for\\s+(?:the\\s+)?next|for\\s+(?:the\\s+)?next"
            + "\\s+agenda)\\b.*:$");

    private NextMeetingRecognizer() {
    }

    /** For a "Next Meeting ..." title, what follows the words (the date, perhaps); else null. */
    static String titleRest(String title) {
        Matcher m = TITLE.matcher(title.strip());
        return m.matches() ? m.group("rest").replaceFirst("^[\\s:–—-]+", "") : null;
    }

    /** For a sentence about the next meeting, the words that give its date and time; else null. */
    static String sentenceRest(String sentence) {
        Matcher m = SENTENCE.matcher(sentence);
        return m.find() ? m.group("rest") : null;
    }

    static boolean introducesProposedItems(String text) {
        return PROPOSED.matcher(text.strip()).matches();
    }
}
