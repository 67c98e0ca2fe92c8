package dev.clerk.importer;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads attendance blocks: a label ("Present:", "Attendees:", "Board members in attendance were:", "Absent:",
 * "Excused:", "Apologies", "Staff:", "Guests:") followed by names on the same line or on the lines below,
 * written "Name, Org; Name, Org", "Mayor A, Councilors B, C, and D were present.", one per line
 * ("Liam Maxwell  Chair", "- Catherine Holmes (Assistant to Treasurer)"), with "X was absent." sentences.
 */
final class AttendanceParser {
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?<label>(?:[\\p{L}'’/&,-]+\\s+){0,5}?(?:present|attendees|attendance|attending|in attendance(?:\\s+were)?"
                    + "|absent|excused|apologies(?:\\s+for\\s+absence)?|regrets|staff|guests|visitors|roll\\s+call"
                    + "|members of the public(?:\\s+and\\s+(?:the\\s+)?media)?|public|also present|not present)"
                    + "(?:\\s+were)?)\\s*(?::|-\\s|–\\s|$)\\s*(?<rest>.*)$");
    private static final Pattern SENTENCE_STATUS = Pattern.compile(
            "(?i)\\s*,?\\s*(?:(?:was|were)\\s+)?(present|absent|excused)(?:\\s+from\\s+the\\s+meeting)?\\.?$");
    private static final Pattern PAREN = Pattern.compile("\\s*\\(([^)]*)\\)\\s*$");
    private static final Pattern NOBODY = Pattern.compile("(?i)^(none|no one|nobody|no members|no others|n/a|-)\\b.*");

    private AttendanceParser() {
    }

    /** What a label says about the people after it. */
    record Label(AttendanceStatus status, Role role, String inline) {
    }

    /** The label a line starts with, or null when it is no attendance label. */
    static Label label(Line line) {
        if (line.kind() != Line.Kind.TEXT && line.kind() != Line.Kind.HEADING && !line.isListItem()) {
            return null;
        }
        String text = line.text();
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String label = m.group("label").toLowerCase(Locale.ROOT);
        String rest = m.group("rest");
        boolean colon = text.substring(m.group("label").length()).stripLeading().startsWith(":");
        // "Present" alone, or a label ending in ':' or a bold label: not a sentence that happens to contain the word.
        if (!colon && !rest.isEmpty() || line.isListItem() && (!colon || rest.isBlank())) {
            return null;
        }
        if (!colon && !line.bold() && line.kind() != Line.Kind.HEADING && label.split("\\s+").length > 3) {
            return null;
        }
        if (label.split("\\s+").length > 6 || line.kind() == Line.Kind.HEADING && label.split("\\s+").length > 3) {
            return null;
        }
        AttendanceStatus status = AttendanceStatus.PRESENT;
        if (label.contains("absent") || label.contains("not present")) {
            status = AttendanceStatus.ABSENT;
        } else if (label.contains("excused") || label.contains("apolog") || label.contains("regrets")) {
            status = AttendanceStatus.EXCUSED;
        }
        Role role = null;
        if (label.contains("staff") || label.contains("management")) {
            role = Role.STAFF;
        } else if (label.contains("guest") || label.contains("visitor") || label.contains("public")
                || label.contains("non-member")) {
            role = Role.GUEST;
        }
        return new Label(status, role, rest);
    }

    /**
     * Reads the block that starts at {@code lines[start]} (a label line); returns the index after it.
     * The people found are added to {@code out}.
     */
    static int read(List<Line> lines, int start, Label label, List<Attendee> out) {
        int i = start + 1;
        if (!label.inline().isBlank()) {
            parseEntries(label.inline(), label, out);
            return i;
        }
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        List<Line> block = new ArrayList<>();
        while (i < lines.size() && !lines.get(i).isBlank() && lines.get(i).kind() != Line.Kind.HEADING
                && lines.get(i).kind() != Line.Kind.RULE && label(lines.get(i)) == null) {
            block.add(lines.get(i));
            i++;
        }
        if (!block.isEmpty() && block.get(0).kind() == Line.Kind.TABLE && isHeaderRow(block.get(0).cells())) {
            block.remove(0);
        }
        if (block.size() == 1 && block.get(0).kind() == Line.Kind.TEXT) {
            parseEntries(block.get(0).text(), label, out);
        } else {
            boolean spaced = block.stream().anyMatch(l -> l.kind() == Line.Kind.TABLE
                    || l.text().matches(".*\\S(\\s{2,}|\\t)\\S.*"));
            for (Line l : block) {
                String t = l.kind() == Line.Kind.TABLE ? String.join("  ", l.cells()).strip() : l.text();
                if (t.contains(";") || t.chars().filter(c -> c == ',').count() >= 2) {
                    parseEntries(t, label, out);
                } else {
                    addOne(t, label, spaced, out);
                }
            }
        }
        return i;
    }

    private static boolean isHeaderRow(List<String> cells) {
        return cells.stream().anyMatch(c -> c.matches("(?i)name|member|attendee|person|organi[sz]ation|affiliation"));
    }

    /** A line or sentence listing people: "A, Org; B, Org" or "Mayor A, Councilors B and C were present. D was absent." */
    static void parseEntries(String text, Label label, List<Attendee> out) {
        if (NOBODY.matcher(text.strip()).matches()) {
            return;
        }
        for (String sentence : Sentences.plain(text)) {
            AttendanceStatus status = label.status();
            String s = sentence.strip();
            Matcher st = SENTENCE_STATUS.matcher(s);
            if (st.find() && st.end() == s.length() && st.start() > 0) {
                String word = st.group(1).toLowerCase(Locale.ROOT);
                status = word.equals("absent") ? AttendanceStatus.ABSENT
                        : word.equals("excused") ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                s = s.substring(0, st.start());
            }
            s = s.replaceAll("\\.$", "");
            Label l = new Label(status, label.role(), "");
            if (s.contains(";")) {
                for (String part : s.split(";")) {
                    String p = part.strip().replaceFirst("(?i)^and\\s+", "");
                    if (p.isEmpty()) {
                        continue;
                    }
                    int comma = p.indexOf(',');
                    if (comma > 0) {
                        add(out, p.substring(0, comma), p.substring(comma + 1), l);
                    } else {
                        addOne(p, l, false, out);
                    }
                }
            } else if (!s.contains(",") && !s.matches("(?s).*\\s(?:and|&)\\s.*")) {
                addOne(s, l, false, out);
            } else {
                commaList(s, l, out);
            }
        }
    }

    /** "Mayor Heather Kibbey, Council President Arne Nyberg, and Councilors Carolyn Bahrman, ... and Bill Tuttle". */
    private static void commaList(String s, Label label, List<Attendee> out) {
        String[] parts = s.split("\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+and\\s+|\\s+&\\s+");
        Attendee previous = null;
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            String note = null;
            Matcher paren = PAREN.matcher(part);
            if (paren.find()) {
                note = paren.group(1);
                part = part.substring(0, paren.start());
            }
            String bare = NameIndex.stripTitles(part);
            if (NameIndex.looksLikePersonName(bare) && !NameIndex.isOnlyTitles(part)) {
                previous = attendee(bare, null, label, note);
                out.add(previous);
            } else if (previous != null && previous.affiliation() == null && previous.note() == null) {
                out.set(out.size() - 1, describe(previous, part));
                previous = null;
            }
        }
    }

    private static void addOne(String text, Label label, boolean spaced, List<Attendee> out) {
        String t = text.strip();
        if (t.isEmpty() || NOBODY.matcher(t).matches()) {
            return;
        }
        String note = null;
        Matcher paren = PAREN.matcher(t);
        if (paren.find()) {
            note = paren.group(1);
            t = t.substring(0, paren.start()).strip();
        }
        String[] split = t.split("\\s{2,}|\\t+|\\s+[-–—]\\s+|,\\s*", 2);
        String name = split[0];
        String rest = split.length > 1 ? split[1] : null;
        String[] words = t.split("\\s+");
        if (rest == null && words.length > 2 && (spaced || !NameIndex.looksLikePersonName(NameIndex.stripTitles(t)))) {
            // "Chris Francis SAP", "John Sheridan The National Archives": the name is the first two or three words.
            for (int n = 2; n <= 3 && n < words.length; n++) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
                if (NameIndex.looksLikePersonName(candidate)) {
                    name = candidate;
                    rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
                    if (spaced || NameIndex.isAcronym(words[n]) || words[n].equals("The")
                            || NameIndex.ORG_WORDS.contains(words[n].toLowerCase(Locale.ROOT))) {
                        break;
                    }
                }
            }
        }
        name = NameIndex.stripTitles(name);
        if (!NameIndex.looksLikePersonName(name)) {
            return;
        }
        Attendee a = attendee(name, null, label, note);
        out.add(rest == null ? a : describe(a, rest));
    }

    private static void add(List<Attendee> out, String name, String affiliation, Label label) {
        String n = NameIndex.stripTitles(name.strip());
        if (n.isEmpty()) {
            return;
        }
        out.add(attendee(n, affiliation.strip(), label, null));
    }

    private static Attendee attendee(String name, String affiliation, Label label, String note) {
        return new Attendee(name, affiliation, label.status(), label.role(), note);
    }

    /** Puts what follows a name where it belongs: an office ("Port Manager", "Chair") in the note, else the affiliation. */
    private static Attendee describe(Attendee a, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return a;
        }
        boolean office = t.matches("(?i).*\\b(chair|chairman|chairwoman|chairperson|president|secretary|treasurer|manager"
                + "|director|recorder|clerk|coordinator|assistant|officer|member|mayor|councilor|commissioner|staff)\\b.*")
                && t.split("\\s+").length <= 4;
        return office ? new Attendee(a.name(), a.affiliation(), a.status(), a.role(), join(a.note(), t))
                : new Attendee(a.name(), t, a.status(), a.role(), a.note());
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
