package dev.clerk.cli;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Problem;
import dev.clerk.model.io.SourceMap;
import dev.clerk.render.pdf.MissingGlyphException;
import dev.clerk.render.pdf.PdfFonts;
import dev.clerk.render.pdf.PdfMinutesRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code clerk minutes --format pdf}: renders the minutes of a parsed meeting as an archival, accessible PDF,
 * written atomically. A character that no font has becomes a problem at its line in the YAML file.
 */
final class MinutesPdfOutput {
    private MinutesPdfOutput() {
    }

    /**
     * Writes the PDF minutes of {@code meeting} to {@code target}.
     *
     * @param body    the body's committee.yaml, parsed
     * @param meeting the meeting file, parsed
     * @param root    the committee folder, which the body's {@code fonts} are relative to
     * @param fonts   font files tried after Liberation Sans and the body's fonts, in order ({@code --font});
     *                "FILE.ttc,N" picks the N-th font of a collection
     * @param target  the PDF to write; left untouched on any error
     * @throws InputException when a body font cannot be used, or the text has characters none of the fonts has
     *                        (one problem per character, at its line)
     * @throws IOException    when a {@code --font} cannot be used or the file cannot be written
     */
    static void write(Parsed<Body> body, Parsed<Meeting> meeting, Path root, List<Path> fonts, Path target)
            throws Exception {
        PdfMinutesRenderer renderer = new PdfMinutesRenderer(fonts(body, root, fonts));
        write(body, meeting, target, out -> renderer.render(body.value(), meeting.value(), out));
    }

    /** Writes a PDF atomically, turning characters no font has into problems at their lines. */
    static void write(Parsed<Body> body, Parsed<Meeting> meeting, Path target, AtomicFile.Content content)
            throws Exception {
        try {
            AtomicFile.write(target, content);
        } catch (MissingGlyphException e) {
            throw new InputException(e.glyphs().stream().map(g -> problem(g, e.fonts(), body, meeting)).toList());
        }
    }

    /**
     * The fonts for {@code body}'s documents: Liberation Sans, then the body's fonts, then {@code fonts}.
     *
     * @throws InputException when a body font cannot be used (at its line in committee.yaml)
     * @throws IOException    when one of {@code fonts} cannot be used
     */
    static PdfFonts fonts(Parsed<Body> body, Path root, List<Path> fonts) throws InputException, IOException {
        PdfFonts chain = PdfFonts.liberation();
        List<String> bodyFonts = body.value().fonts();
        for (int i = 0; i < bodyFonts.size(); i++) {
            try {
                chain = chain.withFallback(root.resolve(bodyFonts.get(i)));
            } catch (IOException e) {
                String path = "fonts[" + i + "]";
                throw new InputException(Problem.error(body.file(), body.source().valueAt(path), path, e.getMessage()));
            }
        }
        for (Path f : fonts) {
            chain = chain.withFallback(f);
        }
        return chain;
    }

    /**
     * Renders the minutes to {@code out}; a character that none of the fonts has becomes a problem at its line.
     *
     * @throws InputException one problem per missing character
     */
    static void render(PdfMinutesRenderer renderer, Parsed<Body> body, Parsed<Meeting> meeting, OutputStream out)
            throws IOException, InputException {
        try {
            renderer.render(body.value(), meeting.value(), out);
        } catch (MissingGlyphException e) {
            throw new InputException(e.glyphs().stream().map(g -> problem(g, e.fonts(), body, meeting)).toList());
        }
    }

    private static Problem problem(MissingGlyphException.Glyph g, List<String> fonts, Parsed<Body> body,
                                   Parsed<Meeting> meeting) {
        Parsed<?> file = g.source() == MissingGlyphException.Source.BODY ? body : meeting;
        String path = g.path() == null ? "" : g.path();
        SourceMap source = file.source();
        return Problem.error(file.file(), source.valueAt(path), path, g.describe(fonts));
    }
}
