package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Section titles that use the words of a minutes' title ("Minutes", "Meeting", "Agenda"): a plain title standing over
 * its paragraph that names another meeting or its minutes ("Accepting Previous Minutes", "Next Meeting"), or, between
 * items, a meeting the minutes report on ("Regatta Meeting"); and a page's headings "Agenda" and "Meeting" side by
 * side, parts of the page rather than its title. Each case is minutes written for the test, with the lines that only
 * look like them (the title repeated as a page's running head).
 */
class TitleWordAndPartHeadingFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    @Test
    void readsTitlesNamingAnotherMeetingOrItsMinutesOverTheirParagraphs() throws Exception {
        Meeting m = read("""
                Harbour Kayak Club Committee 3/Feb/2022


                Meeting opened at 7:00 PM by Ann Lee.

                Accepting Previous Minutes

                The minutes of the January committee were accepted as a true record.

                Equipment Report

                Two new paddles were bought for the club this month.

                Safety Report

                The rescue boat engine was serviced in January.

                Regatta Meeting

                The regatta organisers met on 20 January and set the course for the spring race.

                Next Meeting

                The next committee will be held at the boathouse on 3 March.
                """);
        assertThat(Outline.of(m)).containsExactly("Accepting Previous Minutes", "Equipment Report", "Safety Report",
                "Regatta Meeting", "Next Meeting");
    }

    @Test
    void leavesTheMinutesTitleRepeatedAsARunningHeadOutOfTheItems() throws Exception {
        Meeting m = read("""
                Harbour Kayak Club Minutes
                3 February 2022

                Equipment Report

                Two new paddles were bought for the club this month.

                Safety Report

                The rescue boat engine was serviced in January.

                Harbour Kayak Club Minutes

                The regatta organisers met on 20 January and set the course for the spring race.
                """);
        assertThat(Outline.of(m)).containsExactly("Equipment Report", "Safety Report");
    }

    @Test
    void readsAgendaAndMeetingHeadingsSideBySideAsPartsOfThePage() throws Exception {
        Meeting m = read("""
                ---
                layout: default
                date: 2021-05-04
                ---

                ## Agenda

                To agree the budget for the summer camp.

                ---

                ## Meeting

                #### Present

                * Ann Lee
                * Bo Chen

                #### Notes

                The budget for the summer camp was agreed.
                """);
        assertThat(Outline.of(m)).containsExactly("Agenda", "Meeting", "  Present", "  Notes");
        assertThat(m.title()).isNotEqualTo("Agenda");
    }
}
