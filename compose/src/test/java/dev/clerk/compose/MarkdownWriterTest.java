package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.FillIn;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.Input;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.Committee;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskQuery;
import dev.clerk.model.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown painter: the agenda and task list of the fixtures, and each kind of block on its own. */
class MarkdownWriterTest {
    private static final LocalDate MAR = LocalDate.of(2024, 3, 20);

    private static Committee read(String folder) throws Exception {
        return CommitteeFolder.read(Path.of(folder));
    }

    private static Document document(Block... blocks) {
        return new Document(new Meta(Meta.Kind.AGENDA, "t", "s", "a", List.of(), "en-US", MAR, MAR, false),
                new Furniture(Text.plain("left"), Text.plain("right"), null, "Page {0} of {1}", null),
                List.of(Numbering.UPPER_ROMAN), List.of(blocks));
    }

    @Test
    void writesTheMay22AgendaOfTheExample() throws Exception {
        Committee c = read("../examples/swtpic");
        Agenda agenda = Agenda.of(c, c.meetings().stream()
                .filter(m -> m.date().equals(LocalDate.of(2017, 5, 22))).findFirst().orElseThrow());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkdownWriter.write(AgendaComposer.compose(agenda), out);
        Golden.assertMatches("agenda-swtpic-2017-05-22.md", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesATaskListGroupedByOwnerWithClosedTasks() throws Exception {
        Committee c = read("../model/src/test/resources/history");
        Document tasks = TaskListComposer.compose(c.body(),
                TaskLedger.of(c).list(new TaskQuery(MAR, null, true, Grouping.OWNER)));
        Golden.assertMatches("tasks-history-all.md", MarkdownWriter.of(tasks));
    }

    @Test
    void saysSoWhenNoTaskIsOpen() throws Exception {
        Committee c = read("../model/src/test/resources/history");
        Document tasks = TaskListComposer.compose(c.body(),
                TaskLedger.of(c).list(new TaskQuery(MAR, "Dana Ruiz", false, Grouping.OWNER)));
        assertThat(MarkdownWriter.of(tasks)).isEqualTo("""
                Port Planning Office

                # Harbor Access Advisory Committee

                **Action Items as of March 20, 2024**

                As of March 20, 2024, for Dana Ruiz: 0 open.

                No action item is open.
                """);
    }

    @Test
    void writesHeadingsFieldsAndCallouts() {
        Document doc = document(
                Heading.title(Text.plain("Parks Board")),
                new Paragraph(Paragraph.Role.SUBTITLE, Text.plain("Regular Meeting Agenda")),
                new Fields(List.of(new Fields.Field("Date:", Text.plain("Monday, May 22, 2017")),
                        new Fields.Field("Location:", Text.plain("City Hall\nRoom 400")))),
                Heading.item(0, "I.", Text.plain("Updates"), "item-I"),
                Heading.item(1, "A.", Text.plain("Signage"), "item-I-A"),
                new Paragraph(Paragraph.Role.DETAILS, Text.plain("6:00 p.m. · Discussion · 10 min")),
                new Callout(Callout.Kind.MOTION, "Motion:", Text.plain("To adopt the plan. Motion passed 4–0.")),
                Heading.section(Text.plain("Notices"), "notices"),
                Paragraph.body(Text.builder().strong("Public comment. ").plain("Anyone may speak.").build()));
        assertThat(MarkdownWriter.of(doc)).isEqualTo("""
                # Parks Board

                **Regular Meeting Agenda**

                **Date:** Monday, May 22, 2017 \s
                **Location:** City Hall \s
                Room 400

                ## I. Updates

                ### A. Signage

                *6:00 p.m. · Discussion · 10 min*

                **Motion:** To adopt the plan. Motion passed 4–0.

                ## Notices

                **Public comment.** Anyone may speak.
                """);
    }

    @Test
    void writesNumberedListsWithNestedBullets() {
        Document doc = document(new ItemList(ItemList.Kind.NUMBERED, List.of(
                new ItemList.Entry("1)", List.of(Paragraph.body(Text.plain("Alix will send the articles.")))),
                new ItemList.Entry("2)", List.of(Paragraph.body(Text.plain("Agenda items for next meeting:")),
                        new ItemList(ItemList.Kind.BULLETED, List.of(
                                new ItemList.Entry("•", List.of(Paragraph.body(Text.plain("Priorities")))),
                                new ItemList.Entry("•", List.of(Paragraph.body(Text.plain("- Public comment")))))))))));
        assertThat(MarkdownWriter.of(doc)).isEqualTo("""
                1) Alix will send the articles.
                2) Agenda items for next meeting:
                   - Priorities
                   - \\- Public comment
                """);
    }

    @Test
    void writesTablesWithPipesAndLineBreaksEscaped() {
        Document doc = document(new Table(List.of(
                new Table.Column(Text.plain("ID"), 1, true), new Table.Column(Text.plain("Task"), 3, false)),
                List.of(List.of(Text.plain("t-1"), Text.plain("Compare A | B\nthen decide")),
                        List.of(Text.plain("t-2"), Text.empty())), "tasks"));
        assertThat(MarkdownWriter.of(doc)).isEqualTo("""
                | ID | Task |
                |---|---|
                | t-1 | Compare A \\| B<br>then decide |
                | t-2 |  |
                """);
    }

    @Test
    void writesAFormsBlocksAsTablesOfLabelsAndPlacesWithTheChoicesToCircle() {
        List<String> results = List.of("passed", "failed");
        Document doc = document(
                new FillIn("motion", "Motion", "one motion", List.of(
                        List.of(FillIn.Entry.blank("Moved by", Input.text("mover", null)),
                                FillIn.Entry.blank("Seconded by", Input.text("seconder", "a name"))),
                        List.of(FillIn.Entry.blank("Result", Input.choice("result", "passed / failed", results))))),
                new Table(List.of(new Table.Column(Text.plain("Name"), 2, false, Input.text("name", null)),
                        new Table.Column(Text.plain("Status"), 1, false,
                                Input.choice("status", "present / absent", List.of("present", "absent")))),
                        List.of(List.of(Text.plain("Ana Ortiz"), Text.empty()),
                                List.of(Text.empty(), Text.plain("present"))), "attendance"));
        assertThat(MarkdownWriter.of(doc)).isEqualTo("""
                | Motion | *one motion* |
                |---|---|
                | **Moved by** |  |
                | **Seconded by**<br>*a name* |  |
                | **Result** | *passed / failed* |

                | Name | Status |
                |---|---|
                | Ana Ortiz | *present / absent* |
                |  | present |
                """);
    }

    @Test
    void writesWebAndMailAddressesAsLinksAndPagesAsText() {
        Document doc = document(Paragraph.body(Text.builder()
                .plain("See ").link("https://example.org/a_b", new Link.Uri("https://example.org/a_b"), null)
                .plain(", write to ").link("ana@example.org", new Link.Uri("mailto:ana@example.org"), null)
                .plain(", read ").link("the plan", new Link.Uri("https://example.org/plan (2)"), null)
                .plain(" on ").link("packet page 3", new Link.Page(2), null)
                .plain(" or under ").link("II.A.", new Link.Anchor("item-II-A"), null).plain(".").build()));
        assertThat(MarkdownWriter.of(doc)).isEqualTo("See <https://example.org/a_b>, write to <ana@example.org>,"
                + " read [the plan](<https://example.org/plan (2)>) on packet page 3 or under II.A..\n");
    }

    @Test
    void escapesTheCommitteesWordsSoTheyPrintAsThemselves() {
        Document doc = document(
                Paragraph.body(Text.plain("# not a heading, *not* emphasis, [not] a link, <b>not</b> HTML, &amp;")),
                Paragraph.body(Text.plain("2017. A year\n> not a quote\n---")),
                Heading.section(Text.plain("Item #"), null));
        assertThat(MarkdownWriter.of(doc)).isEqualTo("""
                \\# not a heading, \\*not\\* emphasis, \\[not\\] a link, \\<b>not\\</b> HTML, \\&amp;

                2017\\. A year \s
                \\> not a quote \s
                \\---

                ## Item \\#
                """);
    }
}
