package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Section titles in the forms councils and project groups write them, each in minutes made up for the test: minutes
 * numbered by item and year ("12/24 Apologies", "2024/31 Finance", "P/24/12 Planning"), several of them run together in
 * one paragraph, a minute after the lettered points of the one before, its title run on into its text (the text naming
 * the title again, a person's initials and what they did, a dash, a date after a dash), an item written as the
 * council's duty ("To receive the clerk's report."); numbered titles in bold and italics at once, a bold title with the
 * address of what it is about, and a heading over the meeting's particulars. And what must not be read as a title: a
 * minute number going back to an earlier minute, a number in a sentence that is not the next minute, words in bold
 * and italics inside a sentence.
 */
class MinuteReferenceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static Meeting readMarkdown(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static AgendaItem item(Meeting m, String title) {
        return m.agenda().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private static String all(Meeting m) {
        StringBuilder sb = new StringBuilder();
        m.agenda().forEach(i -> add(i, sb));
        return sb.toString();
    }

    private static void add(AgendaItem i, StringBuilder sb) {
        sb.append(i.title()).append('\n');
        i.narrative().forEach(n -> sb.append(n).append('\n'));
        i.decisions().forEach(n -> sb.append(n).append('\n'));
        i.items().forEach(c -> add(c, sb));
    }

    @Test
    void readsMinutesRunTogetherInOneParagraph() throws Exception {
        Meeting m = read("""
                MINUTES OF ELMSTEAD PARISH COUNCIL HELD ON 4 MARCH 2024

                Present: Cllr Ada Penn (Chair), Cllr Bram Doyle, Cllr Cora Wynn

                12/24 Public Participation There were no questions from the public. 13/24 Declarations of Interest \
                No declarations were made. 14/24 Planning The council considered the application for the old forge \
                and raised no objection.

                15/24 Highways

                The potholes on Mill Lane have been reported again.
                """);
        assertThat(Outline.of(m)).containsExactly("Public Participation", "Declarations of Interest", "Planning", "Highways");
        assertThat(item(m, "Public Participation").narrative()).containsExactly("There were no questions from the public.");
        assertThat(item(m, "Declarations of Interest").narrative()).containsExactly("No declarations were made.");
        assertThat(item(m, "Planning").narrative()).containsExactly(
                "The council considered the application for the old forge and raised no objection.");
    }

    @Test
    void readsAMinuteWhoseTextNamesItsTitleAgain() throws Exception {
        Meeting m = read("""
                MINUTES OF ELMSTEAD PARISH COUNCIL HELD ON 4 MARCH 2024

                Present: Cllr Ada Penn (Chair), Cllr Bram Doyle

                12/24 Apologies for absence Apologies had been received from the vicar, who was away.

                13/24 Finance Finance was reviewed and the accounts were approved.
                """);
        assertThat(Outline.of(m)).containsExactly("Apologies for absence", "Finance");
        assertThat(item(m, "Finance").narrative()).containsExactly("Finance was reviewed and the accounts were approved.");
    }

    @Test
    void readsAMinuteAfterTheLetteredPointsOfTheOneBefore() throws Exception {
        Meeting m = read("""
                MINUTES OF ELMSTEAD PARISH COUNCIL HELD ON 4 MARCH 2024

                21/24 Clerk's Report

                a) Training – the clerk attended the county course.

                b) Insurance – the policy was renewed. 22/24 Footpaths The stile at Long Field has been mended.

                23/24 Finance

                The accounts were approved.
                """);
        assertThat(Outline.of(m)).containsExactly("Clerk's Report", "Footpaths", "Finance");
        assertThat(item(m, "Footpaths").narrative()).containsExactly("The stile at Long Field has been mended.");
        assertThat(all(m)).contains("Insurance – the policy was renewed.");
    }

    @Test
    void splitsAMinutesTitleFromItsTextAtInitialsOrADash() throws Exception {
        Meeting m = read("""
                MINUTES OF ELMSTEAD PARISH COUNCIL HELD ON 4 MARCH 2024

                30/24 Village Hall Report JD reported that the boiler had been serviced.

                31/24 Police Report – two thefts from sheds were reported in February.

                32/24 To receive the clerk's report.

                The clerk's report was received.

                33/24 – Date of Next Meeting – Tuesday 2 April 2024 at 7.30pm
                """);
        assertThat(Outline.of(m)).containsExactly("Village Hall Report", "Police Report", "To receive the clerk's report",
                "Date of Next Meeting");
        assertThat(item(m, "Village Hall Report").narrative()).containsExactly("JD reported that the boiler had been serviced.");
        assertThat(item(m, "Police Report").narrative()).containsExactly("two thefts from sheds were reported in February.");
        assertThat(m.next().date()).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void readsMinuteNumbersWithTheYearFirstOrAPrefix() throws Exception {
        Meeting yearFirst = read("""
                MINUTES OF THE TOWN COUNCIL HELD ON 4 MARCH 2024

                2024/31 Finance The budget was agreed. 2024/32 Allotments It was agreed to raise the rent.

                2024/33 Closure

                The meeting closed at 9pm.
                """);
        assertThat(Outline.of(yearFirst)).containsExactly("Finance", "Allotments", "Closure");
        Meeting prefixed = read("""
                MINUTES OF THE PLANNING COMMITTEE HELD ON 4 MARCH 2024

                P/24/12 Applications

                Two applications were considered.

                P/24/13 Appeals

                No appeals had been lodged.
                """);
        assertThat(Outline.of(prefixed)).containsExactly("Applications", "Appeals");
    }

    @Test
    void leavesAMinuteNumberGoingBackAsAReference() throws Exception {
        Meeting m = read("""
                MINUTES OF ELMSTEAD PARISH COUNCIL HELD ON 4 MARCH 2024

                40/24 Minutes of the last meeting

                The minutes were approved with one amendment:

                Minute 36/24 Second sentence should read: the grant was for the whole year.

                41/24 Correspondence

                A letter from the school was read.
                """);
        assertThat(Outline.of(m)).containsExactly("Minutes of the last meeting", "Correspondence");
        assertThat(item(m, "Minutes of the last meeting").narrative())
                .contains("Minute 36/24 Second sentence should read: the grant was for the whole year.");
    }

    @Test
    void doesNotSplitAtANumberThatIsNotTheNextMinute() throws Exception {
        Meeting m = read("""
                MINUTES OF ELMSTEAD PARISH COUNCIL HELD ON 4 MARCH 2024

                50/24 Finance

                The balance was reported. 12/24 The earlier figure was corrected. 90/24 Later items were noted.

                51/24 Closure

                The meeting closed.
                """);
        assertThat(Outline.of(m)).containsExactly("Finance", "Closure");
        assertThat(item(m, "Finance").narrative()).containsExactly(
                "The balance was reported. 12/24 The earlier figure was corrected. 90/24 Later items were noted.");
    }

    @Test
    void readsNothingAsAMinuteWhenTheNumbersShowNoYear() throws Exception {
        Meeting m = read("""
                MINUTES OF THE BOARD HELD ON 4 MARCH 2024

                Finance

                - The vote on the budget was 7/2 The motion carried. 8/2 Were the figures for March.
                """);
        assertThat(Outline.of(m)).containsExactly("Finance");
        assertThat(all(m)).contains("7/2 The motion carried.");
    }

    @Test
    void readsNumberedTitlesInBoldAndItalics() throws Exception {
        Meeting m = readMarkdown("""
                # Harbour Project Committee - 4 March 2024

                ## Minutes

                1. _**Partner agreement**_

                    Two partners have signed.

                2. **_Work package updates_**

                * **WP1** - Ola reported the first deliverable is done.

                3. _**Open issues**_: https://example.org/issues

                    The issues were reviewed.

                4. _**AOB**_

                * A reminder to post the job adverts. We agreed on _**three**_ adverts.
                """);
        assertThat(Outline.of(m)).containsExactly("Minutes", "  Partner agreement", "  Work package updates",
                "  Open issues: https://example.org/issues", "  AOB");
        assertThat(all(m)).contains("A reminder to post the job adverts.", "Two partners have signed.");
    }

    @Test
    void readsAHeadingOverTheMeetingsParticularsAsAPart() throws Exception {
        Meeting m = readMarkdown("""
                # Harbour Technical Council

                ### Meeting details

                **Date**: Thursday, May 4, 2023

                **Where**: Room 4

                ### Welcome

                The chair opened the meeting.
                """);
        assertThat(m.title()).isEqualTo("Harbour Technical Council");
        assertThat(Outline.of(m)).startsWith("Meeting details");
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 5, 4));
        List<String> titles = Outline.of(m);
        assertThat(titles).contains("Welcome");
    }
}
