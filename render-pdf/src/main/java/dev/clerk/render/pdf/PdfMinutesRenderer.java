package dev.clerk.render.pdf;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a meeting's minutes as a PDF that is archival (PDF/A-1b) and accessible (tagged, PDF/UA-1): the same
 * content as the Word minutes, with a DRAFT watermark until the minutes are approved.
 * Two renderings of the same meeting are the same bytes.
 */
public final class PdfMinutesRenderer {
    private final PdfFonts fonts;

    /** A renderer that sets text in {@code fonts}. */
    public PdfMinutesRenderer(PdfFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** A renderer with the default fonts (Liberation Sans). */
    public PdfMinutesRenderer() {
        this(PdfFonts.liberation());
    }

    /**
     * Writes the minutes of {@code meeting} of {@code body} to {@code out}, which is left open.
     *
     * @throws MissingGlyphException when the text holds a character none of the fonts has; nothing is written
     * @throws IOException           when writing fails
     */
    public void render(Body body, Meeting meeting, OutputStream out) throws IOException, MissingGlyphException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(out, "out");
        TaggedPdf.write(MinutesDoc.of(body, meeting), fonts, new NonClosing(out));
    }
}
