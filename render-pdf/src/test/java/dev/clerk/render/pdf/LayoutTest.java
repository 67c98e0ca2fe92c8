package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Faults found in real use, and the rules that keep them away: levels, breaks, keeping together. */
class LayoutTest {
    @Test
    void anItemFourLevelsDeepIsAnH5() throws Exception {
        Document4 d = new Document4();
        byte[] pdf = Pdfs.write(Samples.document(d.blocks), PdfFonts.liberation());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> types = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), types);
            assertThat(types.stream().filter(t -> t.startsWith("H")).toList())
                    .containsExactly("H1", "H2", "H3", "H4", "H5", "H6", "H6");
        }
        assertThat(Pdfs.flatText(pdf)).contains("a. Braille plates", "i. Plate sizes", "A) Deeper still");
        ConformanceTest.assertConforms(pdf);
    }

    /** A title, then items at depths 0 to 4 and one past the deepest level. */
    private static final class Document4 {
        final List<Block> blocks = List.of(Heading.title(Text.plain("Levels")),
                Heading.item(0, "II.", Text.plain("Ferry landing access"), "item-II"),
                Heading.item(1, "A.", Text.plain("Signage"), "item-II-A"),
                Heading.item(2, "1.", Text.plain("Wayfinding at the north gate"), "item-II-A-1"),
                Heading.item(3, "a.", Text.plain("Braille plates"), "item-II-A-1-a"),
                Paragraph.body(Text.plain("Staff reported that the Braille plates arrive in March.")),
                Heading.item(4, "i.", Text.plain("Plate sizes"), null),
                Paragraph.body(Text.plain("Two sizes.")),
                Heading.item(5, "A)", Text.plain("Deeper still"), null),
                Paragraph.body(Text.plain("Kept at the deepest level.")));
    }

    static IntStream widths() {
        return IntStream.rangeClosed(18, 90);
    }

    /** "Septemb / er23, 2017" was the fault: the space after a word broken between letters was lost. */
    @ParameterizedTest
    @MethodSource("widths")
    void aWordBrokenInANarrowColumnKeepsTheSpaceAfterIt(int width) throws Exception {
        String cell = "September 23, 2017";
        float share = width / (Layout.RIGHT - Layout.LEFT - width);
        Table t = new Table(List.of(new Table.Column(Text.plain("D"), share, false),
                new Table.Column(Text.plain("Task"), 1, false)),
                List.of(List.of(Text.plain(cell), Text.plain("Send the report."))), "A narrow column");
        Layout layout = layout(List.of(t));
        List<String> all = lines(layout.pages.get(0), Layout.LEFT + 1);
        List<String> lines = all.subList(1, all.size());
        assertThat(lines).as("lines of %s at %dpt", cell, width).isNotEmpty()
                .allSatisfy(l -> assertThat(cell).contains(l));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(cell.replace(" ", ""));
    }

    @Test
    void aWordBrokenInANarrowColumnKeepsTheSpaceAfterItInTheText() throws Exception {
        // 46 points: "Septemb" fits, "September" does not.
        Table t = new Table(List.of(new Table.Column(Text.plain("Due"), 46, false),
                new Table.Column(Text.plain("Task"), Layout.RIGHT - Layout.LEFT - 46, false)),
                List.of(List.of(Text.plain("September 23, 2017"), Text.plain("Send the report."))), "A narrow column");
        String text = Pdfs.text(Pdfs.write(Samples.document(List.of(t)), PdfFonts.liberation()));
        assertThat(text).doesNotContain("er23,");
    }

    static Stream<Integer> fillers() {
        return IntStream.rangeClosed(20, 60).boxed();
    }

    /**
     * A heading (of any level) or a lead-in is never the last thing on a page, whatever comes before it: it goes to
     * the next page with the first line or row of what follows it.
     */
    @ParameterizedTest
    @MethodSource("fillers")
    void aHeadingNeverStandsAloneAtTheFootOfAPage(int fillerLines) throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < fillerLines; i++) {
                blocks.add(Paragraph.body(Text.plain("Filler line " + i + ".")));
            }
            blocks.add(Heading.section(Text.plain("Alix Lutnick"), null));
            blocks.add(taskTable(3 + round));
            blocks.add(Heading.item(0, "II.", Text.plain("Updates"), null));
            blocks.add(Heading.item(1, "A.", Text.plain("Check in on the policy"), null));
            blocks.add(Paragraph.body(Text.plain("The policy is still in process with the Police Department. "
                    .repeat(4))));
            blocks.add(new Paragraph(Paragraph.Role.LEAD, Text.plain("Agenda items for next meeting:")));
            blocks.add(new ItemList(ItemList.Kind.BULLETED, List.of(new ItemList.Entry("•",
                    List.of(Paragraph.body(Text.plain("Priorities for 2017")))))));
        }
        Layout layout = layout(blocks);
        for (int p = 0; p < layout.pages.size() - 1; p++) {
            List<Layout.Piece> pieces = layout.pages.get(p).pieces;
            Layout.Piece last = pieces.get(pieces.size() - 1);
            assertThat(last.node()).as("the last piece of page %d", p + 1).isNotNull();
            assertThat(last.node().type).as("the last element of page %d", p + 1).doesNotMatch("H[1-6]");
            assertThat(last.segment().text()).as("the last text of page %d", p + 1).doesNotStartWith("Agenda items");
        }
    }

    /** Task ids in a column that must not wrap stay whole, even where the column is asked to be narrow. */
    @Test
    void aNoWrapColumnIsNeverBrokenInsideAWord() throws Exception {
        Table t = taskTable(12);
        Layout layout = layout(List.of(t));
        List<String> ids = lines(layout.pages.get(0), Layout.LEFT + 1);
        assertThat(ids).startsWith("ID").contains("2017-03-27-12", "2017-03-27-1");
        assertThat(ids.subList(1, ids.size())).allMatch(id -> id.matches("2017-03-27-\\d+"));
        // ... and fit in their column: the column took the room from the others.
        float taskColumn = Float.MAX_VALUE;
        float idsEnd = 0;
        for (Layout.Piece p : layout.pages.get(0).pieces) {
            if (p.x() > Layout.LEFT + 10) {
                taskColumn = Math.min(taskColumn, p.x());
            } else {
                idsEnd = Math.max(idsEnd, p.x() + p.segment().width(p.size()));
            }
        }
        assertThat(idsEnd).isLessThan(taskColumn - 2 * 3.5f);
        byte[] pdf = Pdfs.write(Samples.document(List.of(t)), PdfFonts.liberation());
        assertThat(Pdfs.text(pdf)).contains("2017-03-27-12 ");
    }

    /** A table of tasks whose id column is asked to be far too narrow for its ids. */
    private static Table taskTable(int rows) {
        List<List<Text>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(List.of(Text.plain("2017-03-27-" + i), Text.plain("Send Minouche the two articles in "
                    + "opposition of closing down the Backpage site."), Text.plain("Alix Lutnick")));
        }
        return new Table(List.of(new Table.Column(Text.plain("ID"), 0.4f, true),
                new Table.Column(Text.plain("Task"), 4f, false), new Table.Column(Text.plain("Owner"), 1.5f, false)),
                body, "Tasks");
    }

    private static Layout layout(List<Block> blocks) throws Exception {
        Layout layout = new Layout(new FontChain(PdfFonts.liberation()), "en-US", "Document");
        layout.blocks(blocks);
        assertThat(layout.missing()).isEmpty();
        return layout;
    }

    /** The text of each line of the column that starts at {@code left} (within a point or so), top to bottom. */
    private static List<String> lines(Layout.Page page, float left) {
        Map<Float, StringBuilder> byBaseline = new TreeMap<>((a, b) -> Float.compare(b, a));
        float columnEnd = Float.MAX_VALUE;
        for (Layout.Piece p : page.pieces) {
            if (p.x() > left + 10 && p.x() < columnEnd) {
                columnEnd = p.x();
            }
        }
        for (Layout.Piece p : page.pieces) {
            if (p.x() >= left - 1 && p.x() < columnEnd - 1) {
                byBaseline.computeIfAbsent(p.baseline(), k -> new StringBuilder()).append(p.segment().text());
            }
        }
        return byBaseline.values().stream().map(StringBuilder::toString).toList();
    }

    private static void collect(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e.getStructureType());
                collect(e, out);
            }
        }
    }
}
