package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.testing.ExternalProgram;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice opens the minutes as a word processor would and prints them: the numbering and all the text show. */
class MinutesPdfIT {
    @TempDir
    Path dir;

    @Test
    void libreOfficePrintsTheSeedMinutesWithNumbersAndEveryNarrativeSentence() throws Exception {
        Path soffice = ExternalProgram.require("soffice");
        Meeting seed = Fixtures.seedMeeting();
        Path docx = dir.resolve("2017-03-27-minutes.docx");
        Files.write(docx, Fixtures.render(Fixtures.body(), seed));
        Process p = new ProcessBuilder(soffice.toString(), "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.toString(), docx.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path pdf = dir.resolve("2017-03-27-minutes.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        Files.copy(pdf, Fixtures.target("it", "2017-03-27-minutes.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 4);
            String text = normalise(new PDFTextStripper().getText(doc));
            assertThat(text).contains("I. Introductions", "II. Updates", "A. Check in on the Prioritizing Safety",
                    "B. Meeting with Sgt. Flores", "C. SFPD data", "III. Request to join Legal Momentum",
                    "IV. Next Meeting: May 22, 2017", "1) Alix will send Minouche", "5) Agenda items for next meeting:",
                    "Page 1 of " + doc.getNumberOfPages(), "Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages(),
                    "DRAFT");
            List<String> sentences = seed.allItems().flatMap(i -> i.narrative().stream())
                    .flatMap(n -> Arrays.stream(normalise(n).split("(?<=[.!?])\\s+(?=[A-Z])"))).toList();
            assertThat(sentences).hasSizeGreaterThan(20);
            for (String sentence : sentences) {
                assertThat(text).as("sentence in the PDF").contains(sentence);
            }
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
