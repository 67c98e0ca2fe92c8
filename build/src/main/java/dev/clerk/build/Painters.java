package dev.clerk.build;

import dev.clerk.compose.doc.Document;
import dev.clerk.importer.word.WordRecord;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.io.CommitteeBoundary;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Problem;
import dev.clerk.render.docx.DocxOptions;
import dev.clerk.render.docx.DocxRenderer;
import dev.clerk.render.html.HtmlRenderer;
import dev.clerk.render.pdf.MissingGlyphException;
import dev.clerk.render.pdf.PdfFonts;
import dev.clerk.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Paints composed documents in the formats the command line offers (Word, PDF, HTML): the one place where the
 * commands meet the painter modules. A character that no PDF font has becomes a problem at its line in the YAML.
 */
public final class Painters {
    /** The formats every composed document can be painted in. */
    public enum Format {
        docx, pdf, html;

        /** The format a file name's extension names, or null. */
    public static Format ofFile(Path file) {
            if (file == null) {
                return null;
            }
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith("." + f.name()) || f == html && name.endsWith(".htm")) {
                    return f;
                }
            }
            return null;
        }
    }

    private final SourcePositions positions;
    private final PdfFontSource fonts;
    private final DocxOptions docx;
    private PdfFonts loaded;

    /** Loads the PDF fonts, once, when a PDF is first painted. */
    public interface PdfFontSource {
        PdfFonts load() throws Exception;
    }

    public Painters(SourcePositions positions, PdfFontSource fonts, DocxOptions docx) {
        this.positions = positions;
        this.fonts = fonts;
        this.docx = docx;
    }

    /**
     * Painters for the committee of {@code body}, as {@code checked} read it: its fonts, then {@code extraFonts};
     * Clerk's Word styles.
     */
    public static Painters of(Path root, Parsed<Body> body, CheckedCommittee checked, List<Path> extraFonts) {
        return new Painters(new SourcePositions(root, body, checked), () -> fonts(body, root, extraFonts),
                DocxOptions.defaults());
    }

    /** These painters, with Word documents made on {@code options}. */
    public Painters withDocx(DocxOptions options) {
        return new Painters(positions, fonts, options);
    }

    public SourcePositions positions() {
        return positions;
    }

    /** The PDF fonts, loaded on first use. */
    public PdfFonts pdfFonts() throws Exception {
        if (loaded == null) {
            loaded = fonts.load();
        }
        return loaded;
    }

    /**
     * Paints {@code doc} as {@code format} to {@code out}.
     *
     * @throws InputException when a character is in none of the PDF fonts (one problem per character, at its line)
     */
    public void paint(Document doc, Format format, OutputStream out) throws Exception {
    paint(doc, format, out, null);
    }

    /**
     * Paints {@code doc} as {@code format} to {@code out}; a Word document keeps {@code record} (when not null), so
     * that {@code clerk import} can read it back exactly and tell what a clerk changed in it.
     */
    public void paint(Document doc, Format format, OutputStream out, DocxOptions.Record record) throws Exception {
        switch (format) {
            case docx -> new DocxRenderer(record == null ? docx : docx.withRecord(record)).render(doc, out);
            case html -> new HtmlRenderer().render(doc, out);
            case pdf -> {
                try {
                new PdfRenderer(pdfFonts()).render(doc, out);
                } catch (MissingGlyphException e) {
                throw problems(e);
                }
            }
        }
    }

    /** The record a Word document of {@code meeting} keeps: the meeting, as JSON. */
    public static DocxOptions.Record record(String kind, Meeting meeting) {
        return new DocxOptions.Record(kind, WordRecord.data(meeting));
    }

    /** The characters no font has, as problems at their lines. */
    public InputException problems(MissingGlyphException e) {
        return new InputException(e.glyphs().stream()
                .map(g -> positions.error(g.source(), g.codePoint(), g.describe(e.fonts()))).toList());
    }

    /**
     * The fonts for {@code body}'s documents: Liberation Sans, then the body's fonts, then {@code fonts}.
     *
     * @throws InputException when a body font cannot be used (at its line in committee.yaml)
     * @throws IOException    when one of {@code fonts} cannot be used
     */
    public static PdfFonts fonts(Parsed<Body> body, Path root, List<Path> fonts) throws InputException, IOException {
        PdfFonts chain = PdfFonts.liberation();
        List<String> bodyFonts = body.value().fonts();
        CommitteeBoundary boundary = CommitteeBoundary.of(root, body.value());
        for (int i = 0; i < bodyFonts.size(); i++) {
            String path = "fonts[" + i + "]";
            String font = bodyFonts.get(i);
            int comma = font.lastIndexOf(',');
            boolean indexed = comma > 0 && font.substring(comma + 1).matches("\\d{1,3}");
            Path file;
            try {
                // Where it really leads, refused outside the committee folder before a byte is read.
                file = boundary.resolve(indexed ? font.substring(0, comma) : font);
            } catch (InputFileException e) {
            throw new InputException(Problem.error(body.file(), body.source().valueAt(path), path,
                        "font '" + font + "' " + e.problem()));
            }
            try {
                chain = chain.withFallback(indexed ? Path.of(file + font.substring(comma)) : file);
            } catch (IOException e) {
            throw new InputException(Problem.error(body.file(), body.source().valueAt(path), path, e.getMessage()));
            }
        }
        for (Path f : fonts) {
            chain = chain.withFallback(f);
        }
        return chain;
    }
}
