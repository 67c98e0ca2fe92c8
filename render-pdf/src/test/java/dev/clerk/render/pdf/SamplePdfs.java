package dev.clerk.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small attachment PDFs made with OpenPDF for the packet tests. */
final class SamplePdfs {
    private SamplePdfs() {
    }

    /**
     * A PDF of {@code pages} pages, each saying its number, with one bookmark per chapter of five pages.
     *
     * @param userPassword  the password needed to open it, or null
     * @param ownerPassword the password needed to change it, or null
     * @param scanned       whether page 2 is a picture without text (as a scanner makes)
     */
    static byte[] make(String name, int pages, String userPassword, String ownerPassword, boolean scanned)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document(new Rectangle(612, 792));
        PdfWriter w = PdfWriter.getInstance(d, out);
        if (userPassword != null || ownerPassword != null) {
            w.setEncryption(userPassword == null ? null : userPassword.getBytes(),
                    ownerPassword == null ? null : ownerPassword.getBytes(),
                    PdfWriter.ALLOW_PRINTING, PdfWriter.STANDARD_ENCRYPTION_128);
        }
        d.open();
        for (int i = 1; i <= pages; i++) {
            if (i > 1) {
                d.newPage();
            }
            if (scanned && i == 2) {
                PdfContentByte cb = w.getDirectContent();
                cb.setColorFill(new Color(0xcc, 0xcc, 0xcc));
                cb.rectangle(72, 72, 468, 648);
                cb.fill();
                continue;
            }
            if (i % 5 == 1) {
                PdfDestination dest = new PdfDestination(PdfDestination.XYZ, 0, 792, 0);
                new PdfOutline(w.getRootOutline(), dest, name + " chapter " + (i / 5 + 1));
            }
            d.add(new Paragraph(name + ", page " + i + " of " + pages + ". Sample text at the top of the page."));
        }
        d.close();
        return out.toByteArray();
    }

    /**
     * A PDF of {@code pages} pages written to {@code file}, each saying its number above a picture of
     * {@code noiseBytes} bytes of noise, which no compression makes smaller: a file about {@code pages * noiseBytes}
     * bytes long.
     */
    static Path heavy(Path file, String name, int pages, int noiseBytes) throws Exception {
        Files.createDirectories(file.getParent());
        java.util.Random random = new java.util.Random(pages * 31L + name.hashCode());
        int side = (int) Math.ceil(Math.sqrt(noiseBytes / 3.0));
        byte[] noise = new byte[side * side * 3];
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            Document d = new Document(new Rectangle(612, 792));
            PdfWriter.getInstance(d, out);
            d.open();
            for (int i = 1; i <= pages; i++) {
                if (i > 1) {
                    d.newPage();
                }
                d.add(new Paragraph(name + ", page " + i + " of " + pages + ". Sample text at the top of the page."));
                random.nextBytes(noise);
                com.lowagie.text.Image picture = com.lowagie.text.Image.getInstance(side, side, 3, 8, noise);
                picture.scaleToFit(400, 400);
                d.add(picture);
            }
            d.close();
        }
        return file;
    }

    static Path write(Path file, byte[] pdf) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, pdf);
    }
}
