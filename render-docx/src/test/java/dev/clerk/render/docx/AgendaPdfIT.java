package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice prints the Word agenda as a word processor would: numbered items, the task table, the notices. */
class AgendaPdfIT {
    @TempDir
    Path dir;

    @Test
    void libreOfficePrintsTheMay22AgendaWithNumbersTasksAndNotices() throws Exception {
        Path pdf = LibreOffice.print(Fixtures.render(Fixtures.may22Agenda()), "agenda-2017-05-22", dir);
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            String text = LibreOffice.normalise(new PDFTextStripper().getText(doc));
            assertThat(text).contains("I. Introductions", "II. Approval of the minutes of March 27, 2017",
                    "III. Review of open action items", "X. Adjournment", "2017-03-27-8",
                    "Discuss the planning for the summer brown bag.", "Disability access.", "Language interpretation.",
                    "Public comment.", "Page 1 of " + doc.getNumberOfPages());
        }
    }
}
