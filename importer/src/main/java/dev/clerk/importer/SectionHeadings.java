package dev.clerk.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the section headings and nests them. Markdown documents (and Word documents with heading styles) are
 * outlined by their heading marks, with a line wholly in bold a sub-heading of the heading above it. Plain text is
 * outlined by numbered lines that read as titles (Roman numerals, letters, numbers, decimals: "I. Introductions",
 * "A. Check in ...", "2.3 Budget"), "Item 5: Title" lines, upper-case lines, bold lines, and short plain lines that
 * title the bulleted list below them; the first kind met becomes level 1, the next new kind level 2, and so on, as
 * a reader would take them. In both, a table whose rows are agenda items ({@link AgendaTable}) gives one section a
 * row. A name in an attendance block, a vote label ("In Favour:") and a title line that breaks off mid-phrase are
 * not sections.
 */
final class SectionHeadings {
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern TITLE_WORDS = Pattern.compile("(?i)\\b(minutes|meeting|agenda)\\b");
    /** A labelled field ("Present: ...", "Date:"), which ends the title block. */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{2,30}:");
    private static final Pattern UPPER = Pattern.compile("^[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*$");
    /** "2.3 Budget", "1.1. Minutes", "4.0 Reports": a decimal-numbered title, which the line reader leaves as text. */
    private static final Pattern DECIMAL = Pattern.compile("^(?<number>\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?\\s+(?<title>\\S.*)$");
    /** "Item 5: Budget", "Agenda item 3 – Minutes", "Item No. 2. Reports". */
    private static final Pattern ITEM = Pattern.compile("^(?i:agenda\\s+)?(?i:item)\\s+(?i:no\\.?\\s*|#\\s*)?\\d{1,3}"
            + "(?:\\.\\d{1,2})*[a-z]?\\s*(?:[:.)]|\\s[–—-])\\s*\\p{Lu}.*$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(?i)(?:agenda\\s+)?item\\s+(?:no\\.?\\s*|#\\s*)?\\d{1,3}"
            + "(?:\\.\\d{1,2})*[a-z]?\\s*(?:[:.)]|\\s[–—-])\\s*");
    /** Words that make a short line a sentence or the lead-in to a list rather than its title. */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)\\b(?:is|are|was|were|will|would|has|have|had|did|does|"
            + "following|below|include[sd]?|including|as follows)\\b");
    /** The labels of a recorded vote ("In Favour", "Against", "Abstain"), which head names, not sections. */
    private static final Pattern VOTE_LABEL = Pattern.compile("(?i)^(?:in\\s+favou?r(?:\\s+of)?|for|against|"
            + "abstain(?:ed|ing|s)?|abstentions?|ayes?|nays?|noes|yeas?)\\s*(?:\\(\\d+\\))?\\s*:?$");
    /** A line that breaks off before its last word's object: "HELD IN THE COUNCIL CHAMBER ON", "MEETING OF THE". */
    private static final Pattern MID_PHRASE = Pattern.compile("(?i)\\b(?:at|of|and|the|to|in|on|for|by|with|from|held|a|an)$");

    private SectionHeadings() {
    }

    /** The lines before the first section, and the sections. */
    record Outline(List<Line> header, List<Section> sections) {
    }

    static Outline outline(List<Line> lines, boolean markdown) {
        List<Line> header = new ArrayList<>();
        List<Section> roots = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        List<String> styles = new ArrayList<>();
        String[] lastLabel = new String[8];
        int minDepth = markdown ? minHeadingDepth(lines) : 1;
        boolean inList = false;
        // Whether the lines are in an attendance block, where a short line is a name, not a title.
        boolean inAttendance = false;
        // Whether the last line of the document's title broke off mid-phrase ("... HELD IN THE CHAMBER ON").
        boolean titleContinues = false;
        // The level of the last section opened by a heading mark, under which a bold line is a sub-heading.
        int markedLevel = 0;
        // The first lines, up to the first blank line, are the title block ("PARKS AND RECREATION BOARD" above
        // "SPECIAL MEETING MINUTES"): never sections in plain text.
        int titleBlockEnd = 0;
        while (titleBlockEnd < lines.size() && lines.get(titleBlockEnd).isBlank()) {
            titleBlockEnd++;
        }
        while (titleBlockEnd < lines.size() && !lines.get(titleBlockEnd).isBlank()
                && !LABEL.matcher(lines.get(titleBlockEnd).text()).find()) {
            titleBlockEnd++;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Integer level = null;
            String title = null;
            if (!markdown && i < titleBlockEnd && line.kind() != Line.Kind.HEADING) {
                header.add(line);
                continue;
            }
            if (line.kind() == Line.Kind.TABLE && (i == 0 || lines.get(i - 1).kind() != Line.Kind.TABLE
                    && lines.get(i - 1).kind() != Line.Kind.RULE)) {
                int end = tableEnd(lines, i);
                AgendaTable.Items table = AgendaTable.read(lines.subList(i, end), open.isEmpty() ? 1 : open.peek().level + 1);
                if (table != null) {
                    // The header row stays with the section the table is in; each row below it is an item.
                    (open.isEmpty() ? header : open.peek().lines).addAll(table.head());
                    (open.isEmpty() ? roots : open.peek().children).addAll(table.items());
                    inList = false;
                    inAttendance = false;
                    i = end - 1;
                    continue;
                }
            }
            if (line.kind() == Line.Kind.HEADING) {
                if (roots.isEmpty() && isTitle(line.text())) {
                    header.add(line);
                    continue;
                }
                level = Math.max(1, line.depth() - minDepth + 1);
                markedLevel = level;
                title = line.text();
            } else if (titleContinues && roots.isEmpty() && line.kind() == Line.Kind.TEXT
                    && UPPER.matcher(line.text()).matches()) {
                header.add(line);
                titleContinues = endsMidPhrase(line.text());
                continue;
            } else if (!markdown && !inList && line.kind() == Line.Kind.NUMBERED && line.close() == '.'
                    && line.depth() == 0 && readsAsTitle(line.text())) {
                String style = style(line.label(), styles, lastLabel);
                level = levelOf(style, styles);
                lastLabel[Math.min(level - 1, 7)] = line.label();
                title = line.text();
            } else if (!markdown && !inList && line.kind() == Line.Kind.TEXT && decimal(line.text()) != null) {
                Matcher d = DECIMAL.matcher(line.text());
                d.matches();
                level = levelOf(decimal(line.text()), styles);
                title = d.group("title");
            } else if (!markdown && line.kind() == Line.Kind.TEXT && ITEM.matcher(line.text()).matches()
                    && readsAsTitle(ITEM_NUMBER.matcher(line.text()).replaceFirst(""))) {
                level = levelOf("ITEM", styles);
                title = line.text();
            } else if (line.kind() == Line.Kind.TEXT && line.bold() && readsAsBoldTitle(line.text())
                    && !(inAttendance && UPPER.matcher(line.text()).matches() && isName(line.text()))) {
                if (roots.isEmpty() && isTitle(line.text())) {
                    header.add(line);
                    titleContinues = endsMidPhrase(line.text());
                    continue;
                }
                if (markdown) {
                    // A bold line in a document outlined by heading marks is a sub-heading of the last heading;
                    // attendance belongs to the meeting, not to the topic before it.
                    level = AttendanceParser.heading(cleanTitle(line.text())) != null ? 1 : markedLevel + 1;
                } else {
                    level = levelOf("BOLD", styles);
                }
                title = line.text();
            } else if (!markdown && line.kind() == Line.Kind.TEXT && isUpperCaseHeading(line.text())
                    && !(inAttendance && i > 0 && !lines.get(i - 1).isBlank() && isName(line.text()))) {
                // In an attendance block, "TOM BECKER" under "MARIA LOPEZ" is a name; after a blank line, a title.
                if (roots.isEmpty() && isTitle(line.text())) {
                    header.add(line);
                    titleContinues = endsMidPhrase(line.text());
                    continue;
                }
                level = levelOf("UPPER", styles);
                title = line.text();
            } else if (!markdown && line.kind() == Line.Kind.TEXT && titlesList(lines, i)
                    && !(inAttendance && isName(line.text()))) {
                level = levelOf("PLAIN", styles);
                title = line.text();
            }
            if (line.kind() == Line.Kind.TEXT || line.kind() == Line.Kind.HEADING) {
                inList = line.text().endsWith(":");
                AttendanceParser.Label label = AttendanceParser.label(line);
                if (label != null) {
                    // "Present:" above a list of names; "Present: Ann Lee, Bo Chan" has its names on the line.
                    inAttendance = label.inline() == null || label.inline().isBlank();
                } else if (level == null && line.text().length() > 60) {
                    inAttendance = false;
                }
            } else if (line.kind() == Line.Kind.NUMBERED && level == null) {
                inList = true;
            }
            if (level == null) {
                if (open.isEmpty()) {
                    header.add(line);
                } else {
                    open.peek().lines.add(line);
                }
                continue;
            }
            inList = false;
            inAttendance = AttendanceParser.heading(cleanTitle(title)) != null;
            titleContinues = false;
            Section s = new Section(cleanTitle(title), level, line);
            while (!open.isEmpty() && open.peek().level >= level) {
                open.pop();
            }
            if (open.isEmpty()) {
                roots.add(s);
            } else {
                open.peek().children.add(s);
            }
            open.push(s);
        }
        return new Outline(header, roots);
    }

    /** The index after the table that starts at {@code start}: its rows and the rules between them. */
    private static int tableEnd(List<Line> lines, int start) {
        int end = start;
        while (end < lines.size() && (lines.get(end).kind() == Line.Kind.TABLE
                || lines.get(end).kind() == Line.Kind.RULE && end + 1 < lines.size()
                && lines.get(end + 1).kind() == Line.Kind.TABLE)) {
            end++;
        }
        return end;
    }

    /** The numbering style of "2.3 Title" ("DECIMAL.1", one dot deeper than "2."), or null for no such title. */
    private static String decimal(String text) {
        Matcher d = DECIMAL.matcher(text);
        if (!d.matches() || !readsAsTitle(d.group("title")) || !Character.isUpperCase(d.group("title").codePointAt(0))) {
            return null;
        }
        String number = d.group("number").replaceFirst("\\.0$", "");
        long dots = number.chars().filter(c -> c == '.').count();
        return dots == 0 ? "DECIMAL" : "DECIMAL." + dots;
    }

    /**
     * A short line, without the punctuation that ends a sentence or introduces what follows, standing on its own
     * (after a blank line or a list) and followed by a bulleted list: the title of the list ("Budget update" above
     * "- Revenue is ahead ...").
     */
    static boolean titlesList(List<Line> lines, int i) {
        String text = lines.get(i).text();
        Line before = i == 0 ? null : lines.get(i - 1);
        if (before != null && !before.isBlank() && before.kind() != Line.Kind.BULLET && before.kind() != Line.Kind.RULE) {
            return false;
        }
        int j = i + 1;
        if (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        if (j >= lines.size() || lines.get(j).kind() != Line.Kind.BULLET) {
            return false;
        }
        if (text.length() > 60 || text.split("\\s+").length > 8 || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        int last = text.codePointBefore(text.length());
        return (Character.isLetterOrDigit(last) || last == ')') && !LEAD_IN.matcher(text).find()
                && !DateRecognizer.isOnlyDate(text);
    }

    /** A line wholly in bold that reads as a title: short, capitalised, no sentence, no vote tally or lower-case label. */
    static boolean readsAsBoldTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 90 || t.split("\\s+").length > 12 || VOTE_LABEL.matcher(t).find()
                || t.codePoints().filter(Character::isLetter).count() < 3 || DateRecognizer.isOnlyDate(t)) {
            return false;
        }
        if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.charAt(0))) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ':') {
            // "MEMBERS PRESENT:" heads a block; "Reason:" or "Note:" labels the text after it.
            return isUpperCaseLabel(t);
        }
        return last != '.' && last != ';' && last != ',' && last != '!' && last != '?';
    }

    /** An upper-case line ending in a colon: "MEMBERS PRESENT:", "OFFICIALS IN ATTENDANCE:". */
    private static boolean isUpperCaseLabel(String text) {
        String t = text.strip();
        return t.endsWith(":") && t.length() > 1 && isUpperCaseHeading(t.substring(0, t.length() - 1).strip());
    }

    /** In an attendance block, a line that names a person rather than another attendance heading ("Apologies"). */
    private static boolean isName(String text) {
        String t = text.strip();
        if (UPPER.matcher(t).matches()) {
            // "MARIA LOPEZ" read as "Maria Lopez", or every word would pass for an acronym.
            StringBuilder sb = new StringBuilder();
            for (String w : t.toLowerCase(Locale.ROOT).split("\\s+")) {
                sb.append(sb.length() == 0 ? "" : " ").append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT)
                        + w.substring(1));
            }
            t = sb.toString();
        }
        return NameIndex.looksLikePersonName(t) && AttendanceParser.heading(cleanTitle(text)) == null;
    }

    /** Whether a title line breaks off mid-phrase, so that the next upper-case line goes on with it. */
    private static boolean endsMidPhrase(String text) {
        String t = text.strip();
        return t.endsWith(",") || MID_PHRASE.matcher(t).find();
    }

    private static int minHeadingDepth(List<Line> lines) {
        int min = 6;
        boolean seenSection = false;
        for (Line l : lines) {
            if (l.kind() == Line.Kind.HEADING) {
                if (!seenSection && isTitle(l.text())) {
                    continue;
                }
                seenSection = true;
                min = Math.min(min, l.depth());
            }
        }
        return min;
    }

    /** Whether a heading before any section is the document's title or date rather than a section. */
    static boolean isTitle(String text) {
        return DateRecognizer.isOnlyDate(text) || !DateRecognizer.full(text).isEmpty()
                || TITLE_WORDS.matcher(text).find();
    }

    /** A numbered line reads as a title: short, capitalised, not a sentence, not a label. */
    static boolean readsAsTitle(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.charAt(0))) {
            return false;
        }
        if (text.length() > 120 || text.split("\\s+").length > 14) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last != '.' && last != ';' && last != ',' && last != ':';
    }

    static boolean isUpperCaseHeading(String text) {
        if (text.length() < 4 || text.length() > 90 || !UPPER.matcher(text).matches()) {
            return false;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 4 && !text.endsWith(":") && !text.endsWith(",") && !text.startsWith("_");
    }

    /** The numbering style of a label; a lone I, V, X, L or C continuing a letter sequence is a letter. */
    private static String style(String label, List<String> styles, String[] lastLabel) {
        if (Character.isDigit(label.charAt(0))) {
            return "DECIMAL";
        }
        boolean lower = Character.isLowerCase(label.charAt(0));
        String upper = label.toUpperCase(Locale.ROOT);
        boolean roman = ROMAN.matcher(upper).matches();
        if (roman && upper.length() == 1) {
            int letterLevel = styles.indexOf(lower ? "LOWER_LETTER" : "UPPER_LETTER");
            if (letterLevel >= 0 && letterLevel < lastLabel.length && lastLabel[letterLevel] != null
                    && lastLabel[letterLevel].length() == 1
                    && Character.toUpperCase(lastLabel[letterLevel].charAt(0)) + 1 == upper.charAt(0)) {
                roman = false;
            } else if (!upper.equals("I") && styles.indexOf(lower ? "LOWER_ROMAN" : "UPPER_ROMAN") < 0) {
                roman = false;
            }
        }
        if (roman) {
            return lower ? "LOWER_ROMAN" : "UPPER_ROMAN";
        }
        return lower ? "LOWER_LETTER" : "UPPER_LETTER";
    }

    private static int levelOf(String style, List<String> styles) {
        int i = styles.indexOf(style);
        if (i < 0) {
            styles.add(style);
            return styles.size();
        }
        return i + 1;
    }

    static String cleanTitle(String title) {
        String t = title.strip();
        while (!t.isEmpty() && (t.endsWith(":") || t.endsWith(".") && !t.endsWith("..."))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? title.strip() : t;
    }
}
