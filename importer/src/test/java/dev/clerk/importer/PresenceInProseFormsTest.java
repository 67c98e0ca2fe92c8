package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance that minutes state without a plain roll, each in minutes made up for the test: a label with the capacity
 * people sat in ("Members in Attendance in Official Capacity") or the state before the noun ("Absent Members"); a
 * list whose bullet glyph PDF text sets straight before the name ("●Ailura (Austria)"); someone leaving the meeting
 * in a clause ("...; Wilsn had already left the meeting"); people the prose has give a talk ("a presentation from
 * Larry Masinter", "Graham, John and Iain gave the presentation", "Alan Clark who answered questions", "After the
 * review, Mark Lee proposed ..."); and reports given under a section of reports ("Announcements and Remarks" over
 * "Provost - Jonathan Wickert"). Guards: a person merely mentioned, a report by someone, departments in a list, a
 * title after a dash that names no office, and a word that is no one are never attendees.
 */
class PresenceInProseFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status();
    }

    @Test
    void readsALabelWithTheCapacityPeopleSatInAndTheStateBeforeTheNoun() throws Exception {
        Meeting m = read("""
                Chess Club EC Meeting Minutes - November 24, 2015
                =================================================

                ### Members in Attendance in Official Capacity ###
                - Dana Orr, Chair
                - Lev Park, Treasurer

                ### Absent Members ###
                - Ivo Rask, Secretary

                ### Hour of Code ###
                Dana has spoken with the school.
                """);
        assertThat(m.attendees()).extracting(PresenceInProseFormsTest::line).containsExactly(
                "Dana Orr | present", "Lev Park | present", "Ivo Rask | absent");
        assertThat(m.attendees().get(0).role()).isNotEqualTo(dev.clerk.model.Role.STAFF);

        Meeting exOfficio = read("""
                Library Friends, 3 May 2019

                Present ex officio: Ruth Amos, Seth Bell
                Present Trustees: Carl Dunn, Eva Frey

                1. Book sale
                It made $300.
                """);
        assertThat(exOfficio.attendees()).extracting(Attendee::name)
                .containsExactly("Ruth Amos", "Seth Bell", "Carl Dunn", "Eva Frey");
    }

    @Test
    void readsAListWhoseBulletGlyphTouchesTheName() throws Exception {
        Meeting m = read("""
                Photo Group
                Board meeting notes – January 23, 2022

                Attendees:

                  ●Ailura (Austria)
                   ●Frank Schulenburg (United States)
                  ▪Kwameghana (Ghana)

                Item #1: Introductions

                Attendees introduce themselves.

                Item #2: Goals

                  ●Use Facebook to scout for new members
                  ●Help with broken tools like the uploader
                """);
        assertThat(m.attendees()).extracting(Attendee::name)
                .containsExactly("Ailura", "Frank Schulenburg", "Kwameghana");
        // A plan's items, now read as list items, open with their verbs: no one named "Use Facebook" owns one.
        assertThat(m.actionItems()).flatExtracting(dev.clerk.model.ActionItem::owners).isEmpty();
    }

    @Test
    void readsSomeoneLeavingTheMeetingInAClause() throws Exception {
        Meeting m = read("""
                Garden club, 2 March 2021

                Present: Ann Lee, Bo Chu

                1. Next steps

                The fair needs a lead (Bo will take it; Wilsn had already left the meeting when we discussed this).

                The roses are done; Marta left the meeting at 8pm.

                Pruning is over (everyone left the meeting happy; Lunch arrived late).
                """);
        assertThat(m.attendees()).extracting(PresenceInProseFormsTest::line).containsExactly(
                "Ann Lee | present", "Bo Chu | present", "Wilsn | present", "Marta | present");
    }

    @Test
    void readsASentenceOfThoseAlsoInAttendanceWithNestedBracketsAndAServicesOffice() throws Exception {
        Meeting m = read("""
                Area Consultation Meeting

                Held on 16 October 2006 at the Salon.

                Present: Councillors Acton, Carr and Wilson.

                Also in attendance were Police Sergeant Jupp, Mick Potter (Principal Engineer (Parking), LBRUT) and
                Shane O'Connor (Senior Engineer, LBRuT).

                1. Police issues

                Sergeant Jupp said crime was down.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly(
                "Acton", "Carr", "Wilson", "Jupp", "Mick Potter", "Shane O'Connor");
        assertThat(m.attendees().get(4).note()).isEqualTo("Principal Engineer (Parking), LBRUT");
    }

    @Test
    void readsSomeoneWhoJoinedTheBodyAtTheMeeting() throws Exception {
        Meeting m = read("""
                Cycle Forum committee meeting, 12 February 2021

                We discussed the cycle counts.

                Agata Blazevic officially joined the committee tonight. Rui Costa joined the board in 2019.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Agata Blazevic");
    }

    @Test
    void readsPeopleTheProseHasGiveATalk() throws Exception {
        Meeting m = read("""
                # Working Group meeting, December 3, 2007

                ## First session

                We started with a presentation from Larry Masinter, chair of the former group, about history.

                After a review of the charter, Mark Noble proposed a working process for the group.

                Alexey Melnik kicked off discussion of the security document.

                We opened with an introduction to the new Chairman, Alan Clark who answered general questions.

                Graham, John, James and Iain gave the presentation above.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactlyInAnyOrder(
                "Larry Masinter", "Mark Noble", "Alexey Melnik", "Alan Clark", "Graham", "John", "James", "Iain");
    }

    @Test
    void readsNoOneMerelyMentionedOrAListOfBodies() throws Exception {
        Meeting m = read("""
                # Working Group meeting, December 3, 2007

                ## First session

                We read the report by Ruth Ames and thanked Paul Ortiz, who retired last year.

                Finance, Legal and Planning gave their reports.

                Staff and Council reported on the budget.

                We discussed a presentation about Kay Lund's book.

                Monday, Tuesday and Friday are free.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsWhoGaveEachReportUnderASectionOfReports() throws Exception {
        Meeting m = read("""
                # Faculty Senate, 3 April 2018

                ## Announcements and Remarks

                ### Faculty Senate President - Tim Day

                ### Senior Vice President and Provost - Jonathan Wickert

                - budget is short

                ### Graduate Student Senate - Michael Belding

                - conference on April 11th

                ## Officer reports

                ### Plans - Year End

                ## Old business

                ### Parking - Ann Lee

                ### Treasurer's report - Cy Dunn
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly(
                "Tim Day", "Jonathan Wickert", "Michael Belding", "Cy Dunn");
    }
}
