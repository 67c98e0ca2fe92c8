package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.Compositions;
import dev.clerk.compose.doc.Document;
import dev.clerk.render.docx.DocxOptions;
import dev.clerk.render.docx.DocxRenderer;
import dev.clerk.render.html.HtmlRenderer;
import dev.clerk.render.pdf.PdfFonts;
import dev.clerk.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One meeting, one content: for every document of the worked example and the fixtures, the Word, PDF and HTML
 * painters say the same thing, word for word, as their readers read it back (POI, PDFBox, jsoup), apart from page
 * furniture. This is what stops the formats drifting apart.
 */
class PainterParityTest {
    private static PdfFonts fonts;
    private static boolean arabic;

    static List<Compositions.Case> cases() {
        List<Compositions.Case> all = new java.util.ArrayList<>(Compositions.all());
        all.addAll(Compositions.forms());
        return all;
    }

    private static PdfFonts fonts() throws Exception {
        if (fonts == null) {
            // Liberation Sans has Latin, Greek, Cyrillic and Hebrew; the fixtures' Arabic names need a font with
            // Arabic letters: Noto Sans Arabic (fonts-noto-core, installed by .ci/run).
            PdfFonts chain = PdfFonts.liberation();
            Path arabic = Path.of("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf");
            PainterParityTest.arabic = java.nio.file.Files.isRegularFile(arabic);
            fonts = PainterParityTest.arabic ? chain.withFallback(arabic) : chain;
        }
        return fonts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wordPdfAndHtmlSayTheSameWords(Compositions.Case c) throws Exception {
        Document doc = c.document();
        fonts();
        if (c.name().startsWith("harbor") && !arabic) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("no Arabic font: .ci/run must install fonts-noto-core");
            }
            org.junit.jupiter.api.Assumptions.abort("skipped: no Arabic font (apt-get install fonts-noto-core)");
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxRenderer(DocxOptions.defaults()).render(doc, docx);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfRenderer(fonts()).render(doc, pdf);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlRenderer().render(doc, html);

        List<String> fromHtml = DocumentTexts.html(html.toByteArray());
        List<String> fromWord = DocumentTexts.docx(docx.toByteArray());
        List<String> fromPdf = DocumentTexts.pdf(pdf.toByteArray());
        assertThat(fromHtml).as("the web page has the document's text").isNotEmpty();
        assertSame("Word", fromWord, fromHtml);
        assertSame("PDF", fromPdf, fromHtml);
    }

    private static void assertSame(String format, List<String> actual, List<String> html) {
        int n = Math.min(actual.size(), html.size());
        int at = 0;
        while (at < n && actual.get(at).equals(html.get(at))) {
            at++;
        }
        if (at == n && actual.size() == html.size()) {
            return;
        }
        int from = Math.max(0, at - 8);
        throw new AssertionError(format + " and HTML part at word " + at + ":\n  " + format + ": …"
                + String.join(" ", actual.subList(from, Math.min(actual.size(), at + 12))) + "\n  HTML: …"
                + String.join(" ", html.subList(from, Math.min(html.size(), at + 12))));
    }
}
