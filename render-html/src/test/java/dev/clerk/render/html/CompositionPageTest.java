package dev.clerk.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.Compositions;
import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the composers make of the worked example and the fixtures, painted: the same text, links that land. */
class CompositionPageTest {
    static List<Samples.Named> pages() throws Exception {
        List<Samples.Named> pages = new ArrayList<>(Pages.compositions());
        Compositions.forms().forEach(c -> pages.add(new Samples.Named(c.name(), c.document())));
        pages.add(new Samples.Named("swtpic-2017-05-22-packet", Pages.packet()));
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsBackAsTheTreesTextInOrder(Samples.Named page) throws Exception {
        String html = Samples.render(page.doc());
        assertThat(Jsoup.parse(html).body().text()).isEqualTo(HtmlRendererTest.TreeText.of(page.doc()));
        assertThat(Samples.render(page.doc())).as("a second rendering").isEqualTo(html);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void linksToAnchorsThatExistOnce(Samples.Named page) throws Exception {
        org.jsoup.nodes.Document html = Jsoup.parse(Samples.render(page.doc()));
        List<String> ids = html.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        for (Element a : html.select("a[href^=#]")) {
            assertThat(ids).as("target of %s", a).contains(a.attr("href").substring(1));
        }
        assertThat(html.select("a").size()).isEqualTo(runs(page.doc().blocks())
                .filter(r -> r.link() != null && !(r.link() instanceof Link.Page) && !r.text().isEmpty()).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void marksEveryRunInAnotherLanguage(Samples.Named page) throws Exception {
        org.jsoup.nodes.Document html = Jsoup.parse(Samples.render(page.doc()));
        List<String> expected = runs(page.doc().blocks()).filter(r -> r.language() != null && !r.text().isEmpty())
                .map(r -> r.language() + ":" + r.text()).toList();
        assertThat(html.select("body [lang]").stream().map(e -> e.attr("lang") + ":" + e.wholeText()))
                .containsExactlyElementsOf(expected);
    }

    /** Every run of {@code blocks}, in reading order. */
    static Stream<Run> runs(List<Block> blocks) {
        return blocks.stream().flatMap(b -> texts(b).flatMap(t -> t.runs().stream()));
    }

    private static Stream<Text> texts(Block b) {
        if (b instanceof Heading h) {
            return Stream.of(h.text());
        }
        if (b instanceof Paragraph p) {
            return Stream.of(p.text());
        }
        if (b instanceof Fields f) {
            return f.fields().stream().map(Fields.Field::value);
        }
        if (b instanceof Callout c) {
            return Stream.of(c.text());
        }
        if (b instanceof ItemList l) {
            return l.items().stream().flatMap(e -> e.blocks().stream()).flatMap(CompositionPageTest::texts);
        }
        Table t = b instanceof FillIn f ? f.asTable() : (Table) b;
        return Stream.concat(t.columns().stream().map(Table.Column::header), t.rows().stream().flatMap(List::stream));
    }
}
