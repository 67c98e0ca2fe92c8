package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attachment;
import dev.clerk.model.testing.ExternalProgram;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .docx attachment is converted with LibreOffice and merged; its scratch files are deleted afterwards. */
class OfficeConversionIT {
    @TempDir
    static Path dir;

    @Test
    void mergesAWordAttachmentConvertedByLibreOffice() throws Exception {
        ExternalProgram.require("soffice");
        PacketBuilderTest.folder = dir;
        PacketBuilderTest.attachments();
        docx(dir.resolve("attachments/memo.docx"), "A memo written in Word, converted for the packet.");
        PacketBuilder.Input input = PacketBuilderTest.input(new Attachment("Memo", "attachments/memo.docx"));
        Path scratchParent = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countScratch(scratchParent);
        try (PacketBuilder.Prepared p = new PacketBuilder(PdfFonts.liberation()).prepare(input)) {
            assertThat(p.parts()).extracting(PacketBuilder.Part::title).endsWith("Memo");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            p.write(out);
            assertThat(Pdfs.flatText(out.toByteArray())).contains("A memo written in Word, converted for the packet.");
        }
        assertThat(countScratch(scratchParent)).isEqualTo(before);
    }

    private static long countScratch(Path tmp) throws Exception {
        try (var files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("clerk-packet-")).count();
        }
    }

    /** The smallest Word document: one paragraph. */
    private static void docx(Path file, String text) throws Exception {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                    + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" + text
                    + "</w:t></w:r></w:p></w:body></w:document>");
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
