package dev.clerk.compose.doc;

import java.util.List;
import java.util.Objects;

/**
 * One composed document: what it says (blocks), what it says about itself (meta) and what its pages carry
 * (furniture). Word, PDF and HTML painters render the same document, so they say the same thing.
 *
 * @param meta      the metadata
 * @param furniture the page furniture
 * @param outline   how each level of item headings is numbered, outermost first (the body's style); the labels
 *                  of {@link Heading}s of kind ITEM follow it, and levels past its end repeat its last entry
 * @param blocks    the content, in reading order
 */
public record Document(Meta meta, Furniture furniture, List<Numbering> outline, List<Block> blocks) {
    public Document {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(furniture, "furniture");
        outline = List.copyOf(outline);
        if (outline.isEmpty()) {
            throw new IllegalArgumentException("outline: needs at least one level");
        }
        blocks = List.copyOf(blocks);
    }

    /** The numbering of item headings at {@code depth} (0 for the top level). */
    public Numbering numberingAt(int depth) {
        return outline.get(Math.min(depth, outline.size() - 1));
    }
}
