package dev.clerk.compose.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A titled block of a form: labelled places to type in ("Owners", "Due"), one to three to a row (a motion's mover
 * beside its seconder). Word makes it a small table a person types into, each place keeping the name of its field
 * so that what is typed can be read back, and a copy of the block pasted below it is one more block of its kind.
 * Painters without input set it as a plain table of labels and values ({@link #asTable()}).
 *
 * @param kind  what the block records, a lowercase name painters may name its style after ("action", "motion",
 *              "next meeting"): lowercase letters and single spaces
 * @param title its title ("Action")
 * @param hint  how to fill it in, in a few words, or null
 * @param rows  its rows, each of one to {@value #MAX_PER_ROW} entries
 */
public record FillIn(String kind, String title, String hint, List<List<Entry>> rows) implements Block {
    /** The most entries in one row. */
    public static final int MAX_PER_ROW = 3;
    private static final Pattern KIND = Pattern.compile("[a-z]+( [a-z]+)*");

    /**
     * One labelled place to type in.
     *
     * @param label its label ("Owners"), or the empty string for a place as wide as the block (a discussion)
     * @param input what it takes
     * @param value what is filled in already (the meeting's date), or an empty text
     */
    public record Entry(String label, Input input, Text value) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(value, "value");
        }

        /** An entry with nothing filled in. */
        public static Entry blank(String label, Input input) {
            return new Entry(label, input, Text.empty());
        }

        /**
         * What a plain painter prints in the place: the value, else the hint of an input with choices in
         * emphasis ("present / absent / excused / late", to circle on paper), else nothing.
         */
        public Text shown() {
            if (!value.isEmpty() || !input.hasChoices() || input.hint() == null) {
                return value;
            }
            return new Text(List.of(new Run(input.hint(), Emphasis.EM, null, null, null)));
        }

        /** The label with the hint of an input without choices under it, as a plain painter prints it. */
        public Text labelWithHint() {
            Text.Builder t = Text.builder().strong(label);
            if (input.hint() != null && !input.hasChoices()) {
                t.add(new Run((label.isEmpty() ? "" : "\n") + input.hint(), Emphasis.EM, null, null, null));
            }
            return t.build();
        }
    }

    public FillIn {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind: '" + kind + "' is not lowercase words");
        }
        Objects.requireNonNull(title, "title");
        if (hint != null && hint.isBlank()) {
            throw new IllegalArgumentException("hint: must not be blank");
        }
        rows = rows.stream().map(List::copyOf).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("rows: must not be empty");
        }
        for (List<Entry> row : rows) {
            if (row.isEmpty() || row.size() > MAX_PER_ROW) {
                throw new IllegalArgumentException("rows: " + row.size() + " entries in a row; 1 to " + MAX_PER_ROW
                        + " fit");
            }
            if (row.size() > 1 && row.stream().anyMatch(e -> e.label().isEmpty())) {
                throw new IllegalArgumentException("rows: an entry without a label takes a row of its own");
            }
        }
    }

    /** A block whose rows each hold one entry. */
    public static FillIn of(String kind, String title, String hint, List<Entry> entries) {
        return new FillIn(kind, title, hint, entries.stream().map(List::of).toList());
    }

    /** Every entry, row by row. */
    public List<Entry> entries() {
        return rows.stream().flatMap(List::stream).toList();
    }

    /**
     * The block as a plain two-column table, for painters that take no input: the title and hint as its header,
     * then one row per entry with its label (and hint) and what is shown in its place.
     */
    public Table asTable() {
        List<List<Text>> cells = new ArrayList<>();
        for (Entry e : entries()) {
            cells.add(List.of(e.labelWithHint(), e.shown()));
        }
        return new Table(List.of(new Table.Column(Text.plain(title), 1.6f, false),
                new Table.Column(hint == null ? Text.empty() : new Text(List.of(
                        new Run(hint, Emphasis.EM, null, null, null))), 4.4f, false)), cells, title);
    }
}
