package dev.clerk.render.pdf;

import dev.clerk.compose.doc.Document;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading PDFs back with PDFBox. */
final class Pdfs {
    private Pdfs() {
    }

    static byte[] write(Document doc, PdfFonts fonts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdf.write(doc, fonts, out);
        return out.toByteArray();
    }

    /** The text of every page, as PDFBox extracts it. */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The text with every run of white space (no-break spaces too) made one space. */
    static String flatText(byte[] pdf) throws Exception {
        return flat(text(pdf));
    }

    static String flat(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
