package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Meta;
import dev.clerk.model.Meeting;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The worked example's seed minutes and May 22 agenda, composed and painted. */
class WorkedExampleTest {
    private static final Meeting SEED = Fixtures.meeting(Fixtures.example(), Fixtures.SEED_DATE);
    private static final Document MINUTES = Fixtures.seedMinutes();
    private static final byte[] MINUTES_DOCX = Fixtures.render(MINUTES);

    @Test
    void matchesTheGoldenDocumentXml() {
        Golden.assertMatches("seed-document.xml", Golden.pretty(Fixtures.part(MINUTES_DOCX, "word/document.xml")));
    }

    @Test
    void agendaItemsAreHeadingsThatWordNumbersAsTheMinutesDo() throws Exception {
        try (XWPFDocument doc = Fixtures.open(MINUTES_DOCX)) {
            assertThat(Fixtures.texts(doc, "Heading1")).containsExactly("Introductions", "Updates",
                    "Request to join Legal Momentum lawsuit against Backpage", "Next Meeting: May\u00a022,\u00a02017");
            assertThat(Fixtures.texts(doc, "Heading2")).containsExactly(
                    "Check in on the Prioritizing Safety for Sex Workers Policy",
                    "Meeting with Sgt. Flores on Human Trafficking Training at SFPD", "SFPD data");
            assertThat(WordNumbering.headingLabels(doc)).containsExactly("I.", "II.", "A.", "B.", "C.", "III.", "IV.");
            // The numbers come from the styles' list, never from typed text or per-paragraph numbering.
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    assertThat(p.getCTP().getPPr().isSetNumPr()).as(p.getText()).isFalse();
                }
            }
        }
    }

    @Test
    void printsEveryNarrativeParagraphVerbatim() throws Exception {
        try (XWPFDocument doc = Fixtures.open(MINUTES_DOCX)) {
            List<String> narrative = SEED.allItems().flatMap(i -> i.narrative().stream()).toList();
            assertThat(Fixtures.texts(doc, "BodyText")).containsAll(narrative);
        }
    }

    @Test
    void numbersTheFollowUpsWithTheProposedItemsUnderTheLast() throws Exception {
        try (XWPFDocument doc = Fixtures.open(MINUTES_DOCX)) {
            List<String> shown = WordNumbering.labels(doc).stream()
                    .filter(l -> l.paragraph().getStyle() != null && l.paragraph().getStyle().startsWith("List"))
                    .map(l -> l.label() + " " + l.paragraph().getText()).toList();
            assertThat(shown).hasSize(9);
            assertThat(shown.get(2)).isEqualTo("3) Minouche will email Sgt. Flores and Commander McEachern about the "
                    + "Safety for Sex Workers policy timeline.");
            assertThat(shown.subList(4, 9)).containsExactly("5) Agenda items for next meeting:",
                    "– Remaining a part of the Task Force", "– Explore Laws that decriminalize transmission of HIV",
                    "– Priorities for 2017", "– Debrief on presentation at general Task Force meeting");
        }
    }

    @Test
    void tablesEveryActionItemWithARepeatingHeaderRowAndUnbrokenTaskIds() throws Exception {
        try (XWPFDocument doc = Fixtures.open(MINUTES_DOCX)) {
            XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getNumberOfRows()).isEqualTo(SEED.actionItems().size() + 1);
            int ids = table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList().indexOf("Task ID");
            assertThat(ids).isNotNegative();
            int width = ((BigInteger) table.getCTTbl().getTblGrid().getGridColArray(ids).getW()).intValue();
            assertThat(width).isGreaterThanOrEqualTo(TextWidths.twips("2017-03-27-8", 9.5f) + 200);
            for (int i = 1; i < table.getNumberOfRows(); i++) {
                assertThat(table.getRow(i).getCell(ids).getText()).isEqualTo("2017-03-27-" + i);
                assertThat(table.getRow(i).getCell(ids).getCTTc().getTcPr().isSetNoWrap()).isTrue();
                assertThat(table.getRow(i).isCantSplitRow()).isTrue();
            }
        }
    }

    @Test
    void draftMinutesCarryAWatermarkAndTheirFurniture() {
        String header = Fixtures.part(MINUTES_DOCX, "word/header1.xml");
        assertThat(header).contains("Sex Work and Trafficking Policy Impact Committee", "string=\"DRAFT\"",
                "rotation:315");
        String footer = Fixtures.part(MINUTES_DOCX, "word/footer1.xml");
        assertThat(footer).contains(MINUTES.furniture().footerLeft().plainText(), " PAGE \\* MERGEFORMAT ",
                " NUMPAGES \\* MERGEFORMAT ");
    }

    @Test
    void propertiesComeFromTheDocumentNotTheClock() throws Exception {
        Meta meta = MINUTES.meta();
        try (XWPFDocument doc = Fixtures.open(MINUTES_DOCX)) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(meta.title());
            assertThat(core.getSubject()).isEqualTo(meta.subject());
            assertThat(core.getCreator()).isEqualTo("Department on the Status of Women");
            assertThat(core.getKeywords()).isEqualTo(String.join("; ", meta.keywords()));
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2017-03-27T00:00:00Z"));
            assertThat(core.getModified().toInstant())
                    .isEqualTo(meta.modified().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        try (var zip = new ZipInputStream(new java.io.ByteArrayInputStream(MINUTES_DOCX))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2017, 3, 27, 0, 0));
            }
        }
    }

    @Test
    void agendaHasEveryItemAsANumberedHeadingAndTheOpenTaskTable() throws Exception {
        Document agenda = Fixtures.may22Agenda();
        byte[] docx = Fixtures.render(agenda);
        try (XWPFDocument doc = Fixtures.open(docx)) {
            assertThat(Fixtures.texts(doc, "Title")).hasSize(1);
            assertThat(WordNumbering.headingLabels(doc)).containsExactlyElementsOf(
                    WordNumbering.treeHeadingLabels(agenda)).hasSize(10);
            assertThat(Fixtures.texts(doc, "Heading1")).startsWith("Introductions").endsWith("Adjournment");
            XWPFTable tasks = doc.getTables().get(0);
            assertThat(tasks.getRow(0).isRepeatHeader()).isTrue();
            assertThat(tasks.getRows().subList(1, tasks.getNumberOfRows()).stream().map(r -> r.getCell(0).getText()))
                    .containsExactly("2017-03-27-1", "2017-03-27-2", "2017-03-27-3", "2017-03-27-4", "2017-03-27-5",
                            "2017-03-27-6", "2017-03-27-7", "2017-03-27-8");
            assertThat(Fixtures.texts(doc, "SectionHeading")).isNotEmpty();
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(agenda.meta().title());
        }
    }
}
