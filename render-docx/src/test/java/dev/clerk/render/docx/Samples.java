package dev.clerk.render.docx;

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
import dev.clerk.compose.doc.Run;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Documents built by hand: every kind of block, run and link a painter must handle. */
final class Samples {
    static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    static final List<Numbering> OUTLINE = List.of(Numbering.UPPER_ROMAN, Numbering.UPPER_LETTER, Numbering.DECIMAL,
            Numbering.LOWER_LETTER);
    private static final Source SOURCE = Source.meeting(MAY_1, false, "agenda[0]");

    private Samples() {
    }

    static Meta meta(boolean draft) {
        return new Meta(Meta.Kind.MINUTES, "Parks Board – Minutes – May 1, 2024",
                "Minutes of the regular meeting of May 1, 2024", "Parks Department",
                List.of("minutes", "PB", "2024-05-01", draft ? "draft" : "approved"), "en-US", MAY_1,
                draft ? MAY_1 : LocalDate.of(2024, 6, 5), draft);
    }

    static Furniture furniture(String watermark) {
        return new Furniture(Text.plain("Parks Board"), Text.plain("Minutes – May 1, 2024 – DRAFT"), null,
                "Page {0} of {1}", watermark);
    }

    /** Every block type, emphasis, all three links, runs in Hebrew and Arabic, items four levels deep. */
    static Document sampler() {
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(Paragraph.Role.LETTERHEAD, Text.plain("Parks Department")));
        b.add(Heading.title(Text.of("Parks Board", Source.committee("name"))));
        b.add(new Paragraph(Paragraph.Role.SUBTITLE, Text.plain("Regular Meeting Minutes – May 1, 2024")));
        b.add(new Fields(List.of(new Fields.Field("Date:", Text.plain("May 1, 2024 – 6:30 p.m.")),
                new Fields.Field("Location:", Text.plain("City Hall\nRoom 400")))));
        b.add(new Paragraph(Paragraph.Role.ATTENDANCE, Text.builder().strong("Present:").plain(" Ana Ruiz; ")
                .add(new Run("דוד כהן", Emphasis.NONE, null, "he", null)).plain("; ")
                .add(new Run("سارة أحمد", Emphasis.NONE, null, "ar", null)).plain("; ")
                .add(new Run("Émile Zola", Emphasis.NONE, null, "fr-FR", null)).plain(".").build()));
        b.add(Heading.item(0, "I.", Text.of("Introductions", SOURCE), "item-1"));
        b.add(Paragraph.body(Text.builder().plain("The board met at ")
                .link("City Hall", new Link.Uri("https://example.org/city-hall"), null).plain(". It was ")
                .add(new Run("very", Emphasis.EM, null, null, null)).plain(" ")
                .add(new Run("well", Emphasis.STRONG, null, null, null)).plain(" attended.").build()));
        b.add(Heading.item(0, "II.", Text.plain("Updates"), "item-2"));
        b.add(Heading.item(1, "A.", Text.plain("Budget"), "item-2-1"));
        b.add(new Paragraph(Paragraph.Role.DETAILS, Text.plain("Presented by Ana Ruiz.")));
        b.add(Heading.item(2, "1.", Text.plain("Capital plan"), "item-2-1-1"));
        b.add(Heading.item(3, "a.", Text.plain("Playgrounds"), "item-2-1-1-1"));
        b.add(Heading.item(3, "b.", Text.plain("Trails"), null));
        b.add(Heading.item(2, "2.", Text.plain("Operating budget"), null));
        b.add(Heading.item(1, "B.", Text.plain("Signage"), "item-2-2"));
        b.add(new Callout(Callout.Kind.MOTION, "Motion:", Text.plain("To approve the signage plan. Motion passed 3–1.")));
        b.add(new Callout(Callout.Kind.DECISION, "Decision:", Text.plain("The plan goes to the city.")));
        b.add(new Callout(Callout.Kind.ACTION, "Action 1:", Text.plain("Send the plan to the city. (Ben Cole)")));
        b.add(Heading.item(0, "III.", Text.plain("Next Meeting: June 5, 2024"), "item-3"));
        b.add(new Paragraph(Paragraph.Role.LEAD, Text.plain("Follow-ups:")));
        b.add(new ItemList(ItemList.Kind.NUMBERED, List.of(
                entry("1)", "Ben will write to the city."),
                entry("2)", "Ana will call the ferry operator."),
                new ItemList.Entry("3)", List.of(Paragraph.body(Text.plain("Agenda items for next meeting:")),
                        new ItemList(ItemList.Kind.BULLETED, List.of(entry("•", "Trail closures"),
                                entry("•", "Summer hours"))))))));
        b.add(new Paragraph(Paragraph.Role.NOTE, Text.builder().plain("See ")
                .link("Introductions", new Link.Anchor("item-1"), null).plain(" and ")
                .link("the budget", new Link.Page(3), null).plain(".").build()));
        ItemList ways = new ItemList(ItemList.Kind.BULLETED, List.of(entry("•", "In person"), entry("•", "In writing")));
        b.add(new ItemList(ItemList.Kind.BULLETED, List.of(entry("•", "Notices are posted."),
                new ItemList.Entry("•", List.of(Paragraph.body(Text.plain("Public comment is welcome.")),
                        Paragraph.body(Text.plain("Three minutes each.")), ways)))));
        b.add(new ItemList(ItemList.Kind.NUMBERED, List.of(entry("1)", "A second list counts from one."),
                entry("2)", "And goes on."))));
        b.add(Heading.section(Text.plain("Action Items"), "actions"));
        b.add(new Table(List.of(new Table.Column(Text.plain("ID"), 6, true),
                new Table.Column(Text.plain("Task"), 54, false), new Table.Column(Text.plain("Owner"), 25, false),
                new Table.Column(Text.plain("Due"), 15, false)),
                List.of(List.of(Text.plain("2024-05-01-10"), Text.plain("Send the plan to the city."),
                                Text.plain("Ben Cole"), Text.plain("June 1, 2024")),
                        List.of(Text.plain("2024-05-01-11"), Text.plain("Call the ferry operator\nabout signage."),
                                Text.builder().add(new Run("דוד כהן", Emphasis.NONE, null, "he", null)).build(),
                                Text.empty())),
                "Action items of this meeting: ID, task, owner and due date"));
        b.add(new Paragraph(Paragraph.Role.CLOSING, Text.builder().strong("Adjournment:")
                .plain(" The meeting adjourned at 7:45 p.m.").build()));
        b.add(new Paragraph(Paragraph.Role.STATUS, Text.plain("Draft – not yet approved")));
        return new Document(meta(true), furniture("DRAFT"), OUTLINE, b);
    }

    static ItemList.Entry entry(String label, String text) {
        return new ItemList.Entry(label, List.of(Paragraph.body(Text.plain(text))));
    }

    /** A document of only {@code blocks}. */
    static Document of(List<Numbering> outline, List<Block> blocks) {
        return new Document(meta(false), furniture(null), outline, blocks);
    }

    /** A document of only {@code blocks}, outlined I., A., 1., a. */
    static Document of(Block... blocks) {
        return of(OUTLINE, List.of(blocks));
    }
}
