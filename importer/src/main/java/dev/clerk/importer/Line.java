package dev.clerk.importer;

/**
 * One line of the minutes after clean-up, with what it looks like.
 *
 * @param number the line number in the source, from 1
 * @param text   the text without Markdown marks (heading hashes, list dash or number, bold stars)
 * @param kind   what the line looks like
 * @param depth  for a Markdown heading the number of hashes; for a list item its indentation
 * @param label  for a numbered line its number or letter ("IV", "B", "3"), else null
 * @param close  for a numbered line the character after the label ('.' or ')'), else 0
 * @param bold   whether the whole line was in bold
 * @param indent for a plain text line, how far it was indented (a tab counted as four spaces), so that the columns
 *               PDF text extraction lays out side by side ("Board of Directors:   City Staff:") line up from line to
 *               line; 0 otherwise
 * @param last   the number of the last source line it was written on: a sentence, a name list or a list item wrapped
 *               over several lines ("Present: Ann Lee, Bo Chen," over "Cy Dee") is one line from {@code number} to
 *               {@code last}; {@code number} for a line written on one
 */
record Line(int number, String text, Kind kind, int depth, String label, char close, boolean bold, int indent, int last) {
    Line {
        last = Math.max(last, number);
    }

    /** A line written on one source line. */
    Line(int number, String text, Kind kind, int depth, String label, char close, boolean bold, int indent) {
        this(number, text, kind, depth, label, close, bold, indent, number);
    }

    /** A line whose indentation says nothing (a list item's is its depth). */
    Line(int number, String text, Kind kind, int depth, String label, char close, boolean bold) {
        this(number, text, kind, depth, label, close, bold, 0);
    }

    /** The source lines it was written on, as a report names them: "7", "3-4". */
    String lines() {
        return last == number ? String.valueOf(number) : number + "-" + last;
    }

    enum Kind { BLANK, HEADING, BULLET, NUMBERED, TEXT, RULE, TABLE }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** For a table row, its cells. */
    java.util.List<String> cells() {
        return java.util.Arrays.stream(text.split(" \\| ", -1)).map(String::strip).toList();
    }

    /** The marks between a table cell's paragraphs: "<br>", "</p><p>". */
    static final java.util.regex.Pattern CELL_PARAGRAPHS =
            java.util.regex.Pattern.compile("(?i)\\s*(?:</?p>|<br\\s*/?>)+\\s*");

    /** Where a table cell's paragraphs and its list's items break: "<ul><li>A <li>B</ul>", "A<br>B", "</p><p>". */
    static final java.util.regex.Pattern CELL_ITEMS =
            java.util.regex.Pattern.compile("\\s*(?:</?(?:ul|ol|li|p)>|<br\\s*/?>)\\s*");

    /** For a table row, its text as one paragraph: the cells that hold words, "; " between them, no paragraph marks. */
    String rowText() {
        String joined = String.join("; ", cells().stream().filter(c -> !c.isEmpty()).toList());
        return CELL_PARAGRAPHS.matcher(joined).replaceAll(" ").strip();
    }

    boolean isListItem() {
        return kind == Kind.BULLET || kind == Kind.NUMBERED;
    }
}
