package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice prints the hand-built sampler: items four levels deep numbered by their own levels, both numbered lists
 * counting from one, bullets, the link texts, the right-to-left names and the page numbers.
 */
class SamplerPdfIT {
    @TempDir
    Path dir;

    @Test
    void libreOfficePrintsEveryLevelAndListWithItsOwnNumbers() throws Exception {
        Path pdf = LibreOffice.print(Fixtures.render(Samples.sampler()), "sampler", dir);
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            String text = LibreOffice.normalise(new PDFTextStripper().getText(doc));
            assertThat(text).contains("I. Introductions", "II. Updates", "A. Budget", "1. Capital plan",
                    "a. Playgrounds", "b. Trails", "2. Operating budget", "B. Signage", "III. Next Meeting: June 5, 2024",
                    "1) Ben will write to the city.", "3) Agenda items for next meeting:", "– Trail closures",
                    "• Notices are posted.", "1) A second list counts from one.", "2) And goes on.",
                    "The board met at City Hall.", "See Introductions and the budget.", "2024-05-01-10",
                    "Page 1 of " + doc.getNumberOfPages());
            assertThat(text).containsAnyOf("דוד כהן", "ןהכ דוד");
        }
    }
}
