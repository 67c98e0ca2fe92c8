package dev.clerk.render.pdf;

import dev.clerk.model.agenda.Agenda;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a meeting's agenda as an archival (PDF/A-1b), accessible (tagged, PDF/UA-1) PDF: the same content as the
 * Word agenda. Two renderings of the same agenda are the same bytes.
 *
 * <pre>{@code
 * new PdfAgendaRenderer().render(Agenda.of(committee, meeting), out);
 * }</pre>
 */
public final class PdfAgendaRenderer {
    private final PdfFonts fonts;

    /** A renderer that sets text in {@code fonts}. */
    public PdfAgendaRenderer(PdfFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** A renderer with the default fonts (Liberation Sans). */
    public PdfAgendaRenderer() {
        this(PdfFonts.liberation());
    }

    /**
     * Writes {@code agenda} to {@code out}, which is left open.
     *
     * @throws MissingGlyphException when the text holds a character none of the fonts has; nothing is written
     * @throws IOException           when writing fails
     */
    public void render(Agenda agenda, OutputStream out) throws IOException, MissingGlyphException {
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(out, "out");
        TaggedPdf.write(AgendaDoc.of(agenda), fonts, new NonClosing(out));
    }
}
