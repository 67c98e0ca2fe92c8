package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance in forms that reports, web pages and clubs' notes use, each in minutes made up for the test: a table of
 * participants in an annex, call signs under "Present:", a table a web page left one cell to a line, a "Present:" row
 * inside a table of the meeting's fields, a discussion kept as a list of who said what, presenters in brackets on a
 * timed agenda; and what must not be read as a person (an office beside a name, a field of the meeting, "None").
 */
class TabledAndTaggedAttendanceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static String name(Attendee a) {
        return a.name();
    }

    @Test
    void readsTheParticipantsTableOfAnAnnex() throws Exception {
        Meeting m = read("""
                # Tide Gauge Study Group - 3rd Meeting

                **Date:** 12 March 2025

                ## 1. Overview

                | | |
                |---|---|
                | **Chair** | Alma Borg |
                | **Present** | 4 participants (list in Annex B) |

                ## 2. Discussion

                The group agreed the survey plan.

                ## Annex A — Schedule of Meetings

                | Date | Meeting |
                |------|---------|
                | 9 April 2025 | 4th meeting |

                ## Annex B — Meeting Participants

                | Name | Affiliation / Role |
                |------|--------------------|
                | Alma Borg | Fjord Survey — Chair |
                | Carl de Mello | Port Authority |
                | Edda Frost | Weather Service |
                | Ivo Lund | (tbc) |
                """);
        assertThat(m.attendees()).extracting(TabledAndTaggedAttendanceFormsTest::name)
                .containsExactly("Alma Borg", "Carl de Mello", "Edda Frost", "Ivo Lund");
        assertThat(AttendanceParser.heading("Appendix 2 -- List of Attendees")).isNotNull();
        assertThat(AttendanceParser.heading("Annex A: Schedule of Meetings")).isNull();
    }

    @Test
    void readsCallSignsUnderAnAttendanceLabel() throws Exception {
        Meeting m = read("""
                # Valley Radio Club - 2021-03-13

                **Present:**
                VE7ABC, VA7TUV, G4XYZ and VE7RTM

                **Sick or injured amateurs:** None reported

                **Meeting called to order:** at 7:02 PM by VE7ABC
                """);
        assertThat(m.attendees()).extracting(TabledAndTaggedAttendanceFormsTest::name)
                .containsExactly("VE7ABC", "VA7TUV", "G4XYZ", "VE7RTM");
    }

    @Test
    void readsNoOneFromNoneReported() throws Exception {
        Meeting m = read("""
                # Valley Radio Club - 2021-04-10

                **Sick or injured amateurs:** None reported

                **Treasurer:** The balance is unchanged.
                """);
        assertThat(m.attendees()).extracting(TabledAndTaggedAttendanceFormsTest::name).doesNotContain("None");
    }

    @Test
    void readsATableLeftOneCellToALine() throws Exception {
        Meeting m = read("""
                Minutes of the Governing Body held on 31-03-2022

                Members Present:

                1

                Dr. Ann Lee

                Member

                2

                Prof. B.K. Rao

                Member & Convener

                3

                Dr. Cy Dunn

                Special Invitee

                Members Absent:

                1

                Sri D.E. Fox

                Member

                Minutes of the Meeting:

                1. The members were welcomed.
                """);
        assertThat(m.attendees()).extracting(TabledAndTaggedAttendanceFormsTest::name)
                .containsExactly("Dr. Ann Lee", "Prof. B.K. Rao", "Dr. Cy Dunn", "Sri D.E. Fox");
        assertThat(m.attendees()).extracting(Attendee::status).containsExactly(AttendanceStatus.PRESENT,
                AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
    }

    @Test
    void readsThePresentRowOfATableOfTheMeetingsFields() throws Exception {
        Meeting m = read("""
                # Hillside Parish Council - AGM - 2022-05-04

                | | Final Minutes. | | |
                |---|---|---|---|
                | Date held: | 4 May 2022 | Venue: | Village Hall |
                | Present: | | | |
                | Ann Lee (ALE) | Clerk | Apologies: | Bo Ek (BEK) |
                | Cy Dunn (CDU) | Councillor/Chairman | | |
                | Di Fox (DFO) | Councillor | Distribution: | Council Members & Parish News |
                | Public Members | 2 number | | |

                ## 1. Election of officers

                Cy Dunn was elected chairman.
                """);
        assertThat(m.attendees()).extracting(TabledAndTaggedAttendanceFormsTest::name)
                .containsExactly("Ann Lee", "Bo Ek", "Cy Dunn", "Di Fox");
        assertThat(m.attendees()).extracting(Attendee::status).containsExactly(AttendanceStatus.PRESENT,
                AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
    }

    @Test
    void readsTheSpeakersOfADiscussionKeptAsAList() throws Exception {
        Meeting m = read("""
                # Routing side meeting minutes - 2024-11-06

                ## Introduction

                - Title: Future routing architectures and their protocols
                - Venue: The main hall of the conference centre
                - Attendees: About forty people in the room and twenty remote.

                ## Discussions

                - Rosa Vint: How would the new scheme be deployed across many domains?
                - Tomas: Deployment has stalled before for reasons of cost, not design.
                - Rosa Vint: Then the cost question should come first in the draft.
                - Tomas: We could write a short note on the incentives for operators.
                - Hana: A shared test bed would help everyone compare the proposals.
                """);
        assertThat(m.attendees()).extracting(TabledAndTaggedAttendanceFormsTest::name)
                .containsExactly("Rosa Vint", "Tomas", "Hana");
    }

    @Test
    void readsNoSpeakerFromAListOfTheMeetingsFields() throws Exception {
        Meeting m = read("""
                # Routing side meeting minutes - 2024-11-06

                ## Introduction

                - Title: Future routing architectures and their protocols
                - Venue: The main hall of the conference centre
                - Organizer: The routing research group of the institute
                - Areas: Routing, security and operations of networks

                ## Discussion

                The group discussed deployment at length.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsThePresenterInTheBracketsOfATimedAgendaItem() throws Exception {
        Meeting m = read("""
                # Routing side meeting minutes - 2024-11-06

                ## Agenda
                - 10:00-10:05 Welcome (5 mins)
                - 10:05-10:25 Measuring route leaks (Ann Lee - Acme Labs - 20 mins)
                - 10:25-10:40 Deploying the new checks (Bo Chen, 15 min)
                - 10:40-11:00 Open Discussion (20 mins)
                - 11:00-11:10 Next steps (Closing Remarks - 10 mins)
                """);
        assertThat(m.attendees()).extracting(TabledAndTaggedAttendanceFormsTest::name).containsExactly("Ann Lee", "Bo Chen");
    }

    /** What an item is for, in brackets after its title, is no one presenting it: "(Resident Commentary)". */
    @Test
    void readsNoPresenterInTheBracketsThatNameWhatTheItemIsFor() throws Exception {
        Meeting m = read("""
                Harbour Trust Board, March 4, 2019

                Present: Ann Lee, Bo Chen

                1. Approval of the minutes: The minutes were approved.
                2. Letters and Public Remarks (Resident Commentary): There were no Letters or Public Remarks.
                3. Boat shed lease (Bo Chen): The lease was signed.
                """);
        assertThat(m.attendees()).extracting(TabledAndTaggedAttendanceFormsTest::name).containsExactly("Ann Lee", "Bo Chen");
    }
}
