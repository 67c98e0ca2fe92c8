package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Text;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Word numbers the item headings and numbered lists itself; counting as Word counts from numbering.xml, it must
 * arrive at every label the document gives.
 */
class WordNumberingTest {
    /** Asserts that Word's numbers for {@code docx} are the labels of {@code doc}. */
    static void assertWordNumbersAsTheDocument(Document doc, byte[] docx) {
        try (XWPFDocument word = Fixtures.open(docx)) {
            assertThat(WordNumbering.headingLabels(word)).as("item headings")
                    .containsExactlyElementsOf(WordNumbering.treeHeadingLabels(doc));
            assertThat(WordNumbering.numberedEntryLabels(word)).as("numbered list entries")
                    .containsExactlyElementsOf(WordNumbering.treeEntryLabels(doc));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void numbersTheSamplersItemsAndListsAsItsLabels() {
        Document sampler = Samples.sampler();
        assertThat(WordNumbering.treeHeadingLabels(sampler)).containsExactly("I.", "II.", "A.", "1.", "a.", "b.", "2.",
                "B.", "III.");
        assertThat(WordNumbering.treeEntryLabels(sampler)).containsExactly("1)", "2)", "3)", "1)", "2)");
        assertWordNumbersAsTheDocument(sampler, Fixtures.render(sampler));
    }

    @Test
    void followsTheDocumentsOutline() {
        List<Block> blocks = new ArrayList<>();
        String[][] labels = {{"1.", "a.", "b."}, {"2.", "a."}, {"3."}};
        for (String[] item : labels) {
            blocks.add(Heading.item(0, item[0], Text.plain("Item " + item[0]), null));
            for (int i = 1; i < item.length; i++) {
                blocks.add(Heading.item(1, item[i], Text.plain("Sub-item " + item[i]), null));
                // Levels past the outline's end repeat its last entry.
                blocks.add(Heading.item(2, "a.", Text.plain("Deeper"), null));
            }
        }
        Document doc = Samples.of(List.of(Numbering.DECIMAL, Numbering.LOWER_LETTER), blocks);
        assertWordNumbersAsTheDocument(doc, Fixtures.render(doc));
    }

    @Test
    void countsPastTwentySixAndPastThirtyNine() {
        List<Block> blocks = new ArrayList<>();
        String[] letters = new String[30];
        for (int i = 0; i < 30; i++) {
            letters[i] = String.valueOf((char) ('A' + i % 26)).repeat(i / 26 + 1) + ".";
        }
        for (int i = 1; i <= 42; i++) {
            blocks.add(Heading.item(0, roman(i) + ".", Text.plain("Item " + i), null));
            if (i == 40) {
                for (String l : letters) {
                    blocks.add(Heading.item(1, l, Text.plain("Sub-item " + l), null));
                }
            }
        }
        Document doc = Samples.of(blocks.toArray(Block[]::new));
        assertWordNumbersAsTheDocument(doc, Fixtures.render(doc));
    }

    @Test
    void anItemFourLevelsDownHasHeadingFourAndDeeperOnesKeepTheirListLevel() throws Exception {
        List<Block> blocks = new ArrayList<>();
        String[] labels = {"I.", "A.", "1.", "a.", "a.", "a.", "a.", "a.", "a."};
        for (int depth = 0; depth < labels.length; depth++) {
            blocks.add(Heading.item(depth, labels[depth], Text.plain("Depth " + depth), null));
        }
        Document doc = Samples.of(blocks.toArray(Block[]::new));
        byte[] docx = Fixtures.render(doc);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        assertWordNumbersAsTheDocument(doc, docx);
        try (XWPFDocument word = Fixtures.open(docx)) {
            List<XWPFParagraph> ps = word.getParagraphs();
            assertThat(ps.stream().map(XWPFParagraph::getStyle)).containsExactly("Heading1", "Heading2", "Heading3",
                    "Heading4", "Heading5", "Heading6", "Heading6", "Heading6", "Heading6");
            for (int depth = 6; depth < 9; depth++) {
                assertThat(ps.get(depth).getCTP().getPPr().getNumPr().getIlvl().getVal())
                        .isEqualTo(BigInteger.valueOf(depth));
            }
        }
    }

    @Test
    void typesALabelWordCannotArriveAt() throws Exception {
        // Deeper than Word's nine levels, and a number out of sequence.
        List<Block> blocks = new ArrayList<>();
        String[] labels = {"I.", "A.", "1.", "a.", "a.", "a.", "a.", "a.", "a.", "a."};
        for (int depth = 0; depth < labels.length; depth++) {
            blocks.add(Heading.item(depth, labels[depth], Text.plain("Depth " + depth), null));
        }
        blocks.add(Heading.item(0, "VII.", Text.plain("Seventh"), null));
        blocks.add(Heading.item(0, "II.", Text.plain("Second"), null));
        blocks.add(new ItemList(ItemList.Kind.NUMBERED, List.of(Samples.entry("1)", "One"),
                Samples.entry("3)", "Three"))));
        blocks.add(new ItemList(ItemList.Kind.NUMBERED, List.of(Samples.entry("4)", "Four"),
                Samples.entry("5)", "Five"))));
        Document doc = Samples.of(blocks.toArray(Block[]::new));
        byte[] docx = Fixtures.render(doc);
        assertThat(OoxmlSchemas.problems(docx)).isEmpty();
        try (XWPFDocument word = Fixtures.open(docx)) {
            List<String> shown = WordNumbering.labels(word).stream()
                    .map(l -> (l.label() == null ? "" : l.label() + " ") + l.paragraph().getText()).toList();
            assertThat(shown.subList(9, shown.size())).containsExactly("a.\tDepth 9", "VII.\tSeventh", "II. Second",
                    "1)\tOne", "3)\tThree", "4) Four", "5) Five");
        }
    }

    @Test
    void listsRestartAndBulletsUnderAnEntryDoNotCount() {
        ItemList dashes = new ItemList(ItemList.Kind.BULLETED, List.of(Samples.entry("•", "Dash")));
        ItemList first = new ItemList(ItemList.Kind.NUMBERED, List.of(Samples.entry("1)", "One"),
                new ItemList.Entry("2)", List.of(Paragraph.body(Text.plain("Two")), dashes)), Samples.entry("3)", "Three")));
        Document doc = Samples.of(first, Heading.item(0, "I.", Text.plain("Between"), null),
                new ItemList(ItemList.Kind.NUMBERED, List.of(Samples.entry("1)", "Again"))),
                new ItemList(ItemList.Kind.NUMBERED, List.of(Samples.entry("1)", "And again"), Samples.entry("2)", "Two"))));
        assertWordNumbersAsTheDocument(doc, Fixtures.render(doc));
    }

    static String roman(int n) {
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        return tens[n / 10] + ones[n % 10];
    }
}
