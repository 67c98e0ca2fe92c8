package dev.clerk.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** An attachment as many are: a PDF with text and no structure tree, written by PDFBox. */
final class UntaggedPdf {
    private UntaggedPdf() {
    }

    /** Writes a one-page PDF saying {@code text}, untagged, to {@code file}, replacing it. */
    static void write(Path file, String text) throws IOException {
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            d.save(file.toFile());
        }
    }
}
