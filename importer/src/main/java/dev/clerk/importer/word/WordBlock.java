package dev.clerk.importer.word;

import java.util.List;
import java.util.Objects;

/**
 * One block of a Word document's body as Clerk reads it back: a paragraph with its style and its runs' character
 * styles, or a table of such paragraphs. Styles are named as the document names them ({@code w:name}), since editors
 * keep style names but may rewrite style ids.
 */
public sealed interface WordBlock permits WordBlock.Para, WordBlock.Table {

    /**
     * A paragraph.
     *
     * @param style    its paragraph style's name ("heading 2", "Body Text"), or null for the default
     * @param numbered whether it is part of a Word list (numbering on the paragraph or its style)
     * @param level    its list level, 0 when not in a list
     * @param spans    its text, run by run
     */
    record Para(String style, boolean numbered, int level, List<Span> spans) implements WordBlock {
        public Para {
            spans = List.copyOf(spans);
        }

        /** The paragraph's text. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }

        /** Whether its style is {@code name} (case and spaces ignored, as Word compares style names). */
        public boolean is(String name) {
            return WordBlocks.sameStyle(style, name);
        }
    }

    /**
     * Consecutive text in one character style.
     *
     * @param text  the text; a tab is {@code \t}, a line break {@code \n}
     * @param style the character style's name, or null
     */
    record Span(String text, String style) {
        public Span {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table.
     *
     * @param style its table style's name, or null
     * @param rows  its rows, each a list of cells, each a list of paragraphs (tables nested in a cell are flattened
     *              into the cell's paragraphs)
     */
    record Table(String style, List<List<List<Para>>> rows) implements WordBlock {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }
}
