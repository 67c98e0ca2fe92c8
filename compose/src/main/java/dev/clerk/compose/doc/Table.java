package dev.clerk.compose.doc;

import java.util.List;
import java.util.Objects;

/**
 * A table with one header row, repeated on every page it spans.
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
     */
    public record Column(Text header, float width, boolean noWrap) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (!(width > 0)) {
                throw new IllegalArgumentException("width: " + width + " is not positive");
            }
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
