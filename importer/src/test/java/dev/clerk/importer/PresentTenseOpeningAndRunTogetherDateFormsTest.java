package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The start and the date in two more forms, from invented minutes: a line in the present tense notes are written in
 * ("AGM commences at 18:33", "Meeting opens at 7.05pm"), and a title whose weekday lost its space before the day
 * ("Wednesday14th November 2018 at 7.00pm"). And the guards: the next meeting's time said in the present tense,
 * in a sentence or on a line of its own under the next meeting's heading, is not this meeting's start; a number run
 * into a word that is no weekday is no date.
 */
class PresentTenseOpeningAndRunTogetherDateFormsTest {

    @Test
    void readsTheStartFromALineInThePresentTense() throws Exception {
        Meeting m = imported("""
                # Riverside Robotics Society AGM 2023 Minutes

                AGM commences at 18:33

                ## Members Present

                - Ann Lee (Chair)
                - Bo Ek

                ## Reports

                - The chair thanked everyone.
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(18, 33));
    }

    @Test
    void readsAMeetingThatOpensAtATimeWrittenTheBritishWay() throws Exception {
        Meeting m = imported("""
                Elm Allotment Society – committee notes

                Meeting opens at 7.05pm.

                Present: Ann Lee, Bo Ek, Cy Roe

                1. Water butts

                Bo will order four.
                """);
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 5));
    }

    @Test
    void leavesTheNextMeetingsTimeInAPresentTenseSentenceToThatMeeting() throws Exception {
        Meeting m = imported("""
                # Riverside Robotics Society AGM 2023 Minutes

                ## Members Present

                - Ann Lee (Chair)
                - Bo Ek

                ## Reports

                - The chair thanked everyone.

                ## Next meeting

                The next meeting starts at 19:00 on 4 May.
                """);
        assertThat(m.start()).isNull();
    }

    @Test
    void leavesAPresentTenseLineUnderTheNextMeetingsHeadingToThatMeeting() throws Exception {
        Meeting m = imported("""
                # Riverside Robotics Society AGM 2023 Minutes

                ## Members Present

                - Ann Lee (Chair)
                - Bo Ek

                ## Next meeting

                Thursday 4 May 2023, at the hall.

                Meeting starts at 19:00.
                """);
        assertThat(m.start()).isNull();
        assertThat(m.next()).isNotNull();
        assertThat(m.next().date()).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(m.next().time()).isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void readsADateWhoseWeekdayLostItsSpace() throws Exception {
        Meeting m = importedAs("village-hall-agm-minutes.txt", """
                Elm Village Hall (Registered Charity No. 123456) Minutes of the Annual General Meeting held at the Village Hall on Wednesday14th November 2018 at 7.00pm

                Present: A Lee (Chair), B Ek (Treasurer), C Roe.

                1. Accounts for the year ended 31st March 2018 The accounts were tabled and approved.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2018, 11, 14));
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void takesNoDateFromANumberRunIntoAWordThatIsNoWeekday() {
        assertThat(DateRecognizer.full("Return form B14 March 2018 to the office")).isEmpty();
        assertThat(DateRecognizer.full("Bank holiday14 March 2018")).isEmpty();
        assertThat(DateRecognizer.full("Held on Friday3 March 2023")).extracting(DateRecognizer.Found::date)
                .containsExactly(LocalDate.of(2023, 3, 3));
    }

    private static Meeting imported(String text) throws Exception {
        return importedAs("2023-03-25-minutes.md", text);
    }

    private static Meeting importedAs(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }
}
