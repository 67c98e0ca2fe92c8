package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Attendee;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Minutes saved as web pages, in minutes written for the test: an agenda written as one HTML table whose rows are the
 * items, with a notes column and a column of actions with their owners written in; a definition list of the header's
 * fields ("<dt>Present</dt><dd>...</dd>"); a page whose source is spaced out with blank lines between its line breaks.
 * Guards: a table of sums is no agenda, a notes column is no list of actions, an action table keeps its owners.
 */
class WebPageFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static AgendaItem item(List<AgendaItem> items, String title) {
        return items.stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError("no item \"" + title + "\""));
    }

    private static final String HTML_AGENDA = """
            # Harbour Works Group, 9 September 2024

            ## Present

            * Ann Lee
            * Bo Chen
            * Cy Dee

            ## Agenda

            <table><thead><tr><th>Discussion Points</th><th>Notes/Action Items</th><th>Actions: Responsible/None</th></tr></thead><tbody><tr><td>Welcome &#x26; Quorum</td><td>Quorum reached</td><td><br></td></tr><tr><td>Slipway repairs</td><td><p>The quotes were compared.</p><p>The group chose the lower quote.</p></td><td><p>Bo will order the timber.</p><p><br></p><p>Cy to book the crane</p></td></tr><tr><td>Close</td><td><br></td><td><br></td></tr></tbody></table>
            """;

    @Test
    void readsTheRowsOfAnHtmlAgendaTableAsItems() throws Exception {
        Meeting m = read(HTML_AGENDA);
        assertThat(Outline.of(m)).containsExactly("Present", "Agenda", "  Welcome & Quorum", "  Slipway repairs", "  Close");
        AgendaItem slipway = item(item(m.agenda(), "Agenda").items(), "Slipway repairs");
        // The cell's paragraphs are the item's lines, each a paragraph of its own.
        assertThat(slipway.narrative()).contains("The quotes were compared.", "The group chose the lower quote.");
        // The column of actions with their owners written in gives each line's own owner, not the column's text.
        assertThat(slipway.actions()).extracting(a -> a.owners()).containsExactly(List.of("Bo Chen"), List.of("Cy Dee"));
        assertThat(slipway.actions()).extracting(a -> a.task()).containsExactly("Order the timber.", "Book the crane");
        assertThat(m.actionItems()).hasSize(2);
        assertThat(m.actionItems()).allSatisfy(a -> assertThat(a.owners()).allSatisfy(o -> assertThat(o).doesNotContain(" to ")));
    }

    @Test
    void readsTheSameAgendaWrittenAsAMarkdownTable() throws Exception {
        Meeting m = read("""
                # Harbour Works Group, 9 September 2024

                ## Present

                * Ann Lee
                * Bo Chen
                * Cy Dee

                ## Agenda

                | Discussion Points | Notes/Action Items | Action / Owner |
                |---|---|---|
                | Welcome & Quorum | Quorum reached | |
                | Slipway repairs | <p>The quotes were compared.</p><p>The group chose the lower quote.</p> | <p>Bo will order the timber.</p><p>Cy to book the crane</p> |
                | Close | | |
                """);
        assertThat(Outline.of(m)).containsExactly("Present", "Agenda", "  Welcome & Quorum", "  Slipway repairs", "  Close");
        AgendaItem slipway = item(item(m.agenda(), "Agenda").items(), "Slipway repairs");
        assertThat(slipway.actions()).extracting(a -> a.owners()).containsExactly(List.of("Bo Chen"), List.of("Cy Dee"));
    }

    @Test
    void readsANotesColumnAsNotesNotAsActions() throws Exception {
        Meeting m = read(HTML_AGENDA);
        AgendaItem welcome = item(item(m.agenda(), "Agenda").items(), "Welcome & Quorum");
        assertThat(welcome.narrative()).containsExactly("Quorum reached");
        assertThat(welcome.actions()).isEmpty();
    }

    @Test
    void leavesATableOfSumsAlone() throws Exception {
        for (String table : List.of("""
                | Item | Amount |
                |---|---|
                | Hall hire | 200.00 |
                | Printing | 45.50 |
                """, """
                <table><tr><th>Item</th><th>Cost</th></tr><tr><td>Hall hire</td><td>£200</td></tr><tr><td>Printing</td><td>£45</td></tr></table>
                """)) {
            Meeting m = read("# Parks Board, 4 May 2021\n\n## Accounts\n\nThe treasurer presented the payments.\n\n" + table);
            assertThat(Outline.of(m)).as(table).containsExactly("Accounts");
            assertThat(String.join(" ", item(m.agenda(), "Accounts").narrative())).as(table)
                    .contains("Hall hire").contains("Printing").doesNotContain("<br>");
        }
    }

    @Test
    void keepsAnAgendaTableTimedInMinutes() throws Exception {
        Meeting m = read("""
                # Parks Board, 4 May 2021

                ## Agenda

                | Item | Time (min) |
                |---|---|
                | Trail repairs | 20 |
                | Play area | 40 |
                """);
        assertThat(Outline.of(m)).containsExactly("Agenda", "  Trail repairs", "  Play area");
    }

    @Test
    void keepsAnActionTableWithAnOwnerColumn() throws Exception {
        Meeting m = read("""
                # Parks Board, 4 May 2021

                ## Actions

                <table><tr><th>Action</th><th>Responsible</th></tr><tr><td>Renew the insurance</td><td>Sam Reed</td></tr><tr><td>Book the hall</td><td>Ada Bell</td></tr></table>
                """);
        assertThat(Outline.of(m)).containsExactly("Actions");
        assertThat(m.actionItems()).extracting(a -> a.owners().get(0)).containsExactly("Sam Reed", "Ada Bell");
    }

    @Test
    void readsADefinitionListsTermsAsLabels() throws Exception {
        for (String dl : List.of("<dl>\n<dt>Present</dt><dd>Ann_Lee, Bo_Chen, Cy_Dee</dd>\n<dt>Regrets</dt><dd>-</dd>\n"
                        + "<dt>Chair</dt><dd>Ann_Lee</dd>\n</dl>",
                "<dl>\n<dt><b>Present</b></dt><dd>Ann Lee, Bo Chen, Cy Dee</dd>\n<dt>Regrets</dt><dd>-</dd>\n</dl>")) {
            Meeting m = read("<h1>Trail Group</h1>\n<h2>02 October 2025</h2>\n<div>\n<h2>Attendees</h2>\n" + dl
                    + "\n</div>\n<h2>Minutes</h2>\n<p>The group walked the trail.</p>\n<p>The bridge needs repairs.</p>\n");
            assertThat(m.attendees()).as(dl).extracting(Attendee::name).allSatisfy(n -> assertThat(n).doesNotContain("Regrets"));
            assertThat(m.attendees()).as(dl).extracting(a -> a.name().replace('_', ' '))
                    .contains("Ann Lee", "Bo Chen", "Cy Dee");
            assertThat(m.attendees()).as(dl).allSatisfy(a -> assertThat(a.affiliation()).isNull());
        }
    }

    @Test
    void readsAPageSpacedOutWithBlankLinesAsTheBrowserShowsIt() throws Exception {
        Meeting m = read("""
                <html>

                <body>

                <b>Trail Group Meeting - 4/22/04</b>

                <p><u>Board Members Present:</u>

                <br>Ann Lee

                <br>Bo Chen

                <br>Cy Dee

                <p><u>Absent:</u>

                <br>Di Eng

                <p>The meeting was called to order at 7:10 p.m.

                <p><b>BRIDGE REPAIRS:</b>

                <br>The bridge needs new boards.  Bo will get quotes.

                <p><b>TRAIL MAINTENANCE:</b>

                <br>The group walked the trail.

                </body>

                </html>
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chen", "Cy Dee", "Di Eng");
        assertThat(m.attendees()).filteredOn(a -> a.status() == AttendanceStatus.ABSENT).extracting(Attendee::name)
                .containsExactly("Di Eng");
        assertThat(Outline.of(m).stream().map(String::strip)).contains("BRIDGE REPAIRS", "TRAIL MAINTENANCE");
        assertThat(item(m.agenda(), "BRIDGE REPAIRS").narrative()).containsExactly("The bridge needs new boards. Bo will get quotes.");
    }

    @Test
    void keepsAParagraphClosedBeforeALineBreakApart() throws Exception {
        // "</p>" closes the block: the line break after it opens a line of its own, not part of the paragraph above.
        Meeting m = read("""
                <html>
                <body>
                <h1>Trail Group, 4 May 2021</h1>
                <p><b>BRIDGE REPAIRS:</b></p>

                <br>The bridge needs new boards.

                <p><b>TRAIL MAINTENANCE:</b></p>

                <br>The group walked the trail.
                </body>
                </html>
                """);
        assertThat(Outline.of(m).stream().map(String::strip)).contains("BRIDGE REPAIRS", "TRAIL MAINTENANCE");
        assertThat(item(m.agenda(), "BRIDGE REPAIRS").narrative()).containsExactly("The bridge needs new boards.");
    }

    @Test
    void leavesThePagesDocumentTypeAndServerDirectiveOutOfItsText() throws Exception {
        // Markup no reader sees: not the minutes' title, not a line of their text.
        for (String first : new String[] {"<!DOCTYPE html>", "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
                "<%@ LANGUAGE=\"VBSCRIPT\" %>"}) {
            Meeting m = read(first + """

                    <html>
                    <body>
                    <h1>Trail Group, 4 May 2021</h1>
                    <p><b>BRIDGE REPAIRS:</b></p>
                    <p>The bridge needs new boards.</p>
                    </body>
                    </html>
                    """);
            String yaml = ModelWriter.yaml(m, null);
            assertThat(yaml).as(first).doesNotContainIgnoringCase("doctype").doesNotContain("<%@", "VBSCRIPT")
                    .contains("The bridge needs new boards.");
            assertThat(m.title()).as(first).isNotNull().doesNotContain("<");
        }
    }
}
