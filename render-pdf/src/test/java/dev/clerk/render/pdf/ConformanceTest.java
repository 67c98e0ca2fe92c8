package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.Compositions;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingStatus;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF reports no failed rule of PDF/A-1b or PDF/UA-1. */
class ConformanceTest {
    static Stream<Compositions.Case> compositions() {
        return Stream.concat(Compositions.all().stream(), Compositions.forms().stream());
    }

    /**
     * Every document of the worked example and the fixtures, minutes forms too, composed and painted (Arabic names
     * included).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("compositions")
    void everyComposedDocumentIsArchivalAndAccessible(Compositions.Case c) throws Exception {
        byte[] pdf = Fixtures.render(c.document(), RightToLeftTest.fonts());
        Fixtures.keep(c.name() + ".pdf", pdf);
        assertConforms(pdf);
    }

    @Test
    void taskListWithClosedTasksIsArchivalAndAccessible() throws Exception {
        byte[] pdf = Fixtures.taskList(true);
        Fixtures.keep("tasks-2017-05-21.pdf", pdf);
        assertConforms(pdf);
    }

    @Test
    void approvedMinutesAreArchivalAndAccessible() throws Exception {
        Meeting m = Fixtures.meeting();
        Meeting approved = new Meeting(m.date(), m.kind(), m.title(), m.start(), m.end(), m.location(),
                MeetingStatus.APPROVED, LocalDate.of(2017, 5, 22), m.presiding(), m.recorder(), m.attendees(),
                m.agenda(), m.next(), m.updates());
        byte[] pdf = Fixtures.minutes(Fixtures.body(), approved, PdfFonts.liberation());
        Fixtures.keep("minutes-2017-03-27-approved.pdf", pdf);
        assertConforms(pdf);
    }

    @Test
    void documentWithEveryElementIsArchivalAndAccessible() throws Exception {
        byte[] pdf = Pdfs.write(Samples.everything("DRAFT"), PdfFonts.liberation());
        Fixtures.keep("every-element.pdf", pdf);
        assertConforms(pdf);
    }

    @Test
    void tagsTheTableHeaderOnceAndItsRepetitionsAsArtifacts() throws Exception {
        byte[] pdf = Pdfs.write(Samples.everything(null), PdfFonts.liberation());
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isGreaterThan(2);
            java.util.List<String> types = new java.util.ArrayList<>();
            collect(d.getDocumentCatalog().getStructureTreeRoot(), types);
            assertThat(types.stream().filter("TH"::equals).count()).isEqualTo(4);
            assertThat(types.stream().filter("TR"::equals).count()).isEqualTo(46);
            assertThat(types).containsSubsequence("Document", "P", "H1", "P", "P", "H2", "P", "H3", "P", "H2", "P",
                    "Link", "Link", "H2", "L", "LI", "Lbl", "LBody", "P", "LI", "Lbl", "LBody", "P", "L", "LI", "Lbl",
                    "LBody", "P", "H2", "Table", "THead", "TR", "TH", "TH", "TH", "TH", "TBody", "TR", "TD", "TD",
                    "TD", "TD", "Link");
        }
        // Each repetition of the header row is drawn, so the text shows it once per page.
        assertThat(Pdfs.text(pdf).split("Task Action Owner See", -1)).hasSizeGreaterThan(3);
    }

    private static void collect(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node,
                                java.util.List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                out.add(e.getStructureType());
                collect(e, out);
            }
        }
    }

    @Test
    void chineseTitleInTrueTypeFallbackFontIsArchivalAndAccessible() throws Exception {
        chineseTitle(SystemFonts.require(SystemFonts.WQY_MICROHEI, "fonts-wqy-microhei"), "wqy", "WenQuanYiMicroHei");
    }

    @Test
    void chineseTitleInOpenTypeCffFallbackFontIsArchivalAndAccessible() throws Exception {
        // Font 2 of the collection is Noto Sans CJK SC, the Simplified Chinese forms.
        chineseTitle(java.nio.file.Path.of(SystemFonts.require(SystemFonts.NOTO_SANS_CJK, "fonts-noto-cjk") + ",2"),
                "noto", "NotoSansCJKsc-Regular");
    }

    private static void chineseTitle(java.nio.file.Path font, String name, String fontName) throws Exception {
        PdfFonts fonts = PdfFonts.liberation().withFallback(font);
        Body body = Fixtures.body();
        Body chinese = new Body("性工作与人口贩运政策影响委员会", body.shortName(), body.parentBody(), body.department(),
                body.language(), body.people(), body.quorum(), body.groups(), body.defaults());
        byte[] pdf = Fixtures.minutes(chinese, Fixtures.meeting(), fonts);
        Fixtures.keep("minutes-chinese-title-" + name + ".pdf", pdf);
        assertThat(Pdfs.flatText(pdf)).contains("性工作与人口贩运政策影响委员会 - March 27, 2017 - Minutes");
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var resources = d.getPage(0).getResources();
            java.util.List<String> used = new java.util.ArrayList<>();
            for (var n : resources.getFontNames()) {
                used.add(resources.getFont(n).getName().replaceAll("^[A-Z]{6}\\+", ""));
            }
            assertThat(used).anyMatch(f -> f.startsWith(fontName));
        }
        assertConforms(pdf);
    }

    static void assertConforms(byte[] pdf) throws Exception {
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_1_B)).as("PDF/A-1b failures").isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
    }
}
