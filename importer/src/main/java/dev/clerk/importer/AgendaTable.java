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
    /** A column header that names the record of the discussion too: "Notes/Action Items", "Discussion and actions". */
    private static final Pattern RECORD = Pattern.compile("(?i)\\b(notes?|discussion|minutes?|comments?|summary|outcomes?"
            + "|decisions?|updates?)\\b");
    /** Where a header joins two names of what its column holds: "Actions: Responsible/None", "Action / Owner". */
    private static final Pattern HEADER_JOIN = Pattern.compile("(?i)\\s*(?:[:/&+,;()–—]|\\s-\\s|\\band\\b)\\s*");
    /** A cell holding a figure, a sum or a date only: "$1,250.00", "12", "45%", "(300)", "2024-06-01". */
    private static final Pattern FIGURE = Pattern.compile("(?i)^[-+(]?\\s*[$£€¥]?\\s*\\d[\\d,.\\s]*%?\\)?\\s*(?:[a-z]{1,3})?$"
            + "|^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}$");
    /** A sum of money: a currency sign, or pence after the point ("80.00"). */
    private static final Pattern MONEY = Pattern.compile("[$£€¥]|\\d[.,]\\d{2}$");
    /** A column header that names sums: "Amount", "Total", "Cost (£)", "Net", "VAT". */
    private static final Pattern AMOUNT = Pattern.compile("(?i)\\b(amounts?|costs?|prices?|totals?|balances?|sums?|budget"
            + "|values?|income|expenditure|spend|spent|net|gross|vat|fees?|paid|payments?|receipts?|[$£€¥])");
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
        if (t < 0 || data.stream().anyMatch(r -> plain(cell(r, t)).length() > 100) || figures(data, header, t)) {
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
                boolean actions = c < header.size() && actionsColumn(header.get(c));
                for (String piece : Line.CELL_PARAGRAPHS.split(cells.get(c))) {
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

    /**
     * The column of owners: the first whose header names who is responsible ("Owner", "Who", "Responsible", "Action by"),
     * and not one that names the actions with them ("Actions: Responsible/None", "Action / Owner"), whose cells are
     * tasks with their owners written in ("Romain to provide updates"); -1 when there is none.
     */
    static int ownerColumn(List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            if (OWNER.matcher(header.get(c)).matches() && !actionsWithOwners(header.get(c))) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a header joins a name of actions and a name of their owners: "Actions: Responsible/None", "Action/Owner". */
    static boolean actionsWithOwners(String header) {
        boolean actions = false;
        boolean owners = false;
        for (String part : HEADER_JOIN.split(header.strip())) {
            if (OWNER.matcher(part).matches()) {
                owners = true;
            } else if (ACTIONS.matcher(part).matches()) {
                actions = true;
            }
        }
        return actions && owners;
    }

    /**
     * Whether a column holds action items: its header names actions ("Actions", "Action items", "Next steps",
     * "Actions: Responsible / Note"), and not first a record of the discussion ("Notes/Action Items", "Discussion and
     * actions" hold notes first, each line of them read as its sentence reads).
     */
    private static boolean actionsColumn(String header) {
        return ACTIONS.matcher(header).matches() && !RECORD.matcher(HEADER_JOIN.split(header.strip())[0]).find();
    }

    /** Whether a header says the table holds action items with owners, motions or attendance, not agenda items. */
    private static boolean isOtherTable(List<String> header) {
        int owner = ownerColumn(header);
        int task = -1;
        for (int c = 0; c < header.size(); c++) {
            if (task < 0 && TASK.matcher(header.get(c)).matches()) {
                task = c;
            }
            if (OTHER.matcher(header.get(c)).matches() || c == 0 && PEOPLE.matcher(header.get(c)).matches()) {
                return true;
            }
        }
        return owner >= 0 && task >= 0 && owner != task;
    }

    /**
     * Whether the cells beside the titles hold sums only ("| Item | Amount |" over "| Hall hire | 200.00 |", "| Payee |
     * Net |" over "| Cemetery | £80 |"): a table of accounts, no agenda. A sum has a currency sign or pence, or stands in
     * a column headed as one ("Amount", "Total", "Cost"); a column of minutes or numbers beside the items ("| Item |
     * Time (min) |" over "| Budget | 20 |") is an agenda's timing. A numbering column before the titles is no such cell.
     */
    private static boolean figures(List<Line> data, List<String> header, int title) {
        boolean any = false;
        boolean sums = false;
        for (Line row : data) {
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                String v = plain(cells.get(c));
                if (c == title || c == 0 && title == 1 || v.isEmpty()) {
                    continue;
                }
                if (!FIGURE.matcher(v).matches()) {
                    return false;
                }
                any = true;
                sums |= MONEY.matcher(v).find() || c < header.size() && AMOUNT.matcher(header.get(c)).find();
            }
        }
        return any && sums;
    }

    private static String cell(Line row, int c) {
        List<String> cells = row.cells();
        return c < cells.size() ? cells.get(c) : "";
    }

    /** A cell's text without its paragraph marks: "<p>Candidate </p><p>Qualifications</p>" is "Candidate Qualifications". */
    private static String plain(String cell) {
        return Line.CELL_PARAGRAPHS.matcher(cell).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
