package dev.clerk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one line of the minutes went in the meeting file.
 *
 * @param line  the line number in the source, from 1
 * @param paths the fields that hold its words ({@code agenda[1].narrative[0]}, {@code attendees[3]}, {@code date}),
 *              in the order found; empty for a line with no words to keep (a rule, a lone number)
 * @param kept    why the line was kept as written in the narrative (the {@code # check:} note), or null when the
 *                importer read it into the fields it names
 * @param wording the line as written, when it was read into fields that do not hold its words as written (a name
 *                and an affiliation, a motion's mover and result, a date written another way): it goes in a comment
 *                above the first of them, so the reading can be checked against the source in the meeting file
 *                itself; null when a field holds the line verbatim or it was kept as narrative, and on every line of a
 *                wrapped one but its first, so that its comment is written once
 * @param first   the first source line of the logical line this one is part of: a sentence or name list wrapped over
 *                lines 3 and 4 is read as one line, and both are placed where it went; {@code line} for a line alone
 * @param last    the last source line of that logical line
 */
public record Placement(int line, List<String> paths, String kept, String wording, int first, int last) {
    private static final Pattern INDEXED = Pattern.compile("^(.*)\\[(\\d+)]$");
    /** A path the meeting file has: not a report's description ("due date of A-1") nor a bare key met anywhere. */
    private static final Pattern FIELD = Pattern.compile("^(?!minutesOf$)[a-z][A-Za-z]*(?:\\[\\d+])?"
            + "(?:\\.[a-z][A-Za-z]*(?:\\[\\d+])?)*$");

    public Placement {
        if (line < 1) {
            throw new IllegalArgumentException("line: must be 1 or more, not " + line);
        }
        paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
        if (wording != null && kept != null) {
            throw new IllegalArgumentException("wording: a line kept as narrative is already kept as written");
        }
        if (first > line || last < line) {
            first = line;
            last = line;
        }
    }

    /** A line written on one source line. */
    public Placement(int line, List<String> paths, String kept, String wording) {
        this(line, paths, kept, wording, line, line);
    }

    /** A line read into fields that hold its words as written, or kept as narrative. */
    public Placement(int line, List<String> paths, String kept) {
        this(line, paths, kept, null);
    }

    /** The field the wording's comment goes above: the first of the line's fields the meeting file has; or null. */
    public String wordingPath() {
        if (wording == null) {
            return null;
        }
        return paths.stream().filter(p -> FIELD.matcher(p).matches()).findFirst().orElse(null);
    }

    /**
     * The comment that keeps the line's wording: {@code as written (line 7): Present: A, B}; for a line wrapped over
     * several, {@code as written (lines 7-8): ...}.
     */
    public String wordingComment() {
        return wording == null ? null : "as written (" + lines() + "): " + wording;
    }

    /** The source lines of the logical line: "line 7", "lines 7-8". */
    public String lines() {
        return first == last ? "line " + line : "lines " + first + "-" + last;
    }

    /** Whether the line's place was a guess: it was kept as narrative, not read into a field. */
    public boolean guessed() {
        return kept != null;
    }

    /** One line of a report: {@code 12: agenda[1].narrative[0]}, {@code 3: attendees[0..4]}, {@code 7: date, start}. */
    public String describe() {
        if (paths.isEmpty()) {
            return line + ": no words to keep";
        }
        String where = String.join(", ", compress(paths));
        if (line != first) {
            // A further line of a wrapped one: it went where its first line went.
            return line + ": with line " + first + ", " + where;
        }
        if (kept == null) {
            return line + ": " + where + (wordingPath() == null ? "" : " (its wording in a comment)");
        }
        return line + ": kept as " + (where.contains(".narrative[") ? "narrative " : "written in ") + where + " (check: "
                + kept + ")";
    }

    /** Runs of the same list's consecutive elements written as one range: attendees[0], attendees[1] → attendees[0..1]. */
    static List<String> compress(List<String> paths) {
        List<String> out = new ArrayList<>();
        String prefix = null;
        int first = -1;
        int last = -1;
        for (String p : paths) {
            Matcher m = INDEXED.matcher(p);
            if (m.matches() && m.group(1).equals(prefix) && Integer.parseInt(m.group(2)) == last + 1) {
                last++;
                continue;
            }
            flush(out, prefix, first, last);
            if (m.matches()) {
                prefix = m.group(1);
                first = Integer.parseInt(m.group(2));
                last = first;
            } else {
                prefix = null;
                out.add(p);
            }
        }
        flush(out, prefix, first, last);
        return out;
    }

    private static void flush(List<String> out, String prefix, int first, int last) {
        if (prefix != null) {
            out.add(prefix + "[" + (first == last ? first : first + ".." + last) + "]");
        }
    }
}
