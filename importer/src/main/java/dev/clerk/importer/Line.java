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
 */
record Line(int number, String text, Kind kind, int depth, String label, char close, boolean bold) {
    enum Kind { BLANK, HEADING, BULLET, NUMBERED, TEXT, RULE, TABLE }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** For a table row, its cells. */
    java.util.List<String> cells() {
        return java.util.Arrays.stream(text.split(" \\| ", -1)).map(String::strip).toList();
    }

    boolean isListItem() {
        return kind == Kind.BULLET || kind == Kind.NUMBERED;
    }
}
