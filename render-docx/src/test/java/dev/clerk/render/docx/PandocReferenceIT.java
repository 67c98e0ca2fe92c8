package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.testing.ExternalProgram;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pandoc's own reference document, the kind of template an organisation starts from, as the template: the parts
 * Clerk writes validate, Word numbers it as the document's labels, and LibreOffice prints the numbers.
 */
class PandocReferenceIT {
    @TempDir
    Path dir;

    @Test
    void paintsWithPandocsReferenceDocument() throws Exception {
        Path pandoc = ExternalProgram.require("pandoc");
        Path reference = dir.resolve("reference.docx");
        Process p = new ProcessBuilder(pandoc.toString(), "-o", reference.toString(), "--print-default-data-file",
                "reference.docx").redirectErrorStream(true).redirectOutput(dir.resolve("pandoc.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(reference).as(Files.readString(dir.resolve("pandoc.log"))).exists();
        byte[] template = Files.readAllBytes(reference);
        byte[] docx = Fixtures.render(DocxOptions.withTemplate(new DocxOptions.Template("reference.docx", template)),
                Samples.sampler());
        // pandoc's settings and table style break the schema's element order; what Clerk writes does not.
        assertThat(OoxmlSchemas.problems(docx)).isSubsetOf(OoxmlSchemas.problems(template));
        WordNumberingTest.assertWordNumbersAsTheDocument(Samples.sampler(), docx);
        try (XWPFDocument word = Fixtures.open(docx)) {
            assertThat(TreeText.paragraphs(word)).containsExactlyElementsOf(TreeText.paragraphs(Samples.sampler()));
        }
        Path pdf = LibreOffice.print(docx, "sampler-pandoc-reference", dir);
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            String text = LibreOffice.normalise(new PDFTextStripper().getText(doc));
            assertThat(text).contains("I. Introductions", "A. Budget", "a. Playgrounds", "1) Ben will write to the city.",
                    "Page 1 of " + doc.getNumberOfPages());
        }
    }
}
