package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

class DocxMinutesRendererTest {
    private static final Body BODY = Fixtures.body();
    private static final Meeting SEED = Fixtures.seedMeeting();
    private static final byte[] SEED_DOCX = Fixtures.render(BODY, SEED);

    @Test
    void seedValidatesAgainstEcma376Schemas() {
        assertThat(OoxmlSchemas.problems(SEED_DOCX)).isEmpty();
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertThat(Fixtures.render(BODY, SEED)).isEqualTo(SEED_DOCX);
    }

    @Test
    void agendaTitlesAreHeadingsNumberedByTheirStyles() throws IOException {
        try (XWPFDocument doc = open(SEED_DOCX)) {
            assertThat(texts(doc, "Heading1")).containsExactly("Introductions", "Updates",
                    "Request to join Legal Momentum lawsuit against Backpage", "Next Meeting: May 22, 2017");
            assertThat(texts(doc, "Heading2")).containsExactly(
                    "Check in on the Prioritizing Safety for Sex Workers Policy",
                    "Meeting with Sgt. Flores on Human Trafficking Training at SFPD", "SFPD data");
            // The numbers come from the styles' list, never from typed text or per-paragraph numbering.
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    assertThat(p.getCTP().getPPr().isSetNumPr()).as(p.getText()).isFalse();
                }
            }
            BigInteger numId = null;
            for (int level = 0; level < 3; level++) {
                XWPFStyle style = doc.getStyles().getStyle("Heading" + (level + 1));
                CTNumPr numPr = style.getCTStyle().getPPr().getNumPr();
                assertThat(numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue()).isEqualTo(level);
                numId = numId == null ? numPr.getNumId().getVal() : numId;
                assertThat(numPr.getNumId().getVal()).isEqualTo(numId);
            }
            XWPFAbstractNum list = doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(numId));
            List<CTLvl> levels = list.getCTAbstractNum().getLvlList();
            assertThat(levels.subList(0, 3).stream().map(l -> l.getNumFmt().getVal().toString() + " "
                    + l.getLvlText().getVal() + " " + l.getPStyle().getVal()))
                    .containsExactly("upperRoman %1. Heading1", "upperLetter %2. Heading2", "decimal %3. Heading3");
            assertThat(list.getCTAbstractNum().getMultiLevelType().getVal().toString()).isEqualTo("multilevel");
            // Spacing comes from the styles, never from empty paragraphs.
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().isBlank());
        }
    }

    @Test
    void numberingFollowsTheBody() throws Exception {
        Body body = body("""
                name: Parks Board
                defaults:
                  numbering: [decimal, lower-letter]
                """);
        byte[] docx = Fixtures.render(body, SEED);
        try (XWPFDocument doc = open(docx)) {
            BigInteger numId = doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getNumPr().getNumId().getVal();
            List<CTLvl> levels = doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(numId))
                    .getCTAbstractNum().getLvlList();
            assertThat(levels.subList(0, 3).stream().map(l -> l.getNumFmt().getVal().toString()))
                    .containsExactly("decimal", "lowerLetter", "lowerLetter");
        }
    }

    @Test
    void listsEveryAttendeeInTheSeedsOwnForm() throws IOException {
        try (XWPFDocument doc = open(SEED_DOCX)) {
            assertThat(texts(doc, "Attendance")).containsExactly("Attendees: Saerom Choi, API Legal Outreach; "
                    + "Alan Guttirez, LYRIC; Minouche Kandel, Department on the Status of Women; Carol Leigh, BAYSWAN; "
                    + "Alix Lutnick, RTI International; Jessica Marques, CASARC- Department of Public Health; "
                    + "Maggie McHale, Department on the Status of Women; Rachel West, US Prostitutes Collective");
        }
    }

    @Test
    void printsEveryNarrativeParagraphVerbatim() throws IOException {
        try (XWPFDocument doc = open(SEED_DOCX)) {
            List<String> expected = SEED.allItems().flatMap(i -> i.narrative().stream()).toList();
            assertThat(texts(doc, "BodyText")).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void showsDecisionsAndActionsUnderTheirItem() throws IOException {
        try (XWPFDocument doc = open(SEED_DOCX)) {
            assertThat(texts(doc, "Outcome")).containsExactly(
                    "Decision: To expedite the passing of the policy, the group established a deadline of July 1st, 2017.",
                    "Action 1: Let Commander McEachern know that the group has defined a timeline for the passing of "
                            + "the Prioritizing Safety for Sex Workers policy as July 1st. (Minouche Kandel)",
                    "Action 2: If the policy is not passed by July 1st, organize further outside efforts to encourage "
                            + "the passing of the policy. (Group members; due July 1, 2017)",
                    "Action 3: Contact the Police Academy to get permission to attend a training held by Sgt. Flores. "
                            + "(Minouche Kandel)",
                    "Action 4: Send another email to Sgt. Flores requesting the materials he uses for the human "
                            + "trafficking training. (Minouche Kandel)",
                    "Action 5: Email Alix with any further data points or data collection requests. (Group members)",
                    "Decision: The group agreed that presenting opposing information would be helpful to the Task "
                            + "Force in its decision on whether or not to support the lawsuit.",
                    "Action 6: Send Minouche the two articles in opposition of closing down the Backpage site, to "
                            + "distribute to the general Task Force. (Alix Lutnick)");
        }
    }

    @Test
    void nextMeetingHasNumberedFollowUpsAndProposedItems() throws IOException {
        try (XWPFDocument doc = open(SEED_DOCX)) {
            List<String> followUps = texts(doc, "FollowUp");
            assertThat(followUps).hasSize(5);
            assertThat(followUps.get(2)).isEqualTo(
                    "Minouche will email Sgt. Flores and Commander McEachern about the Safety for Sex Workers policy timeline.");
            assertThat(followUps.get(4)).isEqualTo("Agenda items for next meeting:");
            assertThat(texts(doc, "ProposedItem")).containsExactly("Remaining a part of the Task Force",
                    "Explore Laws that decriminalize transmission of HIV", "Priorities for 2017",
                    "Debrief on presentation at general Task Force meeting");
            BigInteger numId = doc.getStyles().getStyle("FollowUp").getCTStyle().getPPr().getNumPr().getNumId().getVal();
            CTLvl first = doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(numId))
                    .getCTAbstractNum().getLvlArray(0);
            assertThat(first.getNumFmt().getVal().toString() + " " + first.getLvlText().getVal()).isEqualTo("decimal %1)");
        }
    }

    @Test
    void tablesEveryActionItemWithARepeatingHeaderRow() throws IOException {
        try (XWPFDocument doc = open(SEED_DOCX)) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(cells(table.getRow(0))).containsExactly("No.", "Action", "Owner", "Due", "Item");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            List<ActionItem> actions = SEED.actionItems();
            assertThat(table.getNumberOfRows()).isEqualTo(actions.size() + 1);
            for (int i = 0; i < actions.size(); i++) {
                ActionItem a = actions.get(i);
                assertThat(cells(table.getRow(i + 1))).containsExactly(Integer.toString(i + 1), a.task(),
                        String.join(" and ", a.owners()),
                        a.due() == null ? "—" : "July 1, 2017",
                        List.of("II.A.", "II.A.", "II.B.", "II.B.", "II.C.", "III.", "IV. 1)", "IV. 2)").get(i));
                assertThat(table.getRow(i + 1).isCantSplitRow()).isTrue();
            }
            assertThat(table.getCTTbl().getTblPr().getTblW().getW().toString()).isEqualTo("5000");
            assertThat(table.getStyleID()).isEqualTo("ClerkTable");
        }
    }

    @Test
    void draftCarriesAWatermarkAndDraftInTheHeader() {
        String header = Fixtures.part(SEED_DOCX, "word/header1.xml");
        assertThat(header).contains("Sex Work and Trafficking Policy Impact Committee",
                "Minutes – March 27, 2017 – DRAFT", "string=\"DRAFT\"", "rotation:315", "fillcolor=\"#d9d9d9\"");
        assertThat(Fixtures.part(SEED_DOCX, "word/document.xml")).contains("Draft – not yet approved");
    }

    @Test
    void approvedMinutesSayWhenAndHaveNoWatermark() throws Exception {
        Meeting approved = new Meeting(SEED.date(), SEED.kind(), null, SEED.start(), null, SEED.location(),
                dev.clerk.model.MeetingStatus.APPROVED, java.time.LocalDate.of(2017, 5, 22), null, null,
                SEED.attendees(), SEED.agenda(), SEED.next(), SEED.updates());
        byte[] docx = Fixtures.render(BODY, approved);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        String header = Fixtures.part(docx, "word/header1.xml");
        assertThat(header).contains("Minutes – March 27, 2017 – Approved on May 22, 2017").doesNotContain("v:shape");
        try (XWPFDocument doc = open(docx)) {
            assertThat(texts(doc, "MinutesStatus")).containsExactly("Status:\tApproved on May 22, 2017");
            assertThat(doc.getProperties().getCoreProperties().getModified().toInstant())
                    .isEqualTo(Instant.parse("2017-05-22T00:00:00Z"));
        }
    }

    @Test
    void footerCountsPagesWithWordFields() {
        String footer = Fixtures.part(SEED_DOCX, "word/footer1.xml");
        assertThat(footer).contains("<w:t xml:space=\"preserve\">Page </w:t>", " PAGE \\* MERGEFORMAT ",
                "<w:t xml:space=\"preserve\"> of </w:t>", " NUMPAGES \\* MERGEFORMAT ", "w:fldCharType=\"begin\"",
                "w:fldCharType=\"end\"");
    }

    @Test
    void propertiesComeFromTheModelNotTheClock() throws IOException {
        try (XWPFDocument doc = open(SEED_DOCX)) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(
                    "Sex Work and Trafficking Policy Impact Committee – Minutes – March 27, 2017");
            assertThat(core.getSubject()).isEqualTo("Minutes of the regular meeting of March 27, 2017");
            assertThat(core.getCreator()).isEqualTo("Department on the Status of Women");
            assertThat(core.getKeywords()).isEqualTo("minutes; SWTPIC; 2017-03-27; draft");
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2017-03-27T00:00:00Z"));
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-US");
            assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0)
                    .getVal()).isEqualTo("en-US");
        }
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(SEED_DOCX))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(java.time.LocalDateTime.of(2017, 3, 27, 0, 0));
            }
        }
    }

    @Test
    void setsTheBodysLanguageOnTheStyles() throws Exception {
        Body spanish = body("""
                name: Comité de Parques
                language: es-US
                """);
        try (XWPFDocument doc = open(Fixtures.render(spanish, SEED))) {
            assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0)
                    .getVal()).isEqualTo("es-US");
        }
    }

    @Test
    void groupsAttendanceByRoleWithAQuorumLine() throws Exception {
        Body body = body("""
                name: Parks Board
                quorum: {kind: majority}
                people:
                  - {name: Ana Ruiz, role: chair, affiliation: District 1}
                  - {name: Ben Cole, affiliation: Westside}
                  - {name: Cy Dunn}
                  - {name: Di Ekko}
                  - {name: Ed Fung, affiliation: Parks Department, role: staff}
                """);
        Meeting meeting = meeting("""
                date: 2024-05-01
                attendees:
                  - {name: Ana Ruiz}
                  - {name: Ben Cole, note: by phone, affiliation: District 2}
                  - {name: Cy Dunn, status: excused}
                  - {name: Ed Fung, affiliation: Parks Department}
                  - {name: Flo Gray, affiliation: Friends of the Park, role: guest}
                """);
        try (XWPFDocument doc = open(Fixtures.render(body, meeting))) {
            assertThat(texts(doc, "Attendance")).containsExactly(
                    "Present: Ana Ruiz, District 1; Ben Cole, District 2 (by phone)",
                    "Absent or excused: Cy Dunn (excused); Di Ekko",
                    "Guests: Flo Gray, Friends of the Park",
                    "Staff: Ed Fung, Parks Department",
                    "A quorum was not present (2 of 4 members; 3 needed).");
        }
    }

    @Test
    void writesMotionsInTheUsualForm() throws Exception {
        Meeting meeting = meeting("""
                date: 2024-05-01
                kind: special
                start: "18:30"
                end: "19:45"
                agenda:
                  - title: Approval of the minutes of April 3, 2024
                    motions:
                      - text: to approve the minutes of April 3, 2024 as corrected
                        mover: Ana Ruiz
                        seconder: Ben Cole
                        result: passed
                        vote: {ayeNames: [Ana Ruiz, Ben Cole, Di Ekko], noNames: [Cy Dunn]}
                """);
        try (XWPFDocument doc = open(Fixtures.render(body("name: Parks Board\n"), meeting))) {
            assertThat(texts(doc, "Outcome")).containsExactly("Motion: To approve the minutes of April 3, 2024 as "
                    + "corrected. Moved by Ana Ruiz, seconded by Ben Cole. Motion passed 3–1. Ayes: Ana Ruiz, Ben Cole, "
                    + "Di Ekko; Noes: Cy Dunn.");
            assertThat(texts(doc, "Subtitle")).containsExactly("Special Meeting Minutes – May 1, 2024");
            assertThat(texts(doc, "Adjournment")).containsExactly("Adjournment: The meeting adjourned at 7:45 p.m.");
            assertThat(texts(doc, "MeetingDetails")).containsExactly("Meeting Date:\tMay 1, 2024 – 6:30 p.m.");
            assertThat(doc.getTables()).isEmpty();
        }
    }

    @Test
    void listsPresenterAttachmentsAndReportsOnEarlierTasks() throws Exception {
        Meeting meeting = meeting("""
                date: 2017-05-22
                agenda:
                  - title: SFPD data
                    presenter: Alix Lutnick
                    attachments:
                      - {title: Data fields requested, path: attachments/fields.pdf}
                      - {title: Incident sample, path: attachments/sample.pdf}
                updates:
                  - {task: 2017-03-27-3, status: done, date: 2017-04-10, note: Permission granted}
                  - {task: 2017-03-27-5, status: in-progress, owners: [Alix Lutnick], due: 2017-06-30}
                """);
        try (XWPFDocument doc = open(Fixtures.render(BODY, meeting))) {
            assertThat(texts(doc, "ItemDetails")).containsExactly(
                    "Presented by Alix Lutnick. Attachments: Data fields requested; Incident sample.");
            assertThat(texts(doc, "SectionHeading")).containsExactly("Reports on Earlier Action Items");
            assertThat(texts(doc, "Outcome")).containsExactly(
                    "2017-03-27-3: Done (April 10, 2017). Permission granted.",
                    "2017-03-27-5: In progress. Now owned by Alix Lutnick. Now due June 30, 2017.");
        }
    }

    @Test
    void keepsTextThatXmlMustEscape() throws Exception {
        Meeting meeting = meeting("""
                date: 2024-05-01
                attendees:
                  - {name: "Şahin Ő Łukasz", affiliation: "R&D <Lab> ]]>"}
                agenda:
                  - title: "Budget: <draft> & \\"final\\" ]]>"
                    narrative: ["Line one\\nline two\\twith a tab, and  two spaces."]
                """);
        byte[] docx = Fixtures.render(body("name: Parks Board\n"), meeting);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        try (XWPFDocument doc = open(docx)) {
            assertThat(texts(doc, "Heading1")).containsExactly("Budget: <draft> & \"final\" ]]>");
            assertThat(texts(doc, "Attendance")).containsExactly("Attendees: Şahin Ő Łukasz, R&D <Lab> ]]>");
            assertThat(texts(doc, "BodyText")).containsExactly("Line one\nline two\twith a tab, and  two spaces.");
        }
    }

    @Test
    void matchesTheGoldenDocumentXml() {
        Golden.assertMatches("seed-document.xml", Golden.pretty(Fixtures.part(SEED_DOCX, "word/document.xml")));
    }

    @Test
    void usesAReferenceDocumentsStylesPageAndHeader() throws Exception {
        byte[] reference = ReferenceDocs.letterhead();
        byte[] docx = Fixtures.render(DocxOptions.withTemplate(new DocxOptions.Template("letterhead.docx", reference)),
                BODY, SEED);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        try (XWPFDocument doc = open(docx)) {
            // Its own text is gone; its styles, page and header stay, with the running header added under it.
            assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("Reference body text");
            XWPFStyle heading1 = doc.getStyles().getStyle("Heading1");
            assertThat(heading1.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Georgia");
            assertThat(heading1.getCTStyle().getPPr().isSetNumPr()).isTrue();
            assertThat(doc.getStyles().getStyle("Outcome")).isNotNull();
            // Styles Clerk adds to the reference document carry their list numbering too.
            assertThat(doc.getStyles().getStyle("FollowUp").getCTStyle().getPPr().getNumPr().getNumId().getVal())
                    .isNotNull();
            assertThat(doc.getStyles().getStyle("ProposedItem").getCTStyle().getPPr().getNumPr().getIlvl().getVal())
                    .isEqualTo(BigInteger.ONE);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
            String header = doc.getHeaderFooterPolicy().getDefaultHeader().getText();
            assertThat(header).contains("CITY OF EXAMPLE – LETTERHEAD",
                    "Sex Work and Trafficking Policy Impact Committee\tMinutes – March 27, 2017 – DRAFT");
            assertThat(texts(doc, "Heading1")).hasSize(4);
            // The table is as wide as the A4 text column the reference document sets.
            assertThat(doc.getTables().get(0).getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum()).isBetween(11906 - 2 * 1134 - 5, 11906 - 2 * 1134);
        }
    }

    @Test
    void makesADocumentFromAWordTemplateAndKeepsItsPageNumbers() throws Exception {
        byte[] docx = Fixtures.render(DocxOptions.withTemplate(new DocxOptions.Template("city.dotx",
                ReferenceDocs.dotxWithPageNumbers())), BODY, SEED);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        assertThat(Fixtures.part(docx, "[Content_Types].xml"))
                .contains("wordprocessingml.document.main+xml").doesNotContain("template.main+xml");
        try (XWPFDocument doc = open(docx)) {
            String footer = doc.getHeaderFooterPolicy().getDefaultFooter()._getHdrFtr().xmlText();
            assertThat(footer).contains(" PAGE ").doesNotContain("NUMPAGES");
        }
    }

    @Test
    void rejectsATemplateThatIsNotADocx() {
        var template = new DocxOptions.Template("letterhead.txt", "Dear Sir".getBytes());
        assertThatThrownBy(() -> new DocxMinutesRenderer(DocxOptions.withTemplate(template))
                .render(BODY, SEED, new ByteArrayOutputStream()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("letterhead.txt: not a Word document: a .docx file is a zip package, and this file is not one");
    }

    @Test
    void rejectsADamagedTemplate() {
        byte[] damaged = Arrays.copyOf(ReferenceDocs.letterhead(), 600);
        var template = new DocxOptions.Template("letterhead.docx", damaged);
        assertThatThrownBy(() -> new DocxMinutesRenderer(DocxOptions.withTemplate(template))
                .render(BODY, SEED, new ByteArrayOutputStream()))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("letterhead.docx: damaged");
    }

    @Test
    void rejectsAZipThatIsNotAWordDocument() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            z.write("hello".getBytes());
        }
        var template = new DocxOptions.Template("archive.docx", zip.toByteArray());
        assertThatThrownBy(() -> new DocxMinutesRenderer(DocxOptions.withTemplate(template))
                .render(BODY, SEED, new ByteArrayOutputStream()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("archive.docx: damaged or not a Word document (.docx): Package should contain a content type part [M1.13]");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** The text of every body paragraph in {@code styleId}, in order. */
    static List<String> texts(XWPFDocument doc, String styleId) {
        return doc.getParagraphs().stream().filter(p -> styleId.equals(p.getStyle())).map(XWPFParagraph::getText)
                .collect(Collectors.toList());
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    static Body body(String yaml) throws InputException {
        return ModelReader.parseBody("committee.yaml", yaml).value();
    }

    static Meeting meeting(String yaml) throws InputException {
        return ModelReader.parseMeeting("meeting.yaml", yaml).value();
    }
}
