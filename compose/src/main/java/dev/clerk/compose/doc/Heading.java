package dev.clerk.compose.doc;

import java.util.Objects;

/**
 * A heading; every painter makes it a real heading (Word's heading styles, PDF's H1–H6, HTML's h1–h6) and keeps
 * it on the page of what follows it.
 *
 * @param kind   the document's title, an unnumbered section, or a numbered agenda item
 * @param depth  for an item, its depth in the agenda (0 for "I."); 0 otherwise
 * @param label  for an item, its number in the body's style with the period ("II.", "A."); null otherwise.
 *               Painters that number for themselves (Word's list numbering) must arrive at the same label.
 * @param text   the heading
 * @param anchor the id that links use to reach it, or null
 */
public record Heading(Kind kind, int depth, String label, Text text, String anchor) implements Block {
    /** What a heading heads. */
    public enum Kind {
        /** The document's title (level 1). */
        TITLE,
        /** An unnumbered section: "Notices", "Action Items" (level 2). */
        SECTION,
        /** A numbered agenda item (level 2 for "I.", 3 for "A.", ...). */
        ITEM
    }

    /** The deepest level painters are asked for. */
    public static final int MAX_LEVEL = 6;

    public Heading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (depth < 0 || kind != Kind.ITEM && depth != 0) {
            throw new IllegalArgumentException("depth: " + depth + " for a " + kind + " heading");
        }
        if ((kind == Kind.ITEM) != (label != null)) {
            throw new IllegalArgumentException("label: an item heading has a label, the others none");
        }
    }

    /** The title of a document. */
    public static Heading title(Text text) {
        return new Heading(Kind.TITLE, 0, null, text, null);
    }

    /** An unnumbered section heading. */
    public static Heading section(Text text, String anchor) {
        return new Heading(Kind.SECTION, 0, null, text, anchor);
    }

    /** A numbered item heading. */
    public static Heading item(int depth, String label, Text text, String anchor) {
        return new Heading(Kind.ITEM, depth, Objects.requireNonNull(label, "label"), text, anchor);
    }

    /** The heading level, 1 to {@value #MAX_LEVEL}: 1 for the title, 2 for sections and top items. */
    public int level() {
        return switch (kind) {
            case TITLE -> 1;
            case SECTION -> 2;
            case ITEM -> Math.min(depth + 2, MAX_LEVEL);
        };
    }
}
