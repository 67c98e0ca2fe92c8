package dev.clerk.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the section headings and nests them. Markdown documents (and Word documents with heading styles) are
 * outlined by their heading marks alone. Plain text is outlined by numbered lines that read as titles
 * (Roman numerals, letters, numbers: "I. Introductions", "A. Check in ...") and by upper-case lines; the first
 * kind met becomes level 1, the next new kind level 2, and so on, as a reader would take them.
 */
final class SectionHeadings {
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern TITLE_WORDS = Pattern.compile("(?i)\\b(minutes|meeting|agenda)\\b");
    /** A labelled field ("Present: ...", "Date:"), which ends the title block. */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{2,30}:");
    private static final Pattern UPPER = Pattern.compile("^[^\\p{Ll}]*\\p{Lu}[^\\p{Ll}]*$");

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
            if (line.kind() == Line.Kind.HEADING) {
                if (roots.isEmpty() && isTitle(line.text())) {
                    header.add(line);
                    continue;
                }
                level = Math.max(1, line.depth() - minDepth + 1);
                title = line.text();
            } else if (!markdown && !inList && line.kind() == Line.Kind.NUMBERED && line.close() == '.'
                    && line.depth() == 0 && readsAsTitle(line.text())) {
                String style = style(line.label(), styles, lastLabel);
                level = levelOf(style, styles);
                lastLabel[Math.min(level - 1, 7)] = line.label();
                title = line.text();
            } else if (!markdown && line.kind() == Line.Kind.TEXT && isUpperCaseHeading(line.text())) {
                if (roots.isEmpty() && isTitle(line.text())) {
                    header.add(line);
                    continue;
                }
                level = levelOf("UPPER", styles);
                title = line.text();
            }
            if (line.kind() == Line.Kind.TEXT || line.kind() == Line.Kind.HEADING) {
                inList = line.text().endsWith(":");
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
