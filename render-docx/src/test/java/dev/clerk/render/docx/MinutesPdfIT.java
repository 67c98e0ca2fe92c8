package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
        Meeting seed = Fixtures.meeting(Fixtures.example(), Fixtures.SEED_DATE);
        Path pdf = LibreOffice.print(Fixtures.render(Fixtures.seedMinutes()), "2017-03-27-minutes", dir);
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 4);
            String text = LibreOffice.normalise(new PDFTextStripper().getText(doc));
            int pages = doc.getNumberOfPages();
            assertThat(text).contains("I. Introductions", "II. Updates", "A. Check in on the Prioritizing Safety",
                    "B. Meeting with Sgt. Flores", "C. SFPD data", "III. Request to join Legal Momentum",
                    "IV. Next Meeting: May 22, 2017", "1) Alix will send Minouche", "5) Agenda items for next meeting:",
                    "Page 1 of " + pages, "Page " + pages + " of " + pages, "DRAFT");
            List<String> sentences = seed.allItems().flatMap(i -> i.narrative().stream())
                    .flatMap(n -> Arrays.stream(LibreOffice.normalise(n).split("(?<=[.!?])\\s+(?=[A-Z])"))).toList();
            assertThat(sentences).hasSizeGreaterThan(20);
            for (String sentence : sentences) {
                assertThat(text).as("sentence in the PDF").contains(sentence);
            }
        }
    }
}
