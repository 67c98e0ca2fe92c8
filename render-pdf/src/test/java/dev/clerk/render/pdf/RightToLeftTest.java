package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.Compositions;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arabic and Hebrew names (the harbor fixture's minutes) are drawn in visual order with Arabic letters joined, read
 * back in reading order, carry their language, and the PDF still conforms.
 */
class RightToLeftTest {
    /** Noto Sans Arabic: Arabic letters and their joined forms, package fonts-noto-core. */
    static final Path NOTO_SANS_ARABIC = Path.of("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf");

    private static byte[] minutes;

    @BeforeAll
    static void render() throws Exception {
        minutes = Fixtures.render(harbor("harbor-2024-01-10-minutes"), fonts());
        Fixtures.keep("harbor-2024-01-10-minutes.pdf", minutes);
    }

    /** Liberation Sans (which has Hebrew) followed by Noto Sans Arabic. */
    static PdfFonts fonts() throws IOException {
        return PdfFonts.liberation().withFallback(SystemFonts.require(NOTO_SANS_ARABIC, "fonts-noto-core"));
    }

    static Document harbor(String name) {
        return Compositions.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().document();
    }

    @Test
    void drawsArabicJoinedAndRightToLeft() throws Exception {
        // ليلى حداد: lam initial, yeh medial, lam medial, alef maksura final; hah initial, dal final, alef and dal
        // alone (neither joins the letter after it). Drawn from the left: the last letter first.
        String drawn = "\uFEA9\uFE8D\uFEAA\uFEA3 \uFEF0\uFEE0\uFEF4\uFEDF";
        assertThat(drawnText(minutes)).contains(drawn);
        assertThat(drawnText(minutes)).doesNotContain("\u0644\u064A\u0644\u0649");
    }

    @Test
    void drawsHebrewRightToLeft() throws Exception {
        assertThat(drawnText(minutes)).contains("\u05DF\u05D4\u05DB \u05D9\u05E8\u05D5\u05D0"); // אורי כהן
    }

    @Test
    void readsBackInReadingOrder() throws Exception {
        assertThat(Pdfs.flatText(minutes)).contains(
                "Harbor Pilots; ليلى حداد, Arab Cultural Center",
                "Absent or excused: אורי כהן, Marina Neighbors (excused)",
                "Moved by ليلى حداد, seconded by Noa Levi.",
                // A line that starts with the name: a left-to-right mark first keeps PDFBox from reading it as a
                // right-to-left line.
                "\u200Eليلى حداد asked that the signs also be in Arabic;",
                "Ayes: Rana Haddad, Noa Levi, ليلى حداد; Absent: אורי כהן.");
    }

    @Test
    void givesEachNameItsLanguage() throws Exception {
        try (PDDocument d = Loader.loadPDF(minutes)) {
            List<String> spans = new ArrayList<>();
            spans(d.getDocumentCatalog().getStructureTreeRoot(), spans);
            assertThat(spans).contains("Span ar", "Span he");
        }
    }

    @Test
    void isArchivalAndAccessible() throws Exception {
        ConformanceTest.assertConforms(minutes);
    }

    @Test
    void setsAParagraphInArabicFromTheRight() throws Exception {
        Document doc = Samples.document(List.of(Paragraph.body(new Text(List.of(
                new Run("اجتمع المجلس في الميناء.", Emphasis.NONE, null, "ar", null))))));
        byte[] pdf = Fixtures.render(doc, fonts());
        List<Float> ends = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) throws IOException {
                    if (font.getName().contains("Arabic")) {
                        ends.add(m.getTranslateX() + displacement.getX() * m.getScalingFactorX());
                    }
                    super.showGlyph(m, font, code, displacement);
                }
            }.getText(d);
        }
        // The last glyph drawn (the first letter read) ends at the right margin.
        assertThat(ends.get(ends.size() - 1)).isCloseTo(Layout.RIGHT, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(Pdfs.flatText(pdf)).contains("اجتمع المجلس في الميناء.");
        ConformanceTest.assertConforms(pdf);
    }

    @Test
    void twoRenderingsAreTheSameBytes() throws Exception {
        assertThat(Fixtures.render(harbor("harbor-2024-01-10-minutes"), fonts())).isEqualTo(minutes);
    }

    /** The characters as drawn, glyph by glyph in content order, from each font's ToUnicode map. */
    static String drawnText(byte[] pdf) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) throws IOException {
                    String u = font.toUnicode(code);
                    sb.append(u == null ? "?" : u);
                    super.showGlyph(m, font, code, displacement);
                }
            }.getText(d);
        }
        return sb.toString();
    }

    private static void spans(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getLanguage() != null) {
                    out.add(e.getStructureType() + " " + e.getLanguage());
                }
                spans(e, out);
            }
        }
    }
}
