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
                + " read [the plan](https://example.org/plan%20%282%29) on packet page 3 or under II.A..\n");
    }

    @Test
    void escapesTheCommitteesWordsSoTheyPrintAsThemselves() {
        Document doc = document(
                Paragraph.body(Text.plain("# not a heading, *not* emphasis, [not] a link, <b>not</b> HTML, &amp;")),
                Paragraph.body(Text.plain("2017. A year\n> not a quote\n---")),
                Heading.section(Text.plain("Item #"), null));
        assertThat(MarkdownWriter.of(doc)).isEqualTo("""
                \\# not a heading, \\*not\\* emphasis, \\[not\\] a link, &lt;b>not&lt;/b> HTML, &amp;amp;

                2017\\. A year \s
                \\> not a quote \s
                \\---

                ## Item \\#
                """);
    }

    /** What the committee writes, at its most hostile: markup, scripts and links to script in every place. */
    private static final String HOSTILE = "<script>alert(1)</script> [x](javascript:alert(1)) <javascript:alert(2)>"
            + " ![i](data:text/html,<b>x</b>) [w](VBScript:x) <img src=x onerror=alert(3)> &lt;script&gt; &#60;i>"
            + " <!-- c --> <?php ?> </p> [r]: javascript:alert(4) `code` *em* _em_";

    @Test
    void writesNoHtmlAndNoLinkFromTheCommitteesWordsWhereverTheyStand() {
        Text hostile = Text.plain(HOSTILE);
        Text lines = Text.plain(HOSTILE + "\n" + HOSTILE + "\n[r]: javascript:alert(5)\n<div>\n::: {onclick=x}\n~~~");
        Document doc = document(
                Heading.title(hostile),
                Heading.item(0, "I.", Text.plain("Item {onclick=alert(6)}"), "item-I"),
                new Paragraph(Paragraph.Role.SUBTITLE, hostile),
                new Paragraph(Paragraph.Role.DETAILS, hostile),
                Paragraph.body(lines),
                new Fields(List.of(new Fields.Field("<b>Label</b> [l](javascript:x):", lines))),
                new Callout(Callout.Kind.MOTION, "<i>Motion</i>:", lines),
                new ItemList(ItemList.Kind.BULLETED, List.of(
                        new ItemList.Entry("•", List.of(Paragraph.body(lines), new ItemList(ItemList.Kind.NUMBERED,
                                List.of(new ItemList.Entry("1.", List.of(Paragraph.body(hostile))))))))),
                new Table(List.of(new Table.Column(hostile, 1, true), new Table.Column(Text.plain("Task"), 3, false)),
                        List.of(List.of(lines, hostile)), "tasks"),
                new FillIn("motion", "<u>Motion</u>", HOSTILE, List.of(List.of(
                        FillIn.Entry.blank("<s>Moved by</s>", Input.text("mover", HOSTILE))))));
        String md = MarkdownWriter.of(doc);
        assertNoMarkupFrom(md);
        assertThat(md).contains("# &lt;script>alert(1)&lt;/script> \\[x\\](javascript:alert(1)) &lt;javascript:alert(2)>"
                + " !\\[i\\](data:text/html,&lt;b>x&lt;/b>) \\[w\\](VBScript:x) &lt;img src=x onerror=alert(3)>"
                + " &amp;lt;script&amp;gt; &amp;#60;i> &lt;!-- c --> &lt;?php ?> &lt;/p> \\[r\\]: javascript:alert(4)"
                + " \\`code\\` \\*em\\* \\_em\\_\n")
                .contains("## I. Item \\{onclick=alert(6)}\n")
                .contains("\\[r\\]: javascript:alert(5)")
                .contains("\\::: {onclick=x}")
                .contains("\\~~~");
    }

    @Test
    void linksOnlyToWebAndMailAddresses() {
        Document doc = document(Paragraph.body(Text.builder()
                .link("click", new Link.Uri("javascript:alert(1)"), null).plain(" ")
                .link("javascript:alert(1)", new Link.Uri("javascript:alert(1)"), null).plain(" ")
                .link("data", new Link.Uri(" DATA:text/html,<script>x</script>"), null).plain(" ")
                .link("vb", new Link.Uri("vbscript:x"), null).plain(" ")
                .link("site", new Link.Uri("https://example.org/a)b<c>\"d|e"), null).plain(" ")
                .link("HTTPS://EXAMPLE.ORG", new Link.Uri("HTTPS://EXAMPLE.ORG"), null).plain(" ")
                .link("https://example.org/a(b)", new Link.Uri("https://example.org/a(b)"), null).plain(" ")
                .link("https://example.org/a|b", new Link.Uri("https://example.org/a|b"), null).build()));
        assertThat(MarkdownWriter.of(doc)).isEqualTo("click javascript:alert(1) data vb"
                + " [site](https://example.org/a%29b%3Cc%3E%22d%7Ce) <HTTPS://EXAMPLE.ORG> <https://example.org/a(b)>"
                + " [https://example.org/a|b](https://example.org/a%7Cb)\n");
    }

    @Test
    void leavesOrdinaryPunctuationAsItIs() {
        String plain = "Tom & Jerry's plan: 50% off (see p. 3), \"quoted\"; a < b, x <= 3, A <- B, 3 > 2, 1/2 ~ 0.5,"
                + " $10 + tax = done! Really? #3 on the list; Q&A at 5; user@host, 10:30-11:00.";
        assertThat(MarkdownWriter.of(document(Paragraph.body(Text.plain(plain))))).isEqualTo(plain + "\n");
    }

    /**
     * Asserts that {@code md} holds no HTML and no link it did not make from an address: every "<" is either
     * Clerk's line break in a table cell or followed by what opens nothing, and every "[" and "`" is escaped.
     */
    static void assertNoMarkupFrom(String md) {
        String withoutBreaks = md.replace("<br>", "");
        assertThat(java.util.regex.Pattern.compile("<(?![\\s\\d=-])").matcher(withoutBreaks).results()
                .map(r -> withoutBreaks.substring(r.start(), Math.min(withoutBreaks.length(), r.start() + 20))))
                .as("raw < in%n%s", md).isEmpty();
        assertThat(java.util.regex.Pattern.compile("(?<!\\\\)[\\[\\]`]").matcher(md).results().map(r -> r.start()))
                .as("unescaped [ ] or ` in%n%s", md).isEmpty();
        assertThat(java.util.regex.Pattern.compile("(?<!\\\\)&(?=#?[A-Za-z0-9]+;)(?!amp;|lt;)").matcher(md).results()
                .map(r -> r.start())).as("entity from the text in%n%s", md).isEmpty();
    }
}
