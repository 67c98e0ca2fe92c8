package dev.clerk.compose.doc;

import java.util.List;
import java.util.Objects;

/**
 * A table with one header row, repeated on every page it spans. In a form, a column may be a column of places to
 * type in (an attendance table's status): its cells hold what is filled in already, often nothing.
 *
 * @param columns the columns, with their header cells and widths
 * @param rows    the body rows, one cell per column
 * @param summary what the table holds, for assistive technology (not printed)
 */
public record Table(List<Column> columns, List<List<Text>> rows, String summary) implements Block {
    /**
     * A column.
     *
     * @param header the header cell
     * @param width  its share of the table's width (relative to the others)
     * @param noWrap whether its cells are short codes (task ids) that must not break inside a word
     * @param input  for a column of places to type in, what each takes; null for a column that is only read
     */
    public record Column(Text header, float width, boolean noWrap, Input input) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(width > 0)) {
                throw new IllegalArgumentException("width: " + width + " is not positive");
            }
        }

        /** A column that is only read. */
        public Column(Text header, float width, boolean noWrap) {
            this(header, width, noWrap, null);
        }

        /**
         * What a painter without input prints in a cell of this column: the cell, else, in an input column with
         * choices, the input's hint in emphasis ("present / absent / excused / late", to circle on paper).
         */
        public Text shown(Text cell) {
            if (input == null || !cell.isEmpty() || !input.hasChoices() || input.hint() == null) {
                return cell;
            }
            return new Text(List.of(new Run(input.hint(), Emphasis.EM, null, null, null)));
        }
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        Objects.requireNonNull(summary, "summary");
        for (List<Text> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("rows: " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
