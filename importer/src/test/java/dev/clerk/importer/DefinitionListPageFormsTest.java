package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Old web pages of minutes, from invented minutes in each form: a definition list's terms over their paragraphs are
 * the reports' titles under the heading above them; a status stamped on the page ("DRAFT") is no section; the body's
 * name set as a heading over "Board Meeting" and the date is the title block; a heading after the blocks closed before
 * it on its line ("</dd></dl><h3>NEXT MEETING</h3>") is a heading; a document type written over two lines and a style
 * sheet are never the minutes' title. And the guards: a term beside its short value ("Present" and the names) stays a
 * label, a record's fields each in a description of its own are no section's text, and a heading led by its date
 * under a page's name is still a section. The full name after a term's dash is who reported, a person later
 * named by the first name alone, not a topic.
 */
class DefinitionListPageFormsTest {

    private static Meeting read(String text) throws Exception {
        return read("minutes.md", text);
    }

    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    private static List<String> titles(Meeting m) {
        return Outline.of(m);
    }

    private static final String PAGE = """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"
                    "http://www.w3.org/TR/html4/loose.dtd">
            <HTML>
            <HEAD>
            <STYLE TYPE="text/css">
              body { margin-left: 5% }
              dt { font-weight: bold }
            </STYLE>
            <TITLE>Lakeside Rowing Association</TITLE>
            </HEAD>
            <BODY>
            <h1 ALIGN="CENTER">DRAFT</h1>
            <h2 ALIGN="CENTER">Lakeside Rowing Association</h2>
            <h2 ALIGN="CENTER">Board Meeting<br>June 9, 2019</h2>
            <P>The meeting was held at the boathouse and was called to order at 7:00 p.m.
            <h3>COMMITTEE REPORTS</h3>
            <dl><dt>Regatta &#151; Tom Baxter</dt>
            <dd>The spring regatta drew forty crews. The boathouse kitchen needs a new fridge before the next one.</dd>

            <dt>Equipment</dt>
            <dd>No report.</dd>

            <dt>Juniors &#151; Pia Lund</dt><dd>Twelve juniors signed up. A second coach is wanted for the Saturday sessions.
            </dd></dl>
            <h3>OLD BUSINESS</h3>
            <dl><dt>Dock Repairs</dt>
            <dd>The quote came in under budget. Pia will book the contractor.</dd>
            </dl><h3>NEXT MEETING</h3>
            <p>The next meeting is July 14 at the boathouse.</p>
            <h1 ALIGN="CENTER">DRAFT</h1>
            </BODY>
            </HTML>
            """;

    @Test
    void readsADefinitionListsTermsOverParagraphsAsTitlesUnderTheHeading() throws Exception {
        assertThat(titles(read(PAGE))).containsSubsequence("COMMITTEE REPORTS", "  Regatta — Tom Baxter", "  Equipment",
                "  Juniors — Pia Lund", "OLD BUSINESS", "  Dock Repairs");
    }

    @Test
    void aTermWithItsParagraphOnTheSameLineKeepsTheParagraphAsItsText() throws Exception {
        Meeting m = read(PAGE);
        AgendaItem juniors = m.agenda().stream().flatMap(i -> i.items().stream())
                .filter(i -> i.title().startsWith("Juniors")).findFirst().orElseThrow();
        assertThat(String.join(" ", juniors.narrative())).contains("Twelve juniors signed up");
    }

    @Test
    void aStatusStampIsNoSection() throws Exception {
        assertThat(titles(read(PAGE))).noneMatch(t -> t.strip().equals("DRAFT"));
    }

    @Test
    void theBodysNameOverBoardMeetingAndTheDateIsTheTitleBlock() throws Exception {
        Meeting m = read(PAGE);
        assertThat(titles(m)).noneMatch(t -> t.contains("Lakeside Rowing") || t.contains("Board Meeting"));
        assertThat(m.date()).hasToString("2019-06-09");
    }

    @Test
    void aHeadingAfterTheBlocksClosedBeforeItIsAHeading() throws Exception {
        assertThat(titles(read(PAGE))).contains("NEXT MEETING");
    }

    @Test
    void aDocumentTypeOverTwoLinesAndAStyleSheetAreNeverTheTitle() throws Exception {
        Meeting m = read(PAGE);
        // The body's name and the date are Clerk's own heading: the title is left empty, never the page's markup.
        assertThat(String.valueOf(m.title())).doesNotContain("DOCTYPE", "dtd", "margin-left", "font-weight");
    }

    @Test
    void theNameAfterATermsDashIsAPersonNotATopic() throws Exception {
        // "Juniors — Pia Lund" is Pia's report: her first name alone later owns what she will do.
        Meeting m = read(PAGE);
        assertThat(m.agenda().stream().flatMap(i -> i.items().stream()).flatMap(i -> i.actions().stream())
                .flatMap(a -> a.owners().stream())).contains("Pia");
    }

    // --- Guards ------------------------------------------------------------------------------------------------

    @Test
    void aTermBesideItsShortValueStaysALabel() throws Exception {
        Meeting m = read("""
                <h1>Harbour Choir committee, 2 March 2020</h1>
                <h2>Attendees</h2>
                <dl class=intro>
                <dt>Present</dt><dd>Olga Brandt, Femi Ade</dd>
                <dt>Scribe</dt><dd>Olga Brandt</dd>
                </dl>
                <h2>Concert</h2>
                <p>The spring concert is on 4 April.</p>
                """);
        assertThat(titles(m)).noneMatch(t -> t.strip().equals("Present") || t.strip().equals("Scribe"));
    }

    @Test
    void aRecordsFieldsEachInADescriptionAreNoSectionsText() throws Exception {
        Meeting m = read("""
                <h2>Minutes, 5 May 2020</h2>
                <h3>PLANNING</h3>
                <ul>
                <li>
                <dl>
                <dt>P/1101</dt>
                <dd>New garage</dd>
                <dd>Mill Lane</dd>
                <dd><strong>NO OBJECTIONS</strong></dd>
                </dl>
                </li>
                </ul>
                <h3>ACCOUNTS</h3>
                <p>Paid the hall hire.</p>
                """);
        assertThat(titles(m)).noneMatch(t -> t.strip().equals("P/1101"));
    }

    @Test
    void aHeadingLedByItsDateUnderAPagesNameIsStillASection() throws Exception {
        Meeting m = read("rail-users-2021-03-11-minutes.md", """
                Rail Users Working Group
                ========================

                2020-03-11 7. Meeting
                =====================

                Attendance
                ----------

                - Ann (Rail Co)
                - Bo (Transit Ltd)
                """);
        assertThat(titles(m)).anyMatch(t -> t.contains("2020-03-11"));
    }
}
