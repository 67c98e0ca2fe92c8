package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How minutes of clubs, charities and project groups mark their sections and their time, each in minutes written
 * for the test: labels standing alone on their lines ("Equipment:"), the body's name and the date set as the top
 * headings over the real sections, the start time in the title line, items named after a change or a piece of code,
 * and the parts of an item numbered under it.
 */
class StandingLabelFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s:", "*%s:*", "**%s**:", "_%s:_"})
    void readsLabelsStandingAloneAsTheSections(String markup) throws Exception {
        String text = """
                Millpond Kayak Club Committee
                Scout Hut, Thursday 9 March 2023, 7.30pm

                %s

                The hall is booked for the open day. Ropes were replaced.

                %s

                -   The balance is 2,340 pounds.

                -   Subscriptions are due in April.

                %s

                Two new boats were delivered.
                """.formatted(markup.formatted("Club house"), markup.formatted("Treasurer's Report"),
                markup.formatted("Equipment"));
        Meeting m = read(text);
        assertThat(Outline.of(m)).containsExactly("Club house", "Treasurer's Report", "Equipment");
        assertThat(m.agenda().get(m.agenda().size() - 1).narrative()).containsExactly("Two new boats were delivered.");
    }

    @Test
    void readsUpperCaseAndLowerCaseLabelsAlike() throws Exception {
        Meeting m = read("""
                Friends of Elm Park
                Monthly meeting, 4 May 2022

                OLD BUSINESS:
                The bench has been repaired.

                Fundraising and grants:
                The lottery bid was sent.

                NEXT STEPS:
                Planting starts in June.
                """);
        assertThat(Outline.of(m)).containsExactly("OLD BUSINESS", "Fundraising and grants", "NEXT STEPS");
    }

    @Test
    void keepsSentencesEndingInAColonAndItemPartsAsText() throws Exception {
        Meeting m = read("""
                Riverside Allotment Society
                Annual meeting, 12 June 2021

                Reports:

                The committee, therefore, proposed:

                   That plot rents rise by five pounds.

                Nominations were received from:

                Discussion:

                Members asked about water.

                Plots:

                Three plots are vacant.
                """);
        assertThat(Outline.of(m)).containsExactly("Reports", "Plots");
        assertThat(m.agenda().stream().filter(i -> i.title().equals("Reports")).findFirst().orElseThrow().narrative()).contains("The committee, therefore, proposed:",
                "Nominations were received from:", "Discussion:");
    }

    @Test
    void leavesAnumberedQuestionAsText() throws Exception {
        Meeting m = read("""
                Harbour Rowing Club Board
                Board meeting, 3 October 2022

                Questions from members:

                1. Can the club afford a second trailer?
                2. Who will drive it to regattas?

                Safety:

                The new lifejackets have arrived.
                """);
        assertThat(Outline.of(m)).containsExactly("Questions from members", "Safety");
    }

    @Test
    void aSingleLabelDoesNotMakeAnOutline() throws Exception {
        Meeting m = read("""
                Harbour Rowing Club Board
                Board meeting, 3 October 2022

                The meeting opened with thanks to the volunteers.

                Regatta:

                The regatta made a small profit.
                """);
        assertThat(Outline.of(m)).doesNotContain("Regatta");
    }

    @ParameterizedTest
    @ValueSource(strings = {"## Date 4/27/20", "## 2020-04-27", "## Meeting date: 27 April 2020", "## Monday, April 27, 2020"})
    void readsTheBodyAndTheDateHeadingsAsTheTitleAndItemsBelowThemAsTheSections(String dateHeading) throws Exception {
        Meeting m = read("""
                # Parser Working Group

                %s

                ### Attendees
                - Ann Lee
                - Bo Chan

                ### Agenda

                1. Tokenizer rewrite
                    * benchmarks are promising
                2. Release planning
                    * aim for June
                """.formatted(dateHeading));
        assertThat(m.date()).isEqualTo(LocalDate.of(2020, 4, 27));
        assertThat(Outline.of(m)).containsExactly("Attendees", "Agenda", "  Tokenizer rewrite", "  Release planning");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            General Meeting 17:00 14-Sep-2019|2019-09-14|17:00
            # Project Meeting | Wednesday 2021 March 03 at 12:00 PT / 13:00 ET|2021-03-03|12:00
            Committee meeting 2021-Mar-03 at 18:30|2021-03-03|18:30
            Annual General Meeting, 7pm, 3/Mar/2021|2021-03-03|19:00
            """)
    void readsTheStartFromATitleLineWithItsDate(String title, String date, String start) throws Exception {
        Meeting m = read(title + "\n\nPresent: Ann Lee, Bo Chan\n\n## Reports\n\nThe accounts were presented.\n");
        assertThat(m.date()).hasToString(date);
        assertThat(m.start()).hasToString(start);
    }

    @Test
    void readsNumberedItemsNamedAfterAChangeOrAPieceOfCode() throws Exception {
        Meeting m = read("""
                # Docs Team

                ## 2021-05-10

                ### Agenda

                1. [docs: add the sandbox guide](https://example.org/pull/12)
                    * **Verdict:** Approved
                2. [feat(cli): a quiet flag](https://example.org/pull/14?q=is%3Aopen)
                    * needs tests
                3. `webView.reload()` changes: [#17](https://example.org/pull/17)
                    * go ahead
                4. Triage of open issues
                    * deferred
                """);
        assertThat(Outline.of(m)).containsExactly("Agenda", "  docs: add the sandbox guide (https://example.org/pull/12)",
                "  feat(cli): a quiet flag (https://example.org/pull/14?q=is%3Aopen)",
                "  `webView.reload()` changes: #17 (https://example.org/pull/17)", "  Triage of open issues");
    }

    @Test
    void nestsTheNumberedPartsOfAnItemUnderItAndReadsALoneItemUnderAHeading() throws Exception {
        Meeting m = read("""
                ## 2024-01-15

                ### Agenda

                1. Default branch name
                   1. **Context**
                      The old name confuses new contributors.
                   1. **Discussion**
                      - Ann favours a change
                   1. **Decision**: Unanimous (b)

                1. Release cadence
                   1. **Context**
                      Releases slipped twice.
                   1. **Discussion**
                      - Bo asked for a calendar

                #### Proposals reviewed

                1. [Proposal: cache the registry index](https://example.org/issues/31)
                   1. **Context**: The index is fetched on every run.
                   1. **Discussion**
                      - We will resume next time
                """);
        assertThat(Outline.of(m)).containsExactly("Agenda", "  Default branch name", "    Context", "    Discussion",
                "  Release cadence", "    Context", "    Discussion", "  Proposals reviewed",
                "    Proposal: cache the registry index (https://example.org/issues/31)", "      Discussion");
    }
}
