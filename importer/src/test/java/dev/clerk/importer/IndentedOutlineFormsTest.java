package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outlines that are not written with headings, each in minutes written for the test: a whole meeting as one
 * tab-indented numbered list, a Markdown page of nested bullets whose outer items are the agenda, bold labels
 * ("**New Business:**") over bold titles, lettered items with a bullet over each paragraph, "Minutes" underlined
 * below the meeting's underlined name; and the date written "06-01-2012" on the call to order.
 */
class IndentedOutlineFormsTest {

    private static ImportResult result(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none());
    }

    private static final String ROBOTICS = """
            1. Call to Order 03-02-2019 16:05
            \t1. Roll Call
            \t\t1. Officers
            \t\t\t1. President - Mina Okafor: Present
            \t\t\t1. Treasurer - Luis Ortega: Not Present
            \t\t1. Approval of Minutes: [PASS]
            \t\t\t1. First: Mina
            \t\t\t2. Second: Pavel
            \t2. Business
            \t\t1. Officer Reports
            \t\t\t1. Treasurer:
            \t\t\t\t1. Pavel: We have 140 dollars left after the parts order.
            \t\t\t1. Outreach:
            \t\t\t\t1. Mina: The school fair wants a demo in April.
            \t\t1. Competition Season
            \t\t\t1. Pavel: Registration closes on the 20th, so we should decide this week.
            \t\t\t1. Mina: We need two more drivers.
            \t3. Old Business
            \t\t1. Mina: The spare battery still has not been returned.
            4. Adjournment 03-02-2019 17:10
            """;

    @Test
    void readsAMeetingWrittenAsOneIndentedListByItsOuterLevels() throws Exception {
        Meeting m = result(ROBOTICS).meeting();
        // The roll call's captions and what is nested with them are read as the roll call, not as sections.
        assertThat(Outline.of(m)).containsExactly("Call to Order", "  Roll Call", "  Business", "    Officer Reports", "    Competition Season",
                "  Old Business", "Adjournment");
        assertThat(m.start()).isEqualTo(LocalTime.of(16, 5));
        assertThat(m.end()).isEqualTo(LocalTime.of(17, 10));
    }

    @Test
    void readsANumericDateMonthFirstAndSaysSo() throws Exception {
        ImportResult r = result(ROBOTICS);
        assertThat(r.meeting().date()).isEqualTo(LocalDate.of(2019, 3, 2));
        assertThat(r.guesses()).extracting(g -> g.path() + ": " + g.comment()).contains("date: check: meeting date read"
                + " as 2019-03-02 from \"Call to Order 03-02-2019 16:05\", month first, as US minutes write it");
    }

    @Test
    void readsANumericDateDayFirstWhenTheMinutesOtherDatesAre() throws Exception {
        ImportResult r = result(ROBOTICS.replace("\t\t1. Competition Season\n",
                "\t\t1. Competition Season\n\t\t\t1. Entry form sent on 25-01-2019.\n"));
        assertThat(r.meeting().date()).isEqualTo(LocalDate.of(2019, 2, 3));
    }

    @Test
    void readsNestedBulletNotesByTheirOuterItems() throws Exception {
        Meeting m = result("""
                # Steering group, 2023-09-08

                ## Attendance

                Members: Ana, Bruno, Chen

                ## Notes

                - Check-in
                - Roles
                    - Ana chairing, Bruno taking notes
                - Old business
                    - Release schedule (*Bruno* **Time**: 10 min)
                        - **Goal** Agree on the date of the next release.
                        - Chen: Can we move it a week later?
                        - Bruno: Yes, if the docs are not ready.
                    - Travel fund (*Ana* **Time**: 5 min) ([Draft policy](https://example.org/travel))
                        - Ana: The fund has room for two trips.
                        - Action items:
                            - Ana to write the call for requests.
                - New business
                    - Code of conduct review
                        - Chen: The working group wants comments by October.
                - Check-out
                """).meeting();
        assertThat(Outline.of(m)).containsExactly("Attendance", "Notes", "  Check-in", "  Roles", "  Old business",
                "    Release schedule", "    Travel fund", "  New business", "    Code of conduct review", "  Check-out");
    }

    @Test
    void leavesNestedNotesWhoseOuterItemsAreSentencesAsText() throws Exception {
        Meeting m = result("""
                # Steering group, 2023-09-08

                ## Notes

                - Ana opened the meeting and welcomed Chen.
                    - Chen joined from the Lisbon office.
                        - She will work on the docs.
                - Bruno reported that the release slipped.
                    - The docs were not ready.
                        - Chen will help with them.
                - The group agreed to meet again in October.
                    - Ana will send the invitation.
                """).meeting();
        assertThat(Outline.of(m)).containsExactly("Notes");
    }

    @Test
    void readsBoldLabelsAsGroupsOfTheBoldTitlesUnderThem() throws Exception {
        Meeting m = result("""
                # Select Board Minutes

                **TOWN OF MAPLEFORD**
                **TUESDAY, MARCH 9, 2021**
                **6:00 PM**
                **SELECT BOARD MEETING MINUTES**

                **Present:** Chair Dana Whitcomb, Selectman Raj Patel, Selectman Olive Grant

                **Whitcomb called the meeting to order at 6:02 PM**

                **Pledge of Allegiance**

                **Town Administrator's Report:**
                **Road Salt Contract**
                Patel said the contract with the county runs out in June.

                **Library Roof**
                Grant said the roof was inspected last week.

                **Old Business:**
                **Patel asked the board to revisit the parking plan.**

                **New Business:**
                **Cemetery Trustee Appointment**
                Whitcomb said one resident had applied.

                **Whitcomb made the following motion:**
                **"To appoint the applicant as trustee."** Patel seconded. Motion passed 3-0.
                """).meeting();
        assertThat(Outline.of(m)).containsExactly("Pledge of Allegiance", "Town Administrator's Report",
                "  Road Salt Contract", "  Library Roof", "Old Business", "New Business", "  Cemetery Trustee Appointment");
    }

    @Test
    void readsABulletOverAParagraphAsAnItemOfItsLetteredSection() throws Exception {
        Meeting m = result("""
                Harbor Transit Authority
                Operations Committee
                Tuesday, April 2, 2019

                A. Call to Order
                Committee Chair Ruiz called the meeting to order at 5:35 p.m.
                B. Recommended Actions
                • Bus Shelter Contract
                It is recommended that the Board award the shelter contract to the lowest bidder.
                Director Kim made the motion to move this item to the full Board.
                C. Updates
                • Fare Study
                Presented by Joan Avery, Manager of Planning, with the survey results.
                • Ferry Dock Repairs
                Presented by Tom Reyes, who said the work is on schedule.
                D. Adjourn
                Committee Chair Ruiz adjourned the meeting at 6:40 p.m.
                THE CHAIR REQUESTS THAT ALL PHONES BE SILENCED DURING THE MEETINGS OF THE BOARD OF
                DIRECTORS OF THE HARBOR TRANSIT AUTHORITY.
                """).meeting();
        assertThat(Outline.of(m)).containsExactly("Call to Order", "Recommended Actions", "  Bus Shelter Contract",
                "Updates", "  Fare Study", "  Ferry Dock Repairs", "Adjourn");
    }

    @Test
    void readsMinutesUnderlinedBelowTheUnderlinedTitleAsAPart() throws Exception {
        Meeting m = result("""
                Release Committee Meeting - 3rd March 2015
                ==========================================

                Present : Ann Kerr, Ben Ode

                Minutes
                -------

                1. Ann Kerr was elected chair.

                2. The build farm moves to the new servers in April.

                Agenda for Next Meeting
                -----------------------

                1. Review the server move
                2. Review the test tools
                """).meeting();
        assertThat(Outline.of(m)).containsExactly("Minutes", "Agenda for Next Meeting");
    }
}
