package dev.clerk.render.pdf;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Emphasis;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Paragraph.Role;
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Documents built by hand that exercise every block of the composed tree. */
final class Samples {
    /** Names from DIN SPEC 91379's Latin letters and text in Greek and Cyrillic. */
    static final List<String> NAMES = List.of("Ayşe Şahin", "Łukasz Wójcik", "Zoltán Erdős", "Ő Kovács",
            "Nguyễn Thị Minh Khai", "Jürgen Groß", "Ἀλέξανδρος Παπαδόπουλος", "Ελένη Καραγιάννη",
            "Александра Иванова", "Дмитрий Шостакович");

    private Samples() {
    }

    /** A document of {@code blocks} with plain metadata and furniture. */
    static Document document(List<Block> blocks) {
        return document(blocks, null);
    }

    static Document document(List<Block> blocks, String watermark) {
        Meta meta = new Meta(Meta.Kind.MINUTES, "Every Element", "A test of every element", "Clerk tests",
                List.of("test", "tagged PDF"), "en-US", LocalDate.of(2017, 3, 27), LocalDate.of(2017, 5, 22),
                watermark != null);
        Furniture furniture = new Furniture(Text.plain("Sex Work and Trafficking Policy Impact Committee"),
                Text.plain("Test – March 27, 2017"), Text.plain("Footer text"), "Page {0} of {1}", watermark);
        return new Document(meta, furniture, List.of(Numbering.UPPER_ROMAN, Numbering.UPPER_LETTER,
                Numbering.DECIMAL, Numbering.LOWER_LETTER), blocks);
    }

    /** Every kind of block, a long table that spans pages, and emphasis and links of every kind. */
    static Document everything(String watermark) {
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(Role.LETTERHEAD, Text.plain("Mayor's Task Force on Anti-Human Trafficking")));
        b.add(Heading.title(Text.plain("Every Element of a Clerk Document")));
        b.add(new Paragraph(Role.SUBTITLE, Text.plain("A test document")));
        b.add(new Fields(List.of(new Fields.Field("Location:",
                Text.plain("25 Van Ness Avenue\nSuite 240\nSan Francisco, CA 94102")))));
        b.add(Heading.section(Text.plain("Names"), "names"));
        b.add(Paragraph.body(Text.plain(String.join("; ", NAMES) + ".")));
        b.add(Heading.item(1, "A.", Text.plain("Greek and Cyrillic"), null));
        b.add(Paragraph.body(Text.plain("Η επιτροπή συνεδρίασε στις 27 Μαρτίου. Комитет собрался двадцать седьмого "
                + "марта.")));
        b.add(new Paragraph(Role.DETAILS, Text.plain("11:10 a.m. · Action · 15 min")));
        b.add(Heading.section(Text.plain("Links"), "links"));
        b.add(Paragraph.body(Text.builder().plain("The agendas are posted at ")
                .link("https://sfgov.org/dosw", new Link.Uri("https://sfgov.org/dosw"), null)
                .plain("; the names are listed under ")
                .link("Names", new Link.Anchor("names"), null)
                .plain(". ").add(new Run("Italic text", Emphasis.EM, null, null, null)).plain(" and ")
                .strong("bold text").plain(".")
                .build()));
        b.add(new Callout(Callout.Kind.DECISION, "Decision:", Text.plain("The group established a deadline of "
                + "July 1st, 2017, and will organize further outside efforts if the policy is not passed by then.")));
        List<ItemList.Entry> inner = List.of(
                new ItemList.Entry("•", List.of(Paragraph.body(Text.plain("Remaining a part of the Task Force")))),
                new ItemList.Entry("•", List.of(Paragraph.body(Text.plain("Priorities for 2017")))));
        b.add(Heading.section(Text.plain("Lists"), "lists"));
        b.add(new Paragraph(Role.LEAD, Text.plain("Follow-ups:")));
        b.add(new ItemList(ItemList.Kind.NUMBERED, List.of(
                new ItemList.Entry("1)", List.of(Paragraph.body(Text.plain("Carol and Minouche will discuss the "
                        + "planning for the summer brown bag, a lunch-time talk open to the public.")))),
                new ItemList.Entry("2)", List.of(Paragraph.body(Text.plain("Agenda items for next meeting:")),
                        new ItemList(ItemList.Kind.BULLETED, inner))))));
        b.add(Heading.section(Text.plain("A Long Table"), "table"));
        List<List<Text>> rows = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            rows.add(List.of(Text.plain("2017-03-27-" + i), Text.plain("Task number " + i + " of the long table, "
                    + "with enough words to wrap onto a second line in its column."),
                    Text.plain(NAMES.get(i % NAMES.size())),
                    Text.builder().link("Names", new Link.Anchor("names"), null).build()));
        }
        b.add(new Table(List.of(new Table.Column(Text.plain("Task"), 1.3f, true),
                new Table.Column(Text.plain("Action"), 4f, false), new Table.Column(Text.plain("Owner"), 2f, false),
                new Table.Column(Text.plain("See"), 1f, false)), rows, "Forty-five tasks"));
        b.add(new Paragraph(Role.CLOSING, Text.plain("The meeting adjourned at 7:45 p.m.")));
        b.add(new Paragraph(Role.STATUS, Text.plain("The end.")));
        return document(b, watermark);
    }
}
