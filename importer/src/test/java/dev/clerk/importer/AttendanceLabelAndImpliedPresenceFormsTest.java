package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attendance in forms the labels alone do not give, in minutes made up for the test: a line naming a group the known
 * labels do not ("Residents: ...", "Youth Forum: ...") between or after "Present:" and "Apologies:" or among names
 * one to a line, the block's lines each its own line and never one paragraph with the motion under them; an
 * attendance heading with a site template's count before it ("{{ page.tally }} Members Present"); minutes with no
 * attendance list at all, whose chair opening or closing the meeting and whose movers and seconders were there; and a
 * sentence in the opening saying who else came ("Cllr. Jan Doe was also in attendance.", "... with the following
 * present: ..."). With guards: no one is added where an attendance list exists, no one only mentioned, and no group
 * that names no one.
 */
class AttendanceLabelAndImpliedPresenceFormsTest {
    private static ImportResult result(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none());
    }

    private static Meeting read(String name, String text) throws Exception {
        return result(name, text).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.role() + " | " + a.affiliation();
    }

    private static List<Motion> motions(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).toList();
    }

    @Test
    void readsAGroupLineBetweenPresentAndApologiesAsItsOwnLine() throws Exception {
        Meeting m = read("harbour.txt", """
                Harbour View Neighbourhood Association

                Wednesday, March 4, 2026

                Present: Ann Bell, Tom Reed, Lia Park (HVC)
                Residents: Jo Hale, Ray Quinn
                Apologies: Cy Dunn, Bo Ek
                Approval of last minutes: moved Tom Reed, seconded Lia Park, carried.

                Footpaths

                The footpath at the corner shop is still broken. Lia will write to the council.
                """);
        assertThat(m.attendees()).extracting(AttendanceLabelAndImpliedPresenceFormsTest::line).containsExactly(
                "Ann Bell | present | null | null", "Tom Reed | present | null | null", "Lia Park | present | null | HVC",
                "Jo Hale | present | guest | null", "Ray Quinn | present | guest | null",
                "Cy Dunn | excused | null | null", "Bo Ek | excused | null | null");
        assertThat(motions(m)).singleElement().satisfies(mo -> {
            assertThat(mo.text()).startsWith("Approval of last minutes").doesNotContain("Residents", "Quinn");
            assertThat(mo.mover()).isEqualTo("Tom Reed");
            assertThat(mo.seconder()).isEqualTo("Lia Park");
        });
    }

    @Test
    void readsAGroupLineAfterTheApologiesWithTheBodyItNames() throws Exception {
        Meeting m = read("elm.txt", """
                Elm Park Community Council - 12 May 2026

                Present: Ann Bell, Tom Reed
                Apologies: Cy Dunn
                Youth Forum: Di Fox, Eli Gray
                Community: none

                1. Parking

                New signs are up at the school gate.
                """);
        assertThat(m.attendees()).extracting(AttendanceLabelAndImpliedPresenceFormsTest::line).containsExactly(
                "Ann Bell | present | null | null", "Tom Reed | present | null | null", "Cy Dunn | excused | null | null",
                "Di Fox | present | null | Youth Forum", "Eli Gray | present | null | Youth Forum");
    }

    @Test
    void readsAGroupLineAmongNamesOneToALine() throws Exception {
        Meeting m = read("harbour.txt", """
                Harbour View Neighbourhood Association

                Wednesday, March 4, 2026

                Present:
                Ann Bell
                Tom Reed
                Community: Jo Hale, Ray Quinn

                Apologies: Cy Dunn

                1. Footpaths

                The footpath at the corner shop is still broken.

                2. Close

                The meeting closed at 9 pm.
                """);
        assertThat(m.attendees()).extracting(AttendanceLabelAndImpliedPresenceFormsTest::line).containsExactly(
                "Ann Bell | present | null | null", "Tom Reed | present | null | null",
                "Jo Hale | present | guest | null", "Ray Quinn | present | guest | null", "Cy Dunn | excused | null | null");
    }

    @Test
    void aFieldOrAMotionUnderTheAttendanceIsNoGroup() throws Exception {
        Meeting m = read("oak.txt", """
                Oak Lane Allotment Society - 12 May 2026

                Present: Ann Bell, Tom Reed, Lia Park
                Approval of last minutes: moved Tom Reed, seconded Lia Park, carried.
                Water Supply: the tap by plot 9 is leaking

                1. Plots

                Two plots are free.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Bell", "Tom Reed", "Lia Park");
        assertThat(motions(m)).singleElement().satisfies(mo -> assertThat(mo.mover()).isEqualTo("Tom Reed"));
    }

    @Test
    void linesEachOpenedByARunInLabelAreNoParagraph() throws Exception {
        Meeting m = read("finance.txt", """
                Harbour View Neighbourhood Association, 4 March 2026

                Present: Ann Bell, Tom Reed, Lia Park, Omar Haddad

                1. Finance

                Bank balance: $500.00
                Approval of the accounts: moved Tom Reed, seconded Lia Park, carried.
                Hall hire: the hall will cost $40 a night from May.

                2. Footpaths

                The footpath at the corner shop is still broken.
                """);
        assertThat(motions(m)).singleElement().satisfies(mo -> {
            assertThat(mo.text()).startsWith("Approval of the accounts").doesNotContain("Bank balance", "Hall hire");
            assertThat(mo.mover()).isEqualTo("Tom Reed");
        });
        assertThat(m.allItems().flatMap(i -> i.narrative().stream()))
                .contains("Bank balance: $500.00", "Hall hire: the hall will cost $40 a night from May.");
    }

    @Test
    void aLabelledLineWrappedOntoTheNextStillJoinsIt() throws Exception {
        Meeting m = read("finance.txt", """
                Harbour View Neighbourhood Association, 4 March 2026

                Present: Ann Bell, Tom Reed, Lia Park, Omar Haddad

                1. Finance

                Bank balance: $500.00, with the grant from the
                Parish Council: $200 still to come.
                Hall hire: $40 a night from May.

                2. Footpaths

                The footpath at the corner shop is still broken.
                """);
        assertThat(m.allItems().flatMap(i -> i.narrative().stream()))
                .contains("Bank balance: $500.00, with the grant from the Parish Council: $200 still to come.",
                        "Hall hire: $40 a night from May.");
    }

    @Test
    void readsAnAttendanceHeadingWithATemplatesCountBeforeIt() throws Exception {
        Meeting m = read("makers.md", """
                # Riverside Makers Members Meeting, 28 June 2026

                ## Meeting

                #### {{ page.tally }} Members Present

                * Ann Bell
                * Tom Reed
                * Lia Park

                #### Notes

                item 1: the new lathe was bought.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Bell", "Tom Reed", "Lia Park");
    }

    @Test
    void readsAnAttendanceHeadingWithACountInFiguresOrWords() throws Exception {
        for (String count : List.of("9", "Nine")) {
            Meeting m = read("makers.md", """
                    # Riverside Makers Members Meeting, 28 June 2026

                    #### %s Members Present

                    * Ann Bell
                    * Tom Reed

                    #### Notes

                    item 1: the new lathe was bought.
                    """.formatted(count));
            assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Bell", "Tom Reed");
        }
    }

    @Test
    void withNoAttendanceListWhoOpenedAndMovedWasThereForChecking() throws Exception {
        ImportResult r = result("club.txt", """
                Committee Meeting 14/Mar/2026

                Meeting opened at 7:30 PM by Jo Bloggs.

                Previous Minutes

                MOTION raised by Ann Bell to accept the previous minutes, seconded by Sam. Passed unanimously.

                Treasurer's Report

                The balance is $1200. Motion raised by Tom Reed to accept the report, seconded by Lia Park. Passed.

                General Business

                The hall roof was discussed. Ann Bell's letter to the landlord was read.
                """);
        assertThat(r.meeting().attendees()).extracting(Attendee::name)
                .containsExactlyInAnyOrder("Jo Bloggs", "Ann Bell", "Sam", "Tom Reed", "Lia Park");
        assertThat(r.guesses()).extracting(Guess::note).contains(
                "Jo Bloggs is listed as present because the minutes name them opening, chairing or closing the meeting"
                        + " (line 3), as they have no attendance list",
                "Tom Reed is listed as present because the minutes name them moving or seconding a motion, as they have"
                        + " no attendance list");
        assertThat(motions(r.meeting())).extracting(Motion::mover).containsExactly("Ann Bell", "Tom Reed");
    }

    @Test
    void withNoAttendanceListWhoClosedTheMeetingWasThere() throws Exception {
        for (String closing : List.of("The meeting was closed by the Chair, Jo Bloggs, at 9:10 pm.",
                "Meeting closed at 9:10 PM by Jo Bloggs.", "Jo Bloggs closed the meeting at 9:10 pm.")) {
            Meeting m = read("club.txt", """
                    Committee Meeting 14/Mar/2026

                    Previous Minutes

                    The previous minutes were accepted.

                    General Business

                    The hall roof was discussed.

                    %s
                    """.formatted(closing));
            assertThat(m.attendees()).as(closing).extracting(Attendee::name).containsExactly("Jo Bloggs");
        }
    }

    @Test
    void noOneIsAddedFromTheOpeningWhereAnAttendanceListExists() throws Exception {
        Meeting m = read("club.txt", """
                Committee Meeting 14/Mar/2026

                Present: Ann Bell, Tom Reed

                Meeting opened at 7:30 PM by Jo Bloggs.

                General Business

                The hall roof was discussed. The next meeting will be opened by Cy Dunn.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Bell", "Tom Reed");
    }

    @Test
    void aSentenceInTheOpeningSaysWhoElseCame() throws Exception {
        Meeting m = read("elm.txt", """
                The annual general meeting of the Elm Park Residents Association took place in the Parish Hall on Thursday 2nd July 2026. Cllr. Jan Doe was also in attendance. Below are the minutes:
                - Parking - new signs are up at the school gate.
                - Litter - bins are overflowing on Sundays.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Jan Doe");
    }

    @Test
    void aSentenceNamingSeveralWhoWereAlsoInAttendance() throws Exception {
        Meeting m = read("elm.txt", """
                The annual general meeting of the Elm Park Residents Association took place in the Parish Hall on Thursday 2nd July 2026. Cllr. Jan Doe and Cllr. Ray Quinn were also in attendance. Ten residents were also present. Below are the minutes:
                - Parking - new signs are up at the school gate.
                - Litter - bins are overflowing on Sundays.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Jan Doe", "Ray Quinn");
    }

    @Test
    void anObserverAttendedTheMeeting() throws Exception {
        Meeting m = read("oak.txt", """
                Oak Township Board of Supervisors, March 3, 2026

                Present: Tom Reed, Lia Park

                1. Roads

                The road grader was repaired. Omar Haddad attended as an observer for the county.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Tom Reed", "Lia Park", "Omar Haddad");
    }

    @Test
    void theBoardMetWithTheFollowingPresent() throws Exception {
        Meeting m = read("oak.txt", """
                The Oak Township Board of Supervisors held their regular monthly meeting on March 3, 2026 with the following present: Ann Bell, Tom Reed, Lia Park, Omar Haddad.

                The minutes of the last meeting were approved.

                Old Business: the road grader was repaired.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Bell", "Tom Reed", "Lia Park", "Omar Haddad");
    }
}
