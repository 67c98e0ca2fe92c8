package dev.clerk.render.pdf;

import dev.clerk.compose.doc.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;

/**
 * The tagged-document layer every generated PDF goes through: a composed {@link Document} in, an archival
 * (PDF/A-1b) and accessible (PDF/UA-1) PDF out.
 */
final class TaggedPdf {
    private TaggedPdf() {
    }

    /**
     * The file's metadata; the dates come from the model so that two builds are the same bytes.
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

        /** The metadata of a composed document. */
        static Meta of(dev.clerk.compose.doc.Meta m) {
            return new Meta(m.title(), m.subject(), m.author(),
                    m.keywords().isEmpty() ? null : String.join(", ", m.keywords()), m.language(), m.created(),
                    m.modified());
        }
    }

    /**
     * Lays out and writes {@code doc}.
     *
     * @throws MissingGlyphException when a character is in none of the fonts; nothing is written then
     * @throws IOException           when the output fails
     */
    static void write(Document doc, PdfFonts fonts, OutputStream out) throws IOException, MissingGlyphException {
        FontChain chain = new FontChain(fonts);
        Painter.Tagged section = lay(doc, chain, null);
        new Painter(Meta.of(doc.meta()), section.furniture(), section.layout(), chain).paint(out);
    }

    /**
     * Lays out {@code doc} as a section of a larger file: its structure hangs under a Part element called
     * {@code part}, or under the Document element when {@code part} is null.
     *
     * @throws MissingGlyphException when a character is in none of the fonts
     */
    static Painter.Tagged lay(Document doc, FontChain chain, String part) throws MissingGlyphException {
        Layout layout = new Layout(chain, doc.meta().language(), part == null ? "Document" : "Part");
        layout.root.alt = part;
        Painter.Furniture furniture = Painter.Furniture.of(doc.furniture(), layout);
        layout.blocks(doc.blocks());
        if (!layout.missing().isEmpty()) {
            throw new MissingGlyphException(new ArrayList<>(layout.missing()), chain.names());
        }
        return new Painter.Tagged(layout, furniture);
    }
}
