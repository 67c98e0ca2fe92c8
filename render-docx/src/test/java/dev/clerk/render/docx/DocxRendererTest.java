package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** The painter on a document built by hand that holds every kind of block, run and link. */
class DocxRendererTest {
    private static final Document SAMPLER = Samples.sampler();
    private static final byte[] DOCX = Fixtures.render(SAMPLER);

    @Test
    void validatesAgainstEcma376AndIsTheSameBytesTwice() {
        assertThat(OoxmlSchemas.problems(DOCX)).isEmpty();
        assertThat(Fixtures.render(Samples.sampler())).isEqualTo(DOCX);
    }

    @Test
    void matchesTheGoldenDocumentXml() {
        Golden.assertMatches("sampler-document.xml", Golden.pretty(Fixtures.part(DOCX, "word/document.xml")));
    }

    @Test
    void paintsTitleSectionsAndItemsInTheirHeadingStyles() {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            assertThat(Fixtures.texts(doc, "Title")).containsExactly("Parks Board");
            assertThat(Fixtures.texts(doc, "SectionHeading")).containsExactly("Action Items");
            assertThat(Fixtures.texts(doc, "Heading1")).containsExactly("Introductions", "Updates",
                    "Next Meeting: June 5, 2024");
            assertThat(Fixtures.texts(doc, "Heading2")).containsExactly("Budget", "Signage");
            assertThat(Fixtures.texts(doc, "Heading3")).containsExactly("Capital plan", "Operating budget");
            // A level-4 item keeps its own level.
            assertThat(Fixtures.texts(doc, "Heading4")).containsExactly("Playgrounds", "Trails");
            // Word numbers the items through the heading styles; no label is typed and no paragraph has a list.
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    assertThat(p.getCTP().getPPr().isSetNumPr()).as(p.getText()).isFalse();
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void headingStylesOneToSixCarryOutlineLevelsAndTheOutlineList() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            BigInteger numId = null;
            for (int level = 0; level < 6; level++) {
                var style = doc.getStyles().getStyle("Heading" + (level + 1)).getCTStyle();
                assertThat(style.getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level);
                var numPr = style.getPPr().getNumPr();
                assertThat(numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue()).isEqualTo(level);
                numId = numId == null ? numPr.getNumId().getVal() : numId;
                assertThat(numPr.getNumId().getVal()).isEqualTo(numId);
            }
            var list = doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(numId)).getCTAbstractNum();
            assertThat(list.getLvlList().subList(0, 6).stream().map(l -> l.getNumFmt().getVal() + " "
                    + l.getLvlText().getVal() + " " + l.getPStyle().getVal())).containsExactly(
                    "upperRoman %1. Heading1", "upperLetter %2. Heading2", "decimal %3. Heading3",
                    "lowerLetter %4. Heading4", "lowerLetter %5. Heading5", "lowerLetter %6. Heading6");
            assertThat(list.getMultiLevelType().getVal().toString()).isEqualTo("multilevel");
        }
    }

    @Test
    void sectionHeadingIsAnUnnumberedHeadingAtOutlineLevelOne() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            var style = doc.getStyles().getStyle("SectionHeading").getCTStyle();
            assertThat(style.getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(style.getPPr().isSetNumPr()).isFalse();
            assertThat(style.getBasedOn().getVal()).isEqualTo("Normal");
            assertThat(WordNumbering.labels(doc).stream().filter(l -> "SectionHeading".equals(l.paragraph().getStyle()))
                    .map(WordNumbering.Labelled::label)).containsOnlyNulls();
        }
    }

    @Test
    void givesEachParagraphRoleItsStyle() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            assertThat(Fixtures.texts(doc, "Letterhead")).containsExactly("Parks Department");
            assertThat(Fixtures.texts(doc, "Subtitle")).containsExactly("Regular Meeting Minutes – May 1, 2024");
            assertThat(Fixtures.texts(doc, "ItemDetails")).containsExactly("Presented by Ana Ruiz.");
            assertThat(Fixtures.texts(doc, "Attendance")).containsExactly(
                    "Present: Ana Ruiz; דוד כהן; سارة أحمد; Émile Zola.");
            assertThat(Fixtures.texts(doc, "BodyText")).containsExactly(
                    "The board met at City Hall. It was very well attended.");
            assertThat(Fixtures.texts(doc, "Note")).containsExactly("See Introductions and the budget.");
            assertThat(Fixtures.texts(doc, "LeadIn")).containsExactly("Follow-ups:");
            assertThat(Fixtures.texts(doc, "Adjournment")).containsExactly(
                    "Adjournment: The meeting adjourned at 7:45 p.m.");
            assertThat(Fixtures.texts(doc, "Approval")).containsExactly("Draft – not yet approved");
            assertThat(doc.getStyles().getStyle("LeadIn").getCTStyle().getPPr().isSetKeepNext()).isTrue();
            assertThat(doc.getStyles().getStyle("Approval").getCTStyle().getPPr().getJc().getVal().toString())
                    .isEqualTo("center");
            // Spacing comes from the styles, never from empty paragraphs.
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().isBlank());
        }
    }

    @Test
    void setsFieldsAsStrongLabelTabValue() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            assertThat(Fixtures.texts(doc, "MeetingDetails")).containsExactly("Date:\tMay 1, 2024 – 6:30 p.m.",
                    "Location:\tCity Hall\nRoom 400");
            XWPFParagraph date = doc.getParagraphs().stream().filter(p -> "MeetingDetails".equals(p.getStyle()))
                    .findFirst().orElseThrow();
            assertThat(date.getRuns().get(0).getStyle()).isEqualTo("Strong");
            assertThat(date.getRuns().get(0).text()).isEqualTo("Date:");
        }
    }

    @Test
    void setsCalloutsWithAStrongLabel() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            // Each kind of call-out has a style of its own (based on Outcome), which a reader of the edited
            // document goes by.
            assertThat(Fixtures.texts(doc, "Motion")).containsExactly(
                    "Motion: To approve the signage plan. Motion passed 3–1.");
            assertThat(Fixtures.texts(doc, "Decision")).containsExactly("Decision: The plan goes to the city.");
            assertThat(Fixtures.texts(doc, "Action")).containsExactly("Action 1: Send the plan to the city. (Ben Cole)");
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (List.of("Motion", "Decision", "Action").contains(p.getStyle())) {
                    assertThat(p.getRuns().get(0).getStyle()).isEqualTo("Strong");
                }
            }
        }
    }

    @Test
    void numbersListsWithWordsOwnLists() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            assertThat(Fixtures.texts(doc, "ListNumber")).containsExactly("Ben will write to the city.",
                    "Ana will call the ferry operator.", "Agenda items for next meeting:",
                    "A second list counts from one.", "And goes on.");
            assertThat(Fixtures.texts(doc, "ListBullet")).containsExactly("Notices are posted.",
                    "Public comment is welcome.", "Three minutes each.");
            assertThat(Fixtures.texts(doc, "ListBullet2")).containsExactly("Trail closures", "Summer hours",
                    "In person", "In writing");
            List<String> labels = WordNumbering.labels(doc).stream().filter(l -> l.label() != null
                    && l.paragraph().getStyle().startsWith("List")).map(l -> l.label() + " " + l.paragraph().getText())
                    .toList();
            assertThat(labels).containsExactly("1) Ben will write to the city.", "2) Ana will call the ferry operator.",
                    "3) Agenda items for next meeting:", "– Trail closures", "– Summer hours", "• Notices are posted.",
                    "• Public comment is welcome.", "– In person", "– In writing", "1) A second list counts from one.",
                    "2) And goes on.");
            // The entry's second paragraph sits in the entry's text column, without a bullet of its own.
            XWPFParagraph more = doc.getParagraphs().stream().filter(p -> p.getText().equals("Three minutes each."))
                    .findFirst().orElseThrow();
            assertThat(more.getCTP().getPPr().getNumPr().getNumId().getVal()).isEqualTo(BigInteger.ZERO);
            assertThat(more.getCTP().getPPr().getInd().getLeft()).isEqualTo(BigInteger.valueOf(1080));
        }
    }

    @Test
    void linksToAddressesAndToHeadingsAndLeavesPacketPagesPlain() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> "BodyText".equals(p.getStyle())).findFirst()
                    .orElseThrow();
            CTHyperlink web = body.getCTP().getHyperlinkArray(0);
            PackageRelationship rel = doc.getPackagePart().getRelationship(web.getId());
            assertThat(rel.getTargetURI().toString()).isEqualTo("https://example.org/city-hall");
            assertThat(rel.getTargetMode().toString()).isEqualTo("EXTERNAL");
            assertThat(web.getRArray(0).getRPr().getRStyleArray(0).getVal()).isEqualTo("Hyperlink");
            assertThat(web.getRArray(0).getTArray(0).getStringValue()).isEqualTo("City Hall");

            XWPFParagraph note = doc.getParagraphs().stream().filter(p -> "Note".equals(p.getStyle())).findFirst()
                    .orElseThrow();
            assertThat(note.getCTP().getHyperlinkList()).singleElement()
                    .satisfies(h -> assertThat(h.getAnchor()).isEqualTo("item_1"));
            XWPFParagraph target = doc.getParagraphs().stream().filter(p -> p.getText().equals("Introductions"))
                    .findFirst().orElseThrow();
            assertThat(target.getCTP().getBookmarkStartList()).singleElement()
                    .satisfies(b -> assertThat(b.getName()).isEqualTo("item_1"));
            assertThat(target.getCTP().getBookmarkEndList()).singleElement();
            // Every heading with an anchor is a bookmark; the ids are unique.
            List<String> names = doc.getParagraphs().stream().flatMap(p -> p.getCTP().getBookmarkStartList().stream())
                    .map(b -> b.getName() + "=" + b.getId()).toList();
            assertThat(names).containsExactly("item_1=0", "item_2=1", "item_2_1=2", "item_2_1_1=3", "item_2_1_1_1=4",
                    "item_2_2=5", "item_3=6", "actions=7");
        }
    }

    @Test
    void marksEachRunsLanguageAndRightToLeftRuns() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            XWPFParagraph attendance = doc.getParagraphs().stream().filter(p -> "Attendance".equals(p.getStyle()))
                    .findFirst().orElseThrow();
            List<String> runs = attendance.getCTP().getRList().stream().map(DocxRendererTest::describe).toList();
            assertThat(runs).containsExactly("'Present:' [Strong]", "' Ana Ruiz; ' []", "'דוד כהן' [rtl bidi=he]",
                    "'; ' []", "'سارة أحمد' [rtl bidi=ar]", "'; ' []", "'Émile Zola' [lang=fr-FR]", "'.' []");
            // A paragraph with some left-to-right text keeps the document's direction.
            assertThat(attendance.getCTP().getPPr().isSetBidi()).isFalse();
            assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0)
                    .getVal()).isEqualTo("en-US");
        }
    }

    @Test
    void setsAParagraphWhollyRightToLeftAsSuch() throws Exception {
        Document doc = Samples.of(Heading.item(0, "I.", Text.builder()
                .add(new Run("مرحبا بالعالم", Emphasis.NONE, null, "ar-EG", null)).build(), null),
                Paragraph.body(Text.plain("שלום עולם")));
        try (XWPFDocument word = Fixtures.open(Fixtures.render(doc))) {
            assertThat(word.getParagraphs()).allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetBidi()).isTrue());
            assertThat(describe(word.getParagraphs().get(0).getCTP().getRArray(0))).isEqualTo("'مرحبا بالعالم' [rtl bidi=ar-EG]");
            // Without a language, a run in a right-to-left script is still laid out right to left.
            assertThat(describe(word.getParagraphs().get(1).getCTP().getRArray(0))).isEqualTo("'שלום עולם' [rtl]");
        }
    }

    @Test
    void setsEmphasisWithCharacterStyles() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> "BodyText".equals(p.getStyle())).findFirst()
                    .orElseThrow();
            assertThat(body.getCTP().getRList().stream().map(DocxRendererTest::describe)).containsExactly(
                    "'The board met at ' []", "'. It was ' []", "'very' [Emphasis]", "' ' []", "'well' [Strong]",
                    "' attended.' []");
            assertThat(doc.getStyles().getStyle("Emphasis").getCTStyle().getRPr().sizeOfIArray()).isOne();
        }
    }

    @Test
    void tablesWithARepeatedHeaderRowAndCodesThatDoNotWrap() throws Exception {
        try (XWPFDocument doc = Fixtures.open(DOCX)) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).isTrue());
            assertThat(table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()))
                    .containsExactly(List.of("ID", "Task", "Owner", "Due"),
                            List.of("2024-05-01-10", "Send the plan to the city.", "Ben Cole", "June 1, 2024"),
                            List.of("2024-05-01-11", "Call the ferry operator\nabout signage.", "דוד כהן", ""));
            assertThat(table.getRows()).allSatisfy(r -> {
                assertThat(r.getCell(0).getCTTc().getTcPr().isSetNoWrap()).isTrue();
                assertThat(r.getCell(1).getCTTc().getTcPr().isSetNoWrap()).isFalse();
            });
            assertThat(table.getCTTbl().getTblPr().getTblDescription().getVal())
                    .isEqualTo("Action items of this meeting: ID, task, owner and due date");
            List<Integer> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((BigInteger) c.getW()).intValue()).toList();
            assertThat(grid.stream().mapToInt(Integer::intValue).sum()).isEqualTo(9360);
            // 6 % of the width is 561 twips; "2024-05-01-10" in 9.5 pt Arial Bold with the cell margins needs more.
            int code = TextWidths.twips("2024-05-01-10", 9.5f) + 200;
            assertThat(grid.get(0)).isGreaterThanOrEqualTo(code).isGreaterThan(561);
            assertThat(grid.get(1)).isLessThan(9360 * 54 / 100);
            assertThat(table.getStyleID()).isEqualTo("ClerkTable");
        }
    }

    @Test
    void keepsColumnWidthsWhenTheCodesFit() throws Exception {
        Table t = new Table(List.of(new Table.Column(Text.plain("No."), 10, true),
                new Table.Column(Text.plain("Action"), 90, false)),
                List.of(List.of(Text.plain("1"), Text.plain("Write."))), "Actions");
        try (XWPFDocument doc = Fixtures.open(Fixtures.render(Samples.of(t)))) {
            assertThat(doc.getTables().get(0).getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((BigInteger) c.getW()).intValue())).containsExactly(936, 8424);
        }
    }

    @Test
    void writesTheRunningHeaderWatermarkAndPageNumbers() {
        String header = Fixtures.part(DOCX, "word/header1.xml");
        assertThat(header).contains("<w:t>Parks Board</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Minutes – May 1, 2024 – DRAFT</w:t>",
                "string=\"DRAFT\"", "rotation:315", "fillcolor=\"#d9d9d9\"");
        String footer = Fixtures.part(DOCX, "word/footer1.xml");
        assertThat(footer).contains("<w:t xml:space=\"preserve\">Page </w:t>", " PAGE \\* MERGEFORMAT ",
                "<w:t xml:space=\"preserve\"> of </w:t>", " NUMPAGES \\* MERGEFORMAT ", "w:fldCharType=\"begin\"",
                "w:fldCharType=\"end\"");
    }

    @Test
    void writesNoWatermarkWithoutOneAndAFooterTextAtTheLeft() throws Exception {
        Document doc = new Document(Samples.meta(false), new Furniture(Text.plain("Parks Board"),
                Text.plain("Minutes"), Text.plain("Posted June 6, 2024"), "Seite {0} von {1}", null), Samples.OUTLINE,
                List.of(Paragraph.body(Text.plain("Text."))));
        byte[] docx = Fixtures.render(doc);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        assertThat(Fixtures.part(docx, "word/header1.xml")).doesNotContain("v:shape");
        try (XWPFDocument word = Fixtures.open(docx)) {
            XWPFParagraph footer = word.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0);
            assertThat(footer.getText()).isEqualTo("Posted June 6, 2024\tSeite 1 von 1");
            assertThat(footer.getCTP().getPPr().getTabs().getTabArray(0).getPos()).isEqualTo(BigInteger.valueOf(9360));
        }
    }

    @Test
    void setsThePropertiesFromTheDocumentsMeta() throws Exception {
        try (XWPFDocument doc = Fixtures.open(Fixtures.render(new Document(Samples.meta(false), Samples.furniture(null),
                Samples.OUTLINE, SAMPLER.blocks())))) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Parks Board – Minutes – May 1, 2024");
            assertThat(core.getSubject()).isEqualTo("Minutes of the regular meeting of May 1, 2024");
            assertThat(core.getCreator()).isEqualTo("Parks Department");
            assertThat(core.getKeywords()).isEqualTo("minutes; PB; 2024-05-01; approved");
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
            assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2024-06-05T00:00:00Z"));
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-US");
        }
        try (var zip = new ZipInputStream(new ByteArrayInputStream(DOCX))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2024, 5, 1, 0, 0));
            }
        }
    }

    @Test
    void setsTheDocumentLanguageOnTheStyles() throws Exception {
        Document arabic = new Document(new dev.clerk.compose.doc.Meta(dev.clerk.compose.doc.Meta.Kind.AGENDA, "t", "s",
                "a", List.of(), "ar-SA", Samples.MAY_1, Samples.MAY_1, false), Samples.furniture(null), Samples.OUTLINE,
                List.of(Paragraph.body(Text.plain("نص"))));
        try (XWPFDocument doc = Fixtures.open(Fixtures.render(arabic))) {
            var lang = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0);
            assertThat(lang.getVal()).isEqualTo("ar-SA");
            assertThat(lang.getBidi()).isEqualTo("ar-SA");
        }
    }

    @Test
    void keepsTextThatXmlMustEscape() throws Exception {
        Document doc = Samples.of(Heading.item(0, "I.", Text.plain("Budget: <draft> & \"final\" ]]>"), "a&b"),
                Paragraph.body(Text.plain("Line one\nline two\twith a tab, and  two spaces.\u0001")));
        byte[] docx = Fixtures.render(doc);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        try (XWPFDocument word = Fixtures.open(docx)) {
            assertThat(Fixtures.texts(word, "Heading1")).containsExactly("Budget: <draft> & \"final\" ]]>");
            assertThat(Fixtures.texts(word, "BodyText")).containsExactly("Line one\nline two\twith a tab, and  two spaces.");
        }
    }

    // ---- templates -----------------------------------------------------------------------------------------------

    @Test
    void usesAReferenceDocumentsStylesPageAndHeader() throws Exception {
        byte[] docx = Fixtures.render(DocxOptions.withTemplate(new DocxOptions.Template("letterhead.docx",
                ReferenceDocs.letterhead())), SAMPLER);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        try (XWPFDocument doc = Fixtures.open(docx)) {
            // Its own text is gone; its styles, page and header stay, with the running header added under it.
            assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("Reference body text");
            XWPFStyle heading1 = doc.getStyles().getStyle("Heading1");
            assertThat(heading1.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Georgia");
            assertThat(heading1.getCTStyle().getPPr().isSetNumPr()).isTrue();
            assertThat(doc.getStyles().getStyle("Outcome")).isNotNull();
            assertThat(doc.getStyles().getStyle("Heading4").getCTStyle().getPPr().getNumPr().getIlvl().getVal())
                    .isEqualTo(BigInteger.valueOf(3));
            // Styles Clerk adds to the reference document carry their list numbering too.
            assertThat(doc.getStyles().getStyle("ListNumber").getCTStyle().getPPr().getNumPr().getNumId().getVal())
                    .isNotNull();
            assertThat(doc.getStyles().getStyle("ListBullet2").getCTStyle().getPPr().getNumPr().getIlvl().getVal())
                    .isEqualTo(BigInteger.ONE);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
            String header = doc.getHeaderFooterPolicy().getDefaultHeader().getText();
            assertThat(header).contains("CITY OF EXAMPLE – LETTERHEAD", "Parks Board\tMinutes – May 1, 2024 – DRAFT");
            assertThat(WordNumbering.headingLabels(doc)).isEqualTo(WordNumbering.treeHeadingLabels(SAMPLER));
            // The table is as wide as the A4 text column the reference document sets.
            assertThat(doc.getTables().get(0).getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum()).isEqualTo(11906 - 2 * 1134);
        }
    }

    @Test
    void makesADocumentFromAWordTemplateAndKeepsItsPageNumbers() throws Exception {
        byte[] docx = Fixtures.render(DocxOptions.withTemplate(new DocxOptions.Template("city.dotx",
                ReferenceDocs.dotxWithPageNumbers())), SAMPLER);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        assertThat(Fixtures.part(docx, "[Content_Types].xml"))
                .contains("wordprocessingml.document.main+xml").doesNotContain("template.main+xml");
        try (XWPFDocument doc = Fixtures.open(docx)) {
            String footer = doc.getHeaderFooterPolicy().getDefaultFooter()._getHdrFtr().xmlText();
            assertThat(footer).contains(" PAGE ").doesNotContain("NUMPAGES");
        }
    }

    @Test
    void rejectsATemplateThatIsNotADocx() {
        var template = new DocxOptions.Template("letterhead.txt", "Dear Sir".getBytes());
        assertThatThrownBy(() -> new DocxRenderer(DocxOptions.withTemplate(template))
                .render(SAMPLER, new ByteArrayOutputStream()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("letterhead.txt: not a Word document: a .docx file is a zip package, and this file is not one");
    }

    @Test
    void rejectsADamagedTemplate() {
        byte[] damaged = Arrays.copyOf(ReferenceDocs.letterhead(), 600);
        var template = new DocxOptions.Template("letterhead.docx", damaged);
        assertThatThrownBy(() -> new DocxRenderer(DocxOptions.withTemplate(template))
                .render(SAMPLER, new ByteArrayOutputStream()))
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
        assertThatThrownBy(() -> new DocxRenderer(DocxOptions.withTemplate(template))
                .render(SAMPLER, new ByteArrayOutputStream()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("archive.docx: damaged or not a Word document (.docx): Package should contain a content type part [M1.13]");
    }

    /** A run as "'text' [character style, rtl, language]". */
    static String describe(CTR r) {
        StringBuilder text = new StringBuilder();
        r.getTList().forEach(t -> text.append(t.getStringValue()));
        StringBuilder props = new StringBuilder();
        if (r.isSetRPr()) {
            var rpr = r.getRPr();
            if (rpr.sizeOfRStyleArray() > 0) {
                props.append(rpr.getRStyleArray(0).getVal());
            }
            if (rpr.sizeOfRtlArray() > 0) {
                props.append(props.isEmpty() ? "" : " ").append("rtl");
            }
            if (rpr.sizeOfLangArray() > 0) {
                var lang = rpr.getLangArray(0);
                if (lang.getVal() != null) {
                    props.append(props.isEmpty() ? "" : " ").append("lang=").append(lang.getVal());
                }
                if (lang.getBidi() != null) {
                    props.append(props.isEmpty() ? "" : " ").append("bidi=").append(lang.getBidi());
                }
            }
        }
        return "'" + text + "' [" + props + "]";
    }
}
