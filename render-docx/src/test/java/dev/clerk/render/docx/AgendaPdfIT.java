package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.testing.ExternalProgram;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
        Path soffice = ExternalProgram.require("soffice");
        Committee c = CommitteeFolder.read(Fixtures.EXAMPLE);
        Meeting may22 = c.meetings().stream().filter(m -> m.date().equals(LocalDate.of(2017, 5, 22))).findFirst()
                .orElseThrow();
        Path docx = dir.resolve("agenda-2017-05-22.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxAgendaRenderer(DocxOptions.defaults()).render(Agenda.of(c, may22), out);
        }
        Process p = new ProcessBuilder(soffice.toString(), "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.toString(), docx.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path pdf = dir.resolve("agenda-2017-05-22.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        Files.copy(pdf, Fixtures.target("it", "agenda-2017-05-22.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("I. Introductions", "II. Approval of the minutes of March 27, 2017",
                    "III. Review of open action items", "X. Adjournment", "2017-03-27-8",
                    "Discuss the planning for the summer brown bag.", "Disability access.", "Language interpretation.",
                    "Public comment.", "Page 1 of " + doc.getNumberOfPages());
        }
    }
}
