package dev.clerk.render.pdf;

import dev.clerk.render.pdf.Content.Block;
import dev.clerk.render.pdf.Content.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The tagged-document layer every generated PDF goes through: blocks in, an archival (PDF/A-1b) and accessible
 * (PDF/UA-1) PDF out. Minutes, agendas and task lists describe themselves as {@link Doc}s.
 */
final class TaggedPdf {
    private TaggedPdf() {
    }

    /**
     * The document's metadata; the dates come from the model so that two builds are the same bytes.
     *
     * @param title    the title shown in the viewer's title bar
     * @param subject  what it is about
     * @param author   who issues it
     * @param keywords comma-separated keywords
     * @param language the language of the text, a BCP 47 tag
     * @param created  the creation date
     * @param modified the modification date
     */
    record Meta(String title, String subject, String author, String keywords, String language, LocalDate created,
                LocalDate modified) {
        Meta {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(modified, "modified");
        }
    }

    /**
     * What every page carries besides the text: a header, a footer with "Page X of Y", and a watermark.
     *
     * @param headerLeft        the header's left text (the body)
     * @param headerRight       the header's right text (the document and date)
     * @param footerLeft        the footer's left text, or null
     * @param watermark         a word drawn across every page ("DRAFT"), or null
     * @param headerOnFirstPage whether the first page has the header (false when it has a letterhead)
     */
    record Furniture(Text headerLeft, Text headerRight, Text footerLeft, String watermark, boolean headerOnFirstPage) {
    }

    /** A whole document. */
    record Doc(Meta meta, Furniture furniture, List<Block> blocks) {
        Doc {
            Objects.requireNonNull(meta, "meta");
            Objects.requireNonNull(furniture, "furniture");
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * Lays out and writes {@code doc}.
     *
     * @throws MissingGlyphException when a character is in none of the fonts; nothing is written then
     * @throws IOException           when the output fails
     */
    static void write(Doc doc, PdfFonts fonts, OutputStream out) throws IOException, MissingGlyphException {
        FontChain chain = new FontChain(fonts);
        Painter.Tagged section = lay(doc, chain, null);
        new Painter(doc.meta(), section.furniture(), section.layout(), chain).paint(out);
    }

    /**
     * Lays out {@code doc} as a section of a larger file: its structure hangs under a Part element called
     * {@code part}, or under the Document element when {@code part} is null.
     *
     * @throws MissingGlyphException when a character is in none of the fonts
     */
    static Painter.Tagged lay(Doc doc, FontChain chain, String part) throws MissingGlyphException {
        Layout layout = new Layout(chain, Locale.forLanguageTag(doc.meta().language()),
                part == null ? "Document" : "Part");
        layout.root.alt = part;
        Painter.Furniture furniture = Painter.Furniture.of(doc.furniture(), layout);
        layout.blocks(doc.blocks());
        if (!layout.missing().isEmpty()) {
            throw new MissingGlyphException(new ArrayList<>(layout.missing()), chain.names());
        }
        return new Painter.Tagged(layout, furniture);
    }
}
