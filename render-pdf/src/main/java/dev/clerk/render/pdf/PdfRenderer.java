package dev.clerk.render.pdf;

import dev.clerk.compose.doc.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Paints a composed document (minutes, agenda or task list) as a PDF that is archival (PDF/A-1b) and accessible
 * (tagged, PDF/UA-1). Two renderings of the same document are the same bytes.
 *
 * <pre>{@code
 * new PdfRenderer().render(MinutesComposer.compose(body, meeting), out);
 * }</pre>
 */
public final class PdfRenderer {
    private final PdfFonts fonts;

    /** A renderer that sets text in {@code fonts}. */
    public PdfRenderer(PdfFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** A renderer with the default fonts (Liberation Sans). */
    public PdfRenderer() {
        this(PdfFonts.liberation());
    }

    /**
     * Writes {@code doc} to {@code out}, which is left open.
     *
     * @throws MissingGlyphException when the text holds a character none of the fonts has; nothing is written
     * @throws IOException           when writing fails
     */
    public void render(Document doc, OutputStream out) throws IOException, MissingGlyphException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        TaggedPdf.write(doc, fonts, new NonClosing(out));
    }
}
