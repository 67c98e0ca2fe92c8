package dev.clerk.render.pdf;

import dev.clerk.model.Body;
import dev.clerk.model.tasks.TaskList;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a task list as an archival (PDF/A-1b), accessible (tagged, PDF/UA-1) PDF: the same content as the Word
 * task list. Two renderings of the same list are the same bytes.
 */
public final class PdfTaskListRenderer {
    private final PdfFonts fonts;

    /** A renderer that sets text in {@code fonts}. */
    public PdfTaskListRenderer(PdfFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** A renderer with the default fonts (Liberation Sans). */
    public PdfTaskListRenderer() {
        this(PdfFonts.liberation());
    }

    /**
     * Writes {@code list}, a task list of {@code body}, to {@code out}, which is left open.
     *
     * @throws MissingGlyphException when the text holds a character none of the fonts has; nothing is written
     * @throws IOException           when writing fails
     */
    public void render(Body body, TaskList list, OutputStream out) throws IOException, MissingGlyphException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(out, "out");
        TaggedPdf.write(TaskListDoc.of(body, list), fonts, new NonClosing(out));
    }
}
