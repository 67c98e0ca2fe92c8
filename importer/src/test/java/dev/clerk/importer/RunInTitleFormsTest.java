package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Items whose title runs into the minute on the same line after the item number ("6. Treasurer's Report The
 * Treasurer was pleased ..."), items numbered without a stop ("1 Attendance: ..."), a paper attached after the minutes
 * ("Annex A: ..."), and an "Agenda:" label over the meeting's own numbered items, each in minutes written for the test,
 * with the lines that only look like them.
 */
class RunInTitleFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static AgendaItem item(Meeting m, String title) {
        return m.agenda().stream().flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i), i.items().stream()))
                .filter(i -> i.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no item \"" + title + "\" in " + Outline.of(m)));
    }

    @Test
    void splitsATitleRunIntoTheSentenceThatOpensItsMinute() throws Exception {
        Meeting m = read("""
                Millbrook Bowls Club
                Minutes of the Annual General Meeting held on 3 May 2023 at 7pm

                Present: R Hale (Chair), T Osei (Treasurer), L Brandt, K Moss.

                1. Minutes of the 2022 Annual General Meeting Upon the proposition of L Brandt, seconded by K Moss, the minutes were approved.

                2. Accounts for the year ended 31st March 2023 The audited accounts were tabled and approved unanimously.

                3. Chair's Report a) The green has been re-seeded. b) New benches were bought for the pavilion.

                4. Treasurer's Report The Treasurer was pleased to report a small surplus for the year.

                5. Risk Assessment No issues were raised since the last meeting.

                6. Any Other Business K Moss proposed that the club hold an open day in June.

                7. Closure There being no further business, the meeting closed at 8.10pm.
                """);
        assertThat(Outline.of(m)).containsExactly("Minutes of the 2022 Annual General Meeting",
                "Accounts for the year ended 31st March 2023", "Chair's Report", "Treasurer's Report", "Risk Assessment",
                "Any Other Business", "Closure");
        // The minute after the title is kept whole, as the item's first line.
        assertThat(item(m, "Treasurer's Report").narrative())
                .containsExactly("The Treasurer was pleased to report a small surplus for the year.");
        assertThat(item(m, "Chair's Report").narrative())
                .containsExactly("a) The green has been re-seeded. b) New benches were bought for the pavilion.");
        assertThat(item(m, "Risk Assessment").narrative()).containsExactly("No issues were raised since the last meeting.");
    }

    @Test
    void keepsATitleWithACapitalisedSmallWordAndASentenceWhole() throws Exception {
        Meeting m = read("""
                Millbrook Bowls Club
                Minutes of the committee, 3 May 2023

                1. Approval of The Minutes
                The minutes were approved.

                2. Ann Lee proposed the budget The treasurer agreed to publish it.

                3. Reports
                The reports were received.
                """);
        assertThat(Outline.of(m)).containsExactly("Approval of The Minutes", "Reports");
        assertThat(item(m, "Approval of The Minutes").narrative()).contains(
                "Ann Lee proposed the budget The treasurer agreed to publish it.");
    }

    @Test
    void readsItemsNumberedWithoutAStopWithTheirRunInLabels() throws Exception {
        Meeting m = read("""
                Riverside Residents' Association AGM
                9 October 2021

                 1 Attendance: A list of the members attending is held by the secretary
                 2 Apologies: Apologies were received from Ann Lee and Bo Chen.
                 3 Quorum: with twelve members present, the meeting was quorate.
                 4 Election of Trustees (two seats were open and three members stood for them at the meeting)
                The trustees were elected by a show of hands.
                """);
        assertThat(Outline.of(m)).containsExactly("Attendance", "Apologies", "Quorum", "Election of Trustees");
        assertThat(item(m, "Quorum").narrative()).containsExactly("with twelve members present, the meeting was quorate.");
        // The note in brackets is kept, with the minute under it, as the item's text.
        assertThat(String.join(" ", item(m, "Election of Trustees").narrative())).isEqualTo(
                "(two seats were open and three members stood for them at the meeting)"
                + " The trustees were elected by a show of hands.");
    }

    @Test
    void leavesANumberLeadingALineNowAndThenAsText() throws Exception {
        Meeting m = read("""
                Riverside Residents' Association
                9 October 2021

                1. Planning
                The application for
                4 Mill Lane was discussed.
                1 Member of the public attended for this item.
                2 Letters of objection had been received.
                """);
        assertThat(Outline.of(m)).containsExactly("Planning");
    }

    @Test
    void keepsANoteLabelInAnItemAsItsMinute() throws Exception {
        Meeting m = read("""
                Computing Society Executive
                Minutes, 5 July 2022

                1. Lockers
                2. TODO: ask the department whether the lockers may go in the east hall this year
                3. Budget
                """);
        assertThat(Outline.of(m)).doesNotContain("TODO");
    }

    @Test
    void readsAnAnnexAfterTheMinutesAsAPartOfItsOwn() throws Exception {
        Meeting m = read("""
                Riverside Residents' Association
                9 October 2021

                1. Accounts
                The accounts were approved.

                2. Close
                The meeting closed at 9pm.

                Annex A: Treasurer's Report (abridged)

                Income to 30/09/21: £1,204.50
                """);
        assertThat(Outline.of(m)).containsExactly("Accounts", "Close", "Annex A: Treasurer's Report (abridged)");
    }

    @Test
    void leavesASentenceAboutAnAttachmentAsText() throws Exception {
        Meeting m = read("""
                Riverside Residents' Association
                9 October 2021

                1. Accounts
                The accounts were approved.

                Attachment: the treasurer's spreadsheet was circulated by email.
                """);
        assertThat(Outline.of(m)).containsExactly("Accounts");
    }

    @Test
    void readsAnAgendaLabelOverTheMeetingsOwnItems() throws Exception {
        Meeting m = read("""
                Faculty Meeting March 4, 2014 12:15-1:30 Room 201

                Agenda:
                1. Election for secretary (Ann Lee elected for a two year term)
                2. Review of minutes of February 4, 2014 (passed)
                3. Report from the Dean.
                The Dean reported a flat budget for next year.

                4. Other business
                The book sale is on March 20.
                """);
        assertThat(Outline.of(m)).containsExactly("Agenda", "  Election for secretary (Ann Lee elected for a two year term)",
                "  Review of minutes of February 4, 2014 (passed)", "  Report from the Dean", "  Other business");
    }

    @Test
    void leavesAnAgendaThatTheMinutesTakeOneByOneAsText() throws Exception {
        Meeting m = read("""
                Faculty Meeting March 4, 2014

                Agenda:
                1. Budget
                2. Elections

                MINUTES

                1. Budget
                The budget was approved.

                2. Elections
                Ann Lee was elected secretary.
                """);
        assertThat(Outline.of(m)).doesNotContain("Agenda");
    }
}
