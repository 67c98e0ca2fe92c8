package dev.clerk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random documents, and a few large ones: every output validates against the schemas, is the same bytes
 * twice, reopens with every paragraph and cell intact, and Word numbers it as its labels say. A failing seed is
 * reproduced by its number.
 */
class RandomDocumentsTest {
    /** Text that trips up XML writers, bidirectional layout, fonts and normalisation. */
    private static final List<String> HARD = List.of("<b>not bold</b>", "R&D", "]]>", "\"quoted\" 'single'",
            "שלום עולם", "مرحبا بالعالم", "会议纪要与行动项目", "議事録", "🎉👩🏽‍⚖️🏳️‍🌈", "Şahin Ő Łukasz",
            "Zoë Ångström", "e\u0301te\u0301 (combining)", "Straße", "tab\there", "Ñandú", "x² ≤ ∞", "two\nlines");
    private static final List<String> WORDS = List.of("budget", "policy", "the", "committee", "agreed", "report",
            "data", "training", "outreach", "housing", "safety", "review", "and", "of", "to", "city", "task", "force");
    private static final List<String> LANGUAGES = List.of("he", "ar", "fr-FR", "zh-CN", "fa-IR", "es-US");

    static Stream<Arguments> documents() {
        List<Arguments> cases = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            Random r = new Random(seed);
            cases.add(Arguments.of("seed " + seed, new Generator(r).document(1 + r.nextInt(12), 0)));
        }
        Random r = new Random(42);
        cases.add(Arguments.of("10,000-word paragraph", new Generator(r).document(2, 10_000)));
        cases.add(Arguments.of("200 items", new Generator(r).document(200, 0)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void validatesReopensIntactAndNumbersAsItsLabels(String name, Document doc) throws Exception {
        byte[] docx = Fixtures.render(doc);
        assertThat(OoxmlSchemas.problems(docx)).as(name).isEmpty();
        assertThat(Fixtures.render(doc)).as("same bytes twice").isEqualTo(docx);
        WordNumberingTest.assertWordNumbersAsTheDocument(doc, docx);
        try (XWPFDocument word = Fixtures.open(docx)) {
            assertThat(TreeText.paragraphs(word)).containsExactlyElementsOf(TreeText.paragraphs(doc));
            assertThat(TreeText.cells(word)).containsExactlyElementsOf(TreeText.cells(doc));
        }
    }

    /** Makes a random document whose item labels and list labels are those a composer would give. */
    private static final class Generator {
        private final Random r;
        private final List<String> anchors = new ArrayList<>();
        private List<Numbering> outline;

        Generator(Random r) {
            this.r = r;
        }

        Document document(int items, int longParagraph) {
            outline = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                outline.add(pick(List.of(Numbering.values())));
            }
            List<Block> blocks = new ArrayList<>();
            blocks.add(Heading.title(text(4)));
            if (r.nextBoolean()) {
                blocks.add(new Fields(List.of(new Fields.Field("Date:", text(3)), new Fields.Field("Location:", text(6)))));
            }
            int[] counters = new int[12];
            int depth = 0;
            for (int i = 0; i < items; i++) {
                depth = i == 0 ? 0 : r.nextInt(Math.min(depth + 2, 9));
                counters[depth]++;
                for (int d = depth + 1; d < counters.length; d++) {
                    counters[d] = 0;
                }
                String anchor = r.nextBoolean() ? "item-" + i : null;
                blocks.add(Heading.item(depth, WordNumbering.format(code(outline.get(Math.min(depth, outline.size() - 1))),
                        counters[depth]) + ".", text(2 + r.nextInt(6)), anchor));
                if (anchor != null) {
                    anchors.add(anchor);
                }
                if (i == 0 && longParagraph > 0) {
                    blocks.add(Paragraph.body(Text.plain(words(longParagraph))));
                }
                for (int k = r.nextInt(4); k > 0; k--) {
                    blocks.add(block(0));
                }
            }
            if (r.nextBoolean()) {
                blocks.add(Heading.section(text(2), "section"));
                blocks.add(table());
            }
            return Samples.of(outline, blocks);
        }

        private Block block(int nesting) {
            return switch (r.nextInt(nesting > 1 ? 3 : 6)) {
                case 0 -> new Paragraph(pick(List.of(Paragraph.Role.values())), text(5 + r.nextInt(40)));
                case 1 -> new Callout(pick(List.of(Callout.Kind.values())), "Decision:", text(10));
                case 2 -> Paragraph.body(text(20));
                case 3 -> list(nesting);
                case 4 -> table();
                default -> new Fields(List.of(new Fields.Field("Status:", text(3))));
            };
        }

        private ItemList list(int nesting) {
            ItemList.Kind kind = r.nextBoolean() ? ItemList.Kind.NUMBERED : ItemList.Kind.BULLETED;
            List<ItemList.Entry> entries = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                List<Block> blocks = new ArrayList<>();
                blocks.add(Paragraph.body(text(3 + r.nextInt(10))));
                if (r.nextInt(4) == 0) {
                    blocks.add(Paragraph.body(text(5)));
                }
                if (r.nextInt(3) == 0 && nesting < 3) {
                    blocks.add(new ItemList(ItemList.Kind.BULLETED, List.of(Samples.entry("•", words(3)))));
                }
                entries.add(new ItemList.Entry(kind == ItemList.Kind.NUMBERED ? (i + 1) + ")" : "•", blocks));
            }
            return new ItemList(kind, entries);
        }

        private Table table() {
            int n = 1 + r.nextInt(6);
            List<Table.Column> columns = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                columns.add(new Table.Column(text(1), 1 + r.nextInt(40), i == 0 && r.nextBoolean()));
            }
            List<List<Text>> rows = new ArrayList<>();
            for (int k = r.nextInt(8); k > 0; k--) {
                List<Text> row = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    row.add(r.nextInt(5) == 0 ? Text.empty() : text(1 + r.nextInt(12)));
                }
                rows.add(row);
            }
            return new Table(columns, rows, words(4));
        }

        private Text text(int words) {
            Text.Builder b = Text.builder();
            for (int i = 0; i < words; i++) {
                String word = (i == 0 ? "" : " ") + (r.nextInt(6) == 0 ? pick(HARD) : pick(WORDS));
                Emphasis emphasis = r.nextInt(8) == 0 ? pick(List.of(Emphasis.values())) : Emphasis.NONE;
                Link link = switch (r.nextInt(20)) {
                    case 0 -> new Link.Uri("https://example.org/" + i);
                    case 1 -> anchors.isEmpty() ? null : new Link.Anchor(pick(anchors));
                    case 2 -> new Link.Page(r.nextInt(40));
                    case 3 -> new Link.Anchor("nowhere");
                    default -> null;
                };
                String language = r.nextInt(10) == 0 ? pick(LANGUAGES) : null;
                b.add(new Run(word, emphasis, link, language, null));
            }
            return b.build();
        }

        private String words(int n) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : " ").append(i % 500 == 0 ? pick(HARD) : pick(WORDS));
            }
            return sb.toString();
        }

        private <T> T pick(List<T> from) {
            return from.get(r.nextInt(from.size()));
        }

        private static String code(Numbering n) {
            return switch (n) {
                case DECIMAL -> "decimal";
                case UPPER_ROMAN -> "upperRoman";
                case LOWER_ROMAN -> "lowerRoman";
                case UPPER_LETTER -> "upperLetter";
                case LOWER_LETTER -> "lowerLetter";
            };
        }
    }
}
