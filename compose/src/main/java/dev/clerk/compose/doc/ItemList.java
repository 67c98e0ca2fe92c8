package dev.clerk.compose.doc;

import java.util.List;
import java.util.Objects;

/**
 * A list. Items of a numbered list carry their label ("1)"); painters that number for themselves must arrive at
 * the same labels.
 *
 * @param kind  numbered or bulleted
 * @param items the items
 */
public record ItemList(Kind kind, List<Entry> items) implements Block {
    /** The kinds of list. */
    public enum Kind {
        /** "1)", "2)", ... */
        NUMBERED,
        /** A bullet before each item. */
        BULLETED
    }

    /**
     * One item of a list: its first block is its text, the rest (a nested list) hangs under it.
     *
     * @param label  "1)" in a numbered list, "•" in a bulleted one
     * @param blocks the item's content; the first is a paragraph
     */
    public record Entry(String label, List<Block> blocks) {
        public Entry {
            Objects.requireNonNull(label, "label");
            blocks = List.copyOf(blocks);
            if (blocks.isEmpty() || !(blocks.get(0) instanceof Paragraph)) {
                throw new IllegalArgumentException("blocks: an item starts with a paragraph");
            }
        }
    }

    public ItemList {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
    }
}
