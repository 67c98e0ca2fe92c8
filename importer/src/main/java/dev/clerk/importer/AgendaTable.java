package dev.clerk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An agenda laid out as a table whose rows are the items: a first column numbering or timing them ("1", "2.3",
 * "10:15") and a second giving the title, or a column headed "Item", "Topic", "Subject", "Agenda item" or
 * "Discussion point". Each row becomes a section; its other cells, split at their paragraph breaks, are its lines,
 * and the lines of an "Actions" column are marked as action items.
 */
final class AgendaTable {
    private static final Pattern TITLE_HEADER = Pattern.compile("(?i)^(?:agenda\\s+)?(?:items?|topics?|subjects?|titles?"
            + "|agenda(?:\\s+items?)?|discussion(?:\\s+(?:points?|items?|topics?))?|business)$");
    private static final Pattern NUMBER_OR_TIME = Pattern.compile("(?i)^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.?"
            + "|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[-–]\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?)$");
    private static final Pattern TIME = Pattern.compile("\\d[:.]\\d{2}");
    /** Columns that make the table something else: actions with owners, motions, attendance. */
    static final Pattern OWNER = Pattern.compile("(?i).*\\b(owners?|who|resp|responsib(?:le|ility)|assigned( to)?|lead|person"
            + "|action(?:ed)? by|by whom)\\b.*");
    static final Pattern TASK = Pattern.compile("(?i).*\\b(tasks?|actions?|action items?|items?|description|details?|what"
            + "|follow[- ]?ups?)\\b.*");
    private static final Pattern OTHER = Pattern.compile("(?i).*\\b(moved|mover|proposed|proposer|seconded|attendance"
            + "|present|vote[sd]?)\\b.*");
    private static final Pattern PEOPLE = Pattern.compile("(?i)^(?:names?|members?|attendees?|person|people)$");
    private static final Pattern ACTIONS = Pattern.compile("(?i).*\\b(actions?|action items?|next steps|follow[- ]?ups?)\\b.*");
    private static final Pattern PARAGRAPHS = Pattern.compile("(?i)\\s*(?:</?p>|<br\\s*/?>)\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s+");
    private static final Pattern LABELLED = Pattern.compile("(?i)^(?:action(?:\\s+items?)?|to\\s*do|task)\\s*:.*");

    private AgendaTable() {
    }

    /** The table's header lines (kept where the table stands), and its rows as sections. */
    record Items(List<Line> head, List<Section> items) {
    }

    /** The table's items at {@code level}, or null when {@code block} (table rows and rules) is no agenda table. */
    static Items read(List<Line> block, int level) {
        List<Line> rows = block.stream().filter(l -> l.kind() == Line.Kind.TABLE).toList();
        if (rows.size() < 2) {
            return null;
        }
        boolean headed = !NUMBER_OR_TIME.matcher(rows.get(0).cells().get(0)).matches();
        List<Line> data = headed ? rows.subList(1, rows.size()) : rows;
        List<String> header = headed ? rows.get(0).cells() : List.of();
        if (data.size() < 2 && !headed || data.isEmpty() || headed && isOtherTable(header)) {
            return null;
        }
        int title = -1;
        if (data.stream().allMatch(r -> r.cells().size() >= 2 && NUMBER_OR_TIME.matcher(r.cells().get(0)).matches()
                && r.cells().get(1).codePoints().anyMatch(Character::isLetter))) {
            title = 1;
        } else {
            for (int c = 0; c < Math.min(2, header.size()); c++) {
                if (TITLE_HEADER.matcher(plain(header.get(c))).matches()) {
                    title = c;
                    break;
                }
            }
        }
        final int t = title;
        if (t < 0 || data.stream().anyMatch(r -> plain(cell(r, t)).length() > 100)) {
            return null;
        }
        List<Line> head = new ArrayList<>();
        for (Line l : block) {
            if (data.contains(l)) {
                break;
            }
            head.add(l);
        }
        List<Section> items = new ArrayList<>();
        for (Line row : data) {
            String name = plain(cell(row, t));
            Section s;
            if (name.isEmpty() && !items.isEmpty()) {
                // A row with no title goes on with the item above it (a cell broken over two rows).
                s = items.get(items.size() - 1);
            } else if (name.isEmpty()) {
                return null;
            } else {
                s = new Section(name, level, row);
                items.add(s);
            }
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                if (c == t || c == 0 && t == 1 && !TIME.matcher(cells.get(0)).find()) {
                    continue;
                }
                boolean actions = c < header.size() && ACTIONS.matcher(header.get(c)).matches();
                for (String piece : PARAGRAPHS.split(cells.get(c))) {
                    String p = piece.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    String text = BULLET.matcher(p).replaceFirst("").strip();
                    if (actions && !text.matches("(?i)n/?a|none|-+|tbd") && !LABELLED.matcher(text).matches()) {
                        text = "Action: " + text;
                    }
                    s.lines.add(new Line(row.number(), text, Line.Kind.BULLET, 0, null, (char) 0, false));
                }
            }
        }
        return new Items(head, items);
    }

    /** Whether a header says the table holds action items with owners, motions or attendance, not agenda items. */
    private static boolean isOtherTable(List<String> header) {
        int owner = -1;
        int task = -1;
        for (int c = 0; c < header.size(); c++) {
            if (owner < 0 && OWNER.matcher(header.get(c)).matches()) {
                owner = c;
            }
            if (task < 0 && TASK.matcher(header.get(c)).matches()) {
                task = c;
            }
            if (OTHER.matcher(header.get(c)).matches() || c == 0 && PEOPLE.matcher(header.get(c)).matches()) {
                return true;
            }
        }
        return owner >= 0 && task >= 0 && owner != task;
    }

    private static String cell(Line row, int c) {
        List<String> cells = row.cells();
        return c < cells.size() ? cells.get(c) : "";
    }

    /** A cell's text without its paragraph marks: "<p>Candidate </p><p>Qualifications</p>" is "Candidate Qualifications". */
    private static String plain(String cell) {
        return PARAGRAPHS.matcher(cell).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
