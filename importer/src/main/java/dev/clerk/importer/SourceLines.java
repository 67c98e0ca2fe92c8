package dev.clerk.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text into classified {@link Line}s: YAML front matter (as left by Jekyll or a CMS) is set aside,
 * Markdown marks are read and removed, characters no document may hold are dropped.
 */
final class SourceLines {
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+•◦▪·–]\\s+(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(\\s*)\\(?([IVXLC]{1,6}|[A-Z]|[ivx]{1,5}|[a-z]|\\d{1,2})([.)])(?:\\s+|(?<=\\d[.)])(?=[A-Z]))(\\S.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-=*_~]\\s*){3,}$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*(:?-{2,}:?\\s*)?$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*(:?)\\s*$");

    private SourceLines() {
    }

    /**
     * The lines, and the front matter's fields (title, date, ...) when there was front matter.
     *
     * @param lines            the lines after the front matter
     * @param frontMatter      the front matter's fields, by lower-case name
     * @param frontMatterLines the front matter's own lines, fences included, so that none is lost
     */
    record Result(List<Line> lines, Map<String, String> frontMatter, List<Line> frontMatterLines) {
    }

    static Result read(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Map<String, String> front = new LinkedHashMap<>();
        int start = frontMatterEnd(raw, front);
        List<Line> frontLines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            String t = clean(raw[i]);
            frontLines.add(t.isEmpty() ? new Line(i + 1, "", Line.Kind.BLANK, 0, null, (char) 0, false)
                    : new Line(i + 1, t, Line.Kind.TEXT, 0, null, (char) 0, false));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = start; i < raw.length; i++) {
            lines.add(classify(i + 1, clean(raw[i])));
        }
        return new Result(lines, front, frontLines);
    }

    private static int frontMatterEnd(String[] raw, Map<String, String> front) {
        int first = 0;
        while (first < raw.length && isBlank(raw[first])) {
            first++;
        }
        if (first >= raw.length || !raw[first].strip().equals("---")) {
            return 0;
        }
        for (int i = first + 1; i < raw.length && i < first + 200; i++) {
            String line = raw[i].strip();
            if (line.equals("---") || line.equals("...")) {
                return i + 1;
            }
            Matcher m = Pattern.compile("^([A-Za-z_][\\w-]*):\\s*(.*)$").matcher(raw[i]);
            if (m.matches() && !m.group(2).isBlank()) {
                front.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT),
                        m.group(2).strip().replaceAll("^['\"]|['\"]$", ""));
            }
        }
        front.clear();
        return 0;
    }

    /** Drops characters XML cannot hold (Word's vertical tabs, stray control bytes) and no-break spaces at the ends. */
    static String clean(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append(c);
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || c == 0xFEFF) {
                sb.append(c == 0x0B || c == 0x0C ? ' ' : "");
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                // No-break spaces pasted from web pages and Word are plain spaces in the record.
                sb.append(' ');
            } else if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < line.length()
                        && Character.isLowSurrogate(line.charAt(i + 1));
                if (pair) {
                    sb.append(c).append(line.charAt(++i));
                }
            } else {
                sb.append(c);
            }
        }
        return strip(sb.toString());
    }

    static boolean isBlank(String s) {
        return strip(s).isEmpty();
    }

    /** Strips spaces, tabs, no-break and zero-width spaces from both ends. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u202F' || c == '\u2007';
    }

    /** Markdown links as "text (address)", so that the address is kept; "address" alone when the text is the address. */
    static String links(String line) {
        Matcher m = LINK.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String text = m.group(1);
            String address = m.group(2);
            String plain = address.replaceFirst("^(?:https?://|mailto:)", "");
            boolean same = text.equals(address) || text.equals(plain);
            m.appendReplacement(sb, Matcher.quoteReplacement(same ? text : text + " (" + address + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Line classify(int number, String line) {
        if (line.isEmpty()) {
            return new Line(number, "", Line.Kind.BLANK, 0, null, (char) 0, false);
        }
        if (TABLE_RULE.matcher(line).matches()) {
            return new Line(number, "", Line.Kind.RULE, 0, null, (char) 0, false);
        }
        Matcher row = TABLE_ROW.matcher(line);
        if (row.matches()) {
            String cells = String.join(" | ", java.util.Arrays.stream(row.group(1).split("\\|", -1))
                    .map(c -> strip(c.replace("**", ""))).toList());
            return new Line(number, cells, Line.Kind.TABLE, 0, null, (char) 0, false);
        }
        if (RULE.matcher(line).matches()) {
            return new Line(number, "", Line.Kind.RULE, 0, null, (char) 0, false);
        }
        boolean bold = false;
        Matcher b = BOLD_LINE.matcher(line);
        if (b.matches() && !b.group(1).contains("**")) {
            bold = true;
        }
        String text = links(line).replace("**", "").replace("__", "");
        Matcher m = MD_HEADING.matcher(text);
        if (m.matches()) {
            String t = strip(m.group(2));
            if (t.isEmpty()) {
                return new Line(number, "", Line.Kind.BLANK, 0, null, (char) 0, false);
            }
            Matcher n = NUMBERED.matcher(t);
            if (n.matches()) {
                return new Line(number, strip(n.group(4)), Line.Kind.HEADING, m.group(1).length(), n.group(2),
                        n.group(3).charAt(0), bold);
            }
            return new Line(number, t, Line.Kind.HEADING, m.group(1).length(), null, (char) 0, bold);
        }
        m = BULLET.matcher(text);
        if (m.matches()) {
            return new Line(number, strip(m.group(2)), Line.Kind.BULLET, m.group(1).length(), null, (char) 0, bold);
        }
        m = NUMBERED.matcher(text);
        if (m.matches()) {
            return new Line(number, strip(m.group(4)), Line.Kind.NUMBERED, m.group(1).length(), m.group(2),
                    m.group(3).charAt(0), bold);
        }
        return new Line(number, strip(text), Line.Kind.TEXT, 0, null, (char) 0, bold);
    }
}
