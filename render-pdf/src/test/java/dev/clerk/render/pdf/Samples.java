package dev.clerk.render.pdf;

import dev.clerk.render.pdf.Content.Anchor;
import dev.clerk.render.pdf.Content.Block;
import dev.clerk.render.pdf.Content.Face;
import dev.clerk.render.pdf.Content.Heading;
import dev.clerk.render.pdf.Content.Item;
import dev.clerk.render.pdf.Content.ItemList;
import dev.clerk.render.pdf.Content.Numbering;
import dev.clerk.render.pdf.Content.Para;
import dev.clerk.render.pdf.Content.Style;
import dev.clerk.render.pdf.Content.Table;
import dev.clerk.render.pdf.Content.Text;
import dev.clerk.render.pdf.Content.Uri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Documents that exercise every element of the tagged-document layer. */
final class Samples {
    /** Names from DIN SPEC 91379's Latin letters and text in Greek and Cyrillic. */
    static final List<String> NAMES = List.of("Ayşe Şahin", "Łukasz Wójcik", "Zoltán Erdős", "Ő Kovács",
            "Nguyễn Thị Minh Khai", "Jürgen Groß", "Ἀλέξανδρος Παπαδόπουλος", "Ελένη Καραγιάννη",
            "Александра Иванова", "Дмитрий Шостакович");

    private Samples() {
    }

    static TaggedPdf.Doc everything(String watermark) {
        List<Block> b = new ArrayList<>();
        b.add(new Para(Text.plain("Mayor's Task Force on Anti-Human Trafficking"), Style.LETTERHEAD, null));
        b.add(new Heading(1, Text.plain("Every Element of a Clerk Document"), "top"));
        b.add(new Para(Text.plain("A test document"), Style.SUBTITLE, null));
        b.add(new Para(Text.plain("25 Van Ness Avenue\nSuite 240\nSan Francisco, CA 94102"), Style.BODY, "Location:"));
        b.add(new Heading(2, Text.plain("Names"), "names"));
        b.add(Para.body(Text.plain(String.join("; ", NAMES) + ".")));
        b.add(new Heading(3, Text.plain("Greek and Cyrillic"), null));
        b.add(Para.body(Text.plain("Η επιτροπή συνεδρίασε στις 27 Μαρτίου. Комитет собрался двадцать седьмого марта.")));
        b.add(new Heading(2, Text.plain("Links"), "links"));
        b.add(Para.body(Text.builder().plain("The agendas are posted at ")
                .link("https://sfgov.org/dosw", new Uri("https://sfgov.org/dosw"), null)
                .plain("; the names are listed under ")
                .link("Names", new Anchor("names"), null)
                .plain(". ").add("Italic text", Face.ITALIC, null).plain(" and ").bold("bold text").plain(".")
                .build()));
        b.add(new Heading(2, Text.plain("Lists"), "lists"));
        List<Item> inner = List.of(new Item("•", List.of(Para.body(Text.plain("Remaining a part of the Task Force")))),
                new Item("•", List.of(Para.body(Text.plain("Priorities for 2017")))));
        b.add(new ItemList(List.of(
                new Item("1)", List.of(Para.body(Text.plain("Carol and Minouche will discuss the planning for the "
                        + "summer brown bag, a lunch-time talk open to the public.")))),
                new Item("2)", List.of(Para.body(Text.plain("Agenda items for next meeting:")),
                        new ItemList(inner, Numbering.DISC)))), Numbering.DECIMAL));
        b.add(new Heading(2, Text.plain("A Long Table"), "table"));
        List<List<Text>> rows = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            rows.add(List.of(Text.plain("2017-03-27-" + i), Text.plain("Task number " + i + " of the long table, "
                    + "with enough words to wrap onto a second line in its column."),
                    Text.plain(NAMES.get(i % NAMES.size())),
                    Text.builder().link("Names", new Anchor("names"), null).build()));
        }
        b.add(new Table(List.of(1.3f, 4f, 2f, 1f), List.of(Text.plain("Task"), Text.plain("Action"),
                Text.plain("Owner"), Text.plain("See")), rows, "Forty-five tasks"));
        b.add(new Para(Text.plain("The end."), Style.STATUS, null));
        TaggedPdf.Meta meta = new TaggedPdf.Meta("Every Element", "A test of every element", "Clerk tests",
                "test, tagged PDF", "en-US", LocalDate.of(2017, 3, 27), LocalDate.of(2017, 5, 22));
        TaggedPdf.Furniture furniture = new TaggedPdf.Furniture(Text.plain("Sex Work and Trafficking Policy "
                + "Impact Committee"), Text.plain("Test – March 27, 2017"), Text.plain("Footer text"), watermark, true);
        return new TaggedPdf.Doc(meta, furniture, b);
    }
}
