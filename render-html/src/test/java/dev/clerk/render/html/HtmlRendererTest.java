package dev.clerk.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final Meta META = Samples.meta(Meta.Kind.MINUTES, "Minutes", "Minutes of March 27, 2017", false);

    private static Document doc(Block... blocks) {
        return Samples.document(META, Samples.furniture("Minutes – March 27, 2017", null), List.of(blocks));
    }

    private static org.jsoup.nodes.Document page(Document doc) throws Exception {
        return Jsoup.parse(Samples.render(doc));
    }

    /** The one element {@code css} selects in the page of {@code doc}, as HTML. */
    private static String html(Document doc, String css) throws Exception {
        List<Element> found = page(doc).select(css);
        assertThat(found).as(css).hasSize(1);
        return found.get(0).outerHtml();
    }

    private static Run run(String text, Emphasis emphasis, Link link, String language) {
        return new Run(text, emphasis, link, language, null);
    }

    @Test
    void writesAnHtml5PageWithItsMetadataAndOneStyleSheet() throws Exception {
        String html = Samples.render(Samples.minutes());
        assertThat(html).startsWith("<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\">\n"
                + "    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "    <title>Sex Work and Trafficking Policy Impact Committee – March 27, 2017 – Minutes</title>\n"
                + "    <meta name=\"description\" content=\"Minutes of the meeting of March 27, 2017\">\n"
                + "    <meta name=\"author\" content=\"Department on the Status of Women\">\n"
                + "    <meta name=\"keywords\" content=\"Sex Work and Trafficking Policy Impact Committee, minutes\">\n"
                + "    <meta name=\"generator\" content=\"Clerk\">\n    <style>\n").endsWith("</html>\n");
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertThat(page.select("style")).hasSize(1);
        String css = page.selectFirst("style").data();
        assertThat(css).contains("@media print", "display: table-header-group", "break-after: avoid",
                "size: letter", "color: inherit");
        assertThat(css).doesNotContain("url(", "@import", "http");
        assertThat(page.select("script, link, img, iframe, object, embed, [src], [style*=url]")).isEmpty();
    }

    @Test
    void putsLetterheadTitleAndSubtitleInTheBannerAndTheRestInMain() throws Exception {
        org.jsoup.nodes.Document page = page(Samples.agenda());
        assertThat(page.body().children().stream().map(Element::tagName)).containsExactly("header", "main");
        assertThat(page.selectFirst("header").html()).isEqualTo(
                "<p class=\"letterhead\">Department on the Status of Women</p>\n"
                + "<h1>Sex Work and Trafficking Policy Impact Committee</h1>\n"
                + "<p class=\"subtitle\">Regular Meeting Agenda</p>");
        assertThat(page.selectFirst("main").child(0).tagName()).isEqualTo("dl");
    }

    @Test
    void leavesTheBannerOutWhenTheDocumentDoesNotStartWithOne() throws Exception {
        org.jsoup.nodes.Document page = page(doc(Paragraph.body(Samples.plain("Only text."))));
        assertThat(page.body().children().stream().map(Element::tagName)).containsExactly("main");
    }

    @Test
    void givesHeadingsTheirLevelsLabelsAndAnchors() throws Exception {
        org.jsoup.nodes.Document page = page(doc(
                Heading.title(Samples.plain("Minutes")),
                Heading.section(Samples.plain("Notices"), "notices"),
                Heading.item(0, "II.", Samples.plain("Updates"), "item-2"),
                Heading.item(1, "A.", Samples.plain("Check in"), null),
                Heading.item(7, "i.", Samples.plain("Deep"), "deep")));
        assertThat(page.select("h1, h2, h3, h4, h5, h6").stream().map(Element::outerHtml)).containsExactly(
                "<h1>Minutes</h1>",
                "<h2 id=\"notices\">Notices</h2>",
                "<h2 id=\"item-2\"><span class=\"number\">II.</span> Updates</h2>",
                "<h3><span class=\"number\">A.</span> Check in</h3>",
                "<h6 id=\"deep\"><span class=\"number\">i.</span> Deep</h6>");
        assertThat(page.selectFirst("#item-2").text()).isEqualTo("II. Updates");
    }

    @Test
    void givesEachParagraphRoleItsClass() throws Exception {
        Block[] blocks = java.util.Arrays.stream(Paragraph.Role.values())
                .map(r -> new Paragraph(r, Samples.plain(r.name()))).toArray(Block[]::new);
        org.jsoup.nodes.Document page = page(doc(blocks));
        assertThat(page.select("p").stream().map(Element::outerHtml)).containsExactly(
                "<p class=\"body\">BODY</p>",
                "<p class=\"letterhead\">LETTERHEAD</p>",
                "<p class=\"subtitle\">SUBTITLE</p>",
                "<p class=\"details\">DETAILS</p>",
                "<p class=\"attendance\">ATTENDANCE</p>",
                "<p class=\"note\">NOTE</p>",
                "<p class=\"lead\">LEAD</p>",
                "<p class=\"closing\">CLOSING</p>",
                "<p class=\"status\">STATUS</p>");
    }

    @Test
    void writesFieldsAsADescriptionListWithLineBreaks() throws Exception {
        assertThat(html(doc(new Fields(List.of(
                new Fields.Field("Date:", Samples.plain("March 27, 2017")),
                new Fields.Field("Location:", Samples.plain("25 Van Ness Avenue\nSuite 240"))))), "dl")).isEqualTo(
                "<dl class=\"fields\">\n"
                + " <dt>Date:</dt>\n"
                + " <dd>March 27, 2017</dd>\n"
                + " <dt>Location:</dt>\n"
                + " <dd>\n  25 Van Ness Avenue\n  <br>\n  Suite 240\n </dd>\n"
                + "</dl>");
    }

    @Test
    void writesACalloutWithItsLabelInStrong() throws Exception {
        assertThat(html(doc(new Callout(Callout.Kind.MOTION, "Motion:", Samples.plain("To adopt. Passed 6–0."))),
                "p")).isEqualTo("<p class=\"callout motion\"><strong>Motion:</strong> To adopt. Passed 6–0.</p>");
        assertThat(html(doc(new Callout(Callout.Kind.ACTION, "Action 2:", Samples.plain("Call."))), "p"))
                .isEqualTo("<p class=\"callout action\"><strong>Action 2:</strong> Call.</p>");
    }

    @Test
    void keepsTheTreesListLabelsAsText() throws Exception {
        ItemList inner = new ItemList(ItemList.Kind.BULLETED, List.of(Samples.entry("•", Samples.plain("a part."))));
        ItemList outer = new ItemList(ItemList.Kind.NUMBERED, List.of(
                Samples.entry("1)", Samples.plain("First.")),
                new ItemList.Entry("2)", List.of(Paragraph.body(Samples.plain("Second, with:")), inner))));
        Document doc = doc(outer,
                new ItemList(ItemList.Kind.NUMBERED, List.of(Samples.entry("7)", Samples.plain("Seventh.")))));
        org.jsoup.nodes.Document page = page(doc);
        assertThat(page.selectFirst("main > ol").outerHtml()).isEqualTo(
                "<ol class=\"list\">\n"
                + " <li>\n  <p class=\"body\"><span class=\"marker\">1)</span> First.</p>\n </li>\n"
                + " <li>\n  <p class=\"body\"><span class=\"marker\">2)</span> Second, with:</p>\n"
                + "  <ul class=\"list\">\n"
                + "   <li>\n    <p class=\"body\"><span class=\"marker\">•</span> a part.</p>\n   </li>\n"
                + "  </ul>\n"
                + " </li>\n"
                + "</ol>");
        assertThat(page.select("li > p").eachText()).containsExactly("1) First.", "2) Second, with:", "• a part.",
                "7) Seventh.");
    }

    @Test
    void writesATableWithHeaderRowHiddenCaptionWidthsAndNoWrapColumns() throws Exception {
        Document doc = doc(new Table(List.of(
                new Table.Column(Samples.plain("ID"), 1, true),
                new Table.Column(Samples.plain("Task"), 2, false)),
                List.of(List.of(Samples.plain("2017-03-27-1"), Samples.plain("Call.")),
                        List.of(Samples.plain("2017-03-27-2"), Text.empty())),
                "Open tasks: ID and task"));
        assertThat(html(doc, "table")).isEqualTo(
                "<table>\n"
                + " <caption class=\"visually-hidden\">Open tasks: ID and task</caption>\n"
                + " <colgroup>\n"
                + "  <col style=\"width: 33.33%\">\n"
                + "  <col style=\"width: 66.67%\">\n"
                + " </colgroup>\n"
                + " <thead>\n"
                + "  <tr>\n"
                + "   <th class=\"nowrap\" scope=\"col\">ID</th>\n"
                + "   <th scope=\"col\">Task</th>\n"
                + "  </tr>\n"
                + " </thead>\n"
                + " <tbody>\n"
                + "  <tr>\n"
                + "   <td class=\"nowrap\">2017-03-27-1</td>\n"
                + "   <td>Call.</td>\n"
                + "  </tr>\n"
                + "  <tr>\n"
                + "   <td class=\"nowrap\">2017-03-27-2</td>\n"
                + "   <td></td>\n"
                + "  </tr>\n"
                + " </tbody>\n"
                + "</table>");
        String css = PageBuilder.STYLE;
        assertThat(css).contains(".nowrap {\n  white-space: nowrap;\n}", ".visually-hidden {\n  position: absolute;");
    }

    @Test
    void writesPercentagesTheSameWayEverywhere() {
        assertThat(PageBuilder.percent(0.25)).isEqualTo("25");
        assertThat(PageBuilder.percent(1.0 / 3)).isEqualTo("33.33");
        assertThat(PageBuilder.percent(0.125)).isEqualTo("12.5");
        assertThat(PageBuilder.percent(1)).isEqualTo("100");
    }

    @Test
    void writesEmphasisAndLinks() throws Exception {
        Document doc = doc(Paragraph.body(new Text(List.of(
                run("Decision:", Emphasis.STRONG, null, null),
                run(" see ", Emphasis.NONE, null, null),
                run("the page", Emphasis.EM, new Link.Uri("https://sfgov.org/dosw"), null),
                run(", ", Emphasis.NONE, null, null),
                run("item II", Emphasis.NONE, new Link.Anchor("item-2"), null),
                run(", ", Emphasis.NONE, null, null),
                run("page 4", Emphasis.NONE, new Link.Page(3), null),
                run(" and ", Emphasis.NONE, null, null),
                run("staff", Emphasis.NONE, new Link.Uri("mailto:dosw@sfgov.org"), null)))));
        assertThat(html(doc, "p")).isEqualTo("<p class=\"body\"><strong>Decision:</strong> see "
                + "<a href=\"https://sfgov.org/dosw\"><em>the page</em></a>, <a href=\"#item-2\">item II</a>, page 4 "
                + "and <a href=\"mailto:dosw@sfgov.org\">staff</a></p>");
    }

    @Test
    void addsNoSpaceBetweenRunsWhenPrettyPrinting() throws Exception {
        Text text = new Text(List.of(
                run("one", Emphasis.NONE, null, null),
                run("two", Emphasis.STRONG, null, null),
                run("three", Emphasis.EM, new Link.Anchor("a"), null),
                run("four\nfive", Emphasis.STRONG, null, null),
                run("six", Emphasis.NONE, null, "fr"),
                run("(seven)", Emphasis.NONE, null, null)));
        Document doc = doc(Paragraph.body(text), new Fields(List.of(new Fields.Field("F:", text))),
                new ItemList(ItemList.Kind.BULLETED, List.of(Samples.entry("•", text))),
                new Table(List.of(new Table.Column(text, 1, false)), List.of(List.of(text)), ""));
        org.jsoup.nodes.Document page = page(doc);
        assertThat(page.select("main > p, dd, li > p, th, td").eachText()).containsExactly(
                "onetwothreefour fivesix(seven)", "onetwothreefour fivesix(seven)", "• onetwothreefour fivesix(seven)",
                "onetwothreefour fivesix(seven)", "onetwothreefour fivesix(seven)");
        assertThat(page.select("main > p, dd, li > p, th, td").stream().map(Element::wholeText)
                .map(t -> t.replaceAll("\\s*\n\\s*", "⏎"))).containsOnly(
                "onetwothreefour⏎fivesix(seven)", "⏎onetwothreefour⏎fivesix(seven)⏎", "• onetwothreefour⏎fivesix(seven)");
    }

    @Test
    void keepsNoBreakSpaces() throws Exception {
        assertThat(html(doc(Paragraph.body(Samples.plain("March\u00a027,\u00a02017"))), "p"))
                .isEqualTo("<p class=\"body\">March&nbsp;27,&nbsp;2017</p>");
    }

    @Test
    void writesALinkToAnAddressOfAnUnsafeSchemeAsText() throws Exception {
        Document doc = doc(Paragraph.body(new Text(List.of(
                run("click", Emphasis.NONE, new Link.Uri("javascript:alert(1)"), null),
                run(" ", Emphasis.NONE, null, null),
                run("data", Emphasis.NONE, new Link.Uri(" JavaScript:alert(2)"), null)))));
        assertThat(html(doc, "p")).isEqualTo("<p class=\"body\">click data</p>");
    }

    @Test
    void marksRunsInOtherLanguagesWithLangAndTheDirectionOfTheirScript() throws Exception {
        Document doc = doc(Paragraph.body(new Text(List.of(
                run("Interpretation: ", Emphasis.NONE, null, null),
                run("الترجمة متاحة", Emphasis.NONE, null, "ar"),
                run(", ", Emphasis.NONE, null, null),
                run("traduction", Emphasis.EM, null, "fr"),
                run(", ", Emphasis.NONE, null, null),
                run("2017", Emphasis.NONE, null, "he"),
                run(", ", Emphasis.NONE, null, null),
                run("מרים", Emphasis.NONE, new Link.Uri("https://example.org/"), "he")))));
        assertThat(html(doc, "p")).isEqualTo("<p class=\"body\">Interpretation: "
                + "<span lang=\"ar\" dir=\"rtl\">الترجمة متاحة</span>, <em lang=\"fr\" dir=\"ltr\">traduction</em>, "
                + "<span lang=\"he\" dir=\"rtl\">2017</span>, "
                + "<a href=\"https://example.org/\" lang=\"he\" dir=\"rtl\">מרים</a></p>");
    }

    @Test
    void isolatesRightToLeftTextWithoutALanguageWithDirAuto() throws Exception {
        Document doc = doc(Paragraph.body(new Text(List.of(
                run("In Hebrew: ", Emphasis.NONE, null, null),
                run("תרגום לפי בקשה", Emphasis.NONE, null, null),
                run(" and ", Emphasis.NONE, null, null),
                run("أحمد", Emphasis.STRONG, null, null)))));
        assertThat(html(doc, "p")).isEqualTo("<p class=\"body\">In Hebrew: <span dir=\"auto\">תרגום לפי בקשה</span>"
                + " and <strong dir=\"auto\">أحمد</strong></p>");
    }

    @Test
    void givesABlockThatIsAllRightToLeftThatDirection() throws Exception {
        Document doc = doc(Paragraph.body(Samples.plain("אושר פה אחד.")),
                new Fields(List.of(new Fields.Field("Owner:", new Text(List.of(run("مريم", Emphasis.NONE, null, "ar")))))));
        org.jsoup.nodes.Document page = page(doc);
        assertThat(page.selectFirst("main > p").outerHtml()).isEqualTo("<p class=\"body\" dir=\"rtl\">אושר פה אחד.</p>");
        assertThat(page.selectFirst("dd").outerHtml())
                .isEqualTo("<dd dir=\"rtl\">\n <span lang=\"ar\" dir=\"rtl\">مريم</span>\n</dd>");
    }

    @Test
    void writesARightToLeftDocumentRightToLeft() throws Exception {
        org.jsoup.nodes.Document page = page(Samples.arabic());
        assertThat(page.selectFirst("html").attributes().html()).isEqualTo(" lang=\"ar\" dir=\"rtl\"");
        assertThat(page.select("[dir=auto]")).isEmpty();
        assertThat(page.select("main > p").outerHtml()).isEqualTo("<p class=\"body\">تقدّم "
                + "<strong lang=\"en\" dir=\"ltr\">Carol Leigh</strong> عرضاً عن السياسة الجديدة.</p>");
    }

    @Test
    void knowsWhichLanguagesAreWrittenRightToLeft() {
        assertThat(List.of("ar", "he", "fa-IR", "ur", "yi", "az-Arab", "ckb").stream().map(Direction::ofLanguage))
                .containsOnly(Direction.RTL);
        assertThat(List.of("en", "en-US", "es", "zh-Hant", "ku", "az-Latn", "ar-Latn").stream()
                .map(Direction::ofLanguage)).containsOnly(Direction.LTR);
    }

    @Test
    void escapesMarkupInTextAndAttributes() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";
        Meta meta = new Meta(Meta.Kind.AGENDA, "Q&A \"special\" <meeting>", "a < b & c", "O'Brien & \"Sons\"",
                List.of("x\"y", "<k>"), "en", Samples.MEETING, Samples.MEETING, false);
        Document doc = Samples.document(meta, Samples.furniture("x", null), List.of(
                Heading.title(Samples.plain(hostile)),
                Paragraph.body(new Text(List.of(
                        run(hostile, Emphasis.NONE, null, null),
                        run("link", Emphasis.NONE, new Link.Uri("https://example.org/?a=1&b=\"2\"><script>"), null),
                        run("anchor", Emphasis.NONE, new Link.Anchor("x\" onclick=\"alert(1)"), null)))),
                new Fields(List.of(new Fields.Field("<dt>&", Samples.plain("</dd>")))),
                new Table(List.of(new Table.Column(Samples.plain("<th>"), 1, false)),
                        List.of(List.of(Samples.plain("</table>"))), "</caption><script>")));
        String html = Samples.render(doc);
        assertThat(html).doesNotContain("<script>", "<b>", "<meeting>", "onclick=\"");
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        assertThat(page.select("script, b, [onclick]")).isEmpty();
        assertThat(page.title()).isEqualTo("Q&A \"special\" <meeting>");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("a < b & c");
        assertThat(page.select("meta[name=author]").attr("content")).isEqualTo("O'Brien & \"Sons\"");
        assertThat(page.select("meta[name=keywords]").attr("content")).isEqualTo("x\"y, <k>");
        assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
        assertThat(page.selectFirst("main > p").text()).isEqualTo(hostile + "linkanchor");
        assertThat(page.select("a").eachAttr("href"))
                .containsExactly("https://example.org/?a=1&b=\"2\"><script>", "#x\" onclick=\"alert(1)");
        assertThat(page.selectFirst("dt").text()).isEqualTo("<dt>&");
        assertThat(page.selectFirst("dd").text()).isEqualTo("</dd>");
        assertThat(page.selectFirst("caption").text()).isEqualTo("</caption><script>");
        assertThat(page.selectFirst("th").text()).isEqualTo("<th>");
        assertThat(page.selectFirst("td").text()).isEqualTo("</table>");
    }

    @Test
    void leavesThePageFurnitureOut() throws Exception {
        Document doc = Samples.document(META, new dev.clerk.compose.doc.Furniture(Samples.plain("Header left"),
                Samples.plain("Header right"), Samples.plain("Footer left"), "Page {0} of {1}", "WATERMARK"),
                List.of(Paragraph.body(Samples.plain("Body."))));
        String html = Samples.render(doc);
        assertThat(html).doesNotContain("Header left", "Header right", "Footer left", "Page ", "WATERMARK",
                "data-watermark=");
    }

    @Test
    void drawsADraftsMarkWithCssOnly() throws Exception {
        org.jsoup.nodes.Document page = page(Samples.minutes());
        assertThat(page.selectFirst("main").attr("data-watermark")).isEqualTo("DRAFT");
        assertThat(page.body().text()).doesNotContain("DRAFT –  subject").doesNotStartWith("DRAFT");
        assertThat(page.getAllElements().stream().flatMap(e -> e.textNodes().stream())
                .filter(t -> t.text().strip().equals("DRAFT"))).isEmpty();
        assertThat(PageBuilder.STYLE).contains("main[data-watermark]::before {\n  content: attr(data-watermark);");

        Meta draft = new Meta(Meta.Kind.MINUTES, "Minutes", "s", "a", List.of(), "es", Samples.MEETING,
                Samples.MEETING, true);
        assertThat(page(Samples.document(draft, Samples.furniture("x", null), List.of())).selectFirst("main")
                .attr("data-watermark")).isEqualTo("DRAFT");
        assertThat(page(Samples.document(draft, Samples.furniture("x", "BORRADOR"), List.of())).selectFirst("main")
                .attr("data-watermark")).isEqualTo("BORRADOR");
    }

    @Test
    void givesTheSameBytesForTheSameDocumentWhateverTheDefaultLocale() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            for (Samples.Named sample : Samples.all()) {
                byte[] first = bytes(sample.doc());
                assertThat(bytes(sample.doc())).as(sample.name()).isEqualTo(first);
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                assertThat(bytes(sample.doc())).as(sample.name() + " in Turkish").isEqualTo(first);
                Locale.setDefault(Locale.forLanguageTag("ar-EG"));
                assertThat(bytes(sample.doc())).as(sample.name() + " in Arabic").isEqualTo(first);
                Locale.setDefault(saved);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static byte[] bytes(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().render(doc, out);
        return out.toByteArray();
    }

    @Test
    void writesUtf8() throws Exception {
        byte[] bytes = bytes(Samples.arabic());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("لجنة تأثير");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("&#");
    }

    @Test
    void readsBackAsTheTreesTextInOrder() throws Exception {
        for (Samples.Named sample : Samples.all()) {
            org.jsoup.nodes.Document page = page(sample.doc());
            assertThat(page.body().text()).as(sample.name()).isEqualTo(TreeText.of(sample.doc()));
        }
    }

    /**
     * The text a reader reads in a tree, block by block, as jsoup's {@code text()} joins it (which also reads a
     * no-break space as a space).
     */
    static final class TreeText {
        private TreeText() {
        }

        static String of(Document doc) {
            StringBuilder sb = new StringBuilder();
            blocks(doc.blocks(), sb);
            return sb.toString().replace('\n', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        }

        private static void blocks(List<Block> blocks, StringBuilder sb) {
            for (Block b : blocks) {
                if (b instanceof Heading h) {
                    add(sb, (h.label() == null ? "" : h.label() + " ") + h.text().plainText());
                } else if (b instanceof Paragraph p) {
                    add(sb, p.text().plainText());
                } else if (b instanceof Fields f) {
                    f.fields().forEach(x -> add(sb, x.label() + " " + x.value().plainText()));
                } else if (b instanceof Callout c) {
                    add(sb, c.label() + " " + c.text().plainText());
                } else if (b instanceof ItemList l) {
                    for (ItemList.Entry e : l.items()) {
                        add(sb, e.label() + " " + ((Paragraph) e.blocks().get(0)).text().plainText());
                        blocks(e.blocks().subList(1, e.blocks().size()), sb);
                    }
                } else if (b instanceof Table t) {
                    table(t, sb);
                } else if (b instanceof FillIn f) {
                    table(f.asTable(), sb);
                }
            }
        }

        private static void table(Table t, StringBuilder sb) {
            add(sb, t.summary());
            add(sb, t.columns().stream().map(c -> c.header().plainText()).collect(Collectors.joining(" ")));
            for (List<Text> row : t.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    add(sb, t.columns().get(i).shown(row.get(i)).plainText());
                }
            }
        }

        private static void add(StringBuilder sb, String s) {
            sb.append(' ').append(s);
        }
    }
}
