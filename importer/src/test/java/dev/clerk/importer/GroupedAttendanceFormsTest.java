package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attendance blocks in the shapes other clerks give them, in minutes made up for the test: an attendance heading over
 * subheadings that caption groups of people; a callout block titled by its label; a label naming the first person and
 * the rest one to a line with blank lines between (as PDF text leaves them); names written initial and surname; a
 * checkbox list with organisations after commas and stand-ins "X for Y"; a name written in lower case; a name broken
 * across lines with brackets after it; the start in an ISO timestamp or a long call to order; and rosters of Name and
 * Title tables under group headings ("Board of Directors", "Harbour Office Management and Staff") at the top of the
 * minutes. With a guard: a table of names under a heading that is no group of people (an election's votes) is no
 * attendance.
 */
class GroupedAttendanceFormsTest {
    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.role();
    }

    @Test
    void readsGroupsCaptionedUnderAnHtmlAttendanceHeading() throws Exception {
        Meeting m = read("minutes.md", """
                <h1>Garden Club Committee Minutes</h1>
                <p><strong>Date:</strong> 2019-06-05</p>
                <h2>Attendance</h2>
                <h3>Core Team</h3>
                <ul>
                <li>Rosa Delgado</li>
                <li>Tomas Berg</li>
                </ul>
                <h3>Staff</h3>
                <ul>
                <li>Wen Li</li>
                </ul>
                <h3>Not attending</h3>
                <ul>
                <li>Ida Moss</li>
                </ul>
                <h2>Updates</h2>
                <p>The beds were planted.</p>
                """);
        assertThat(m.attendees()).extracting(GroupedAttendanceFormsTest::line).containsExactly(
                "Rosa Delgado | present | null", "Tomas Berg | present | null", "Wen Li | present | staff",
                "Ida Moss | absent | null");
    }

    @Test
    void readsGroupsCaptionedUnderMarkdownAndWikiAttendanceHeadings() throws Exception {
        Meeting md = read("notes.md", """
                # Chess League Board, 12 March 2022

                ## Attendees

                ### Regional leads
                - Anil Rao
                - Beth Coyle

                ### Guests
                - Carl Ames

                ## Business

                The fees were set.
                """);
        assertThat(md.attendees()).extracting(GroupedAttendanceFormsTest::line).containsExactly(
                "Anil Rao | present | null", "Beth Coyle | present | null", "Carl Ames | present | guest");
        Meeting wiki = read("notes.txt", """
                Choir Council meeting 2021-10-04

                == Attendance ==
                === Section leaders ===
                * Dana Frey
                * Eli Park
                === Volunteers ===
                * Fay Lund

                == Music ==
                The programme was chosen.
                """);
        assertThat(wiki.attendees()).extracting(Attendee::name).containsExactly("Dana Frey", "Eli Park", "Fay Lund");
    }

    @Test
    void leavesASubsectionOfProseUnderAnAttendanceHeadingAlone() throws Exception {
        Meeting m = read("notes.md", """
                # Choir Council, 4 October 2021

                ## Attendance

                ### Notes
                Attendance was lower than usual.

                ## Music

                The programme was chosen.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[!abstract]- Present:", "[!NOTE] Attendees", "[!info]+ Members present:"})
    void readsACalloutTitledByItsLabel(String title) throws Exception {
        Meeting m = read("minutes.md", """
                Special Meeting of the Parks Committee
                February 5, 2024, at 11:30 AM

                > %s
                > Ava Quinn, Ben Holt, Cora Vance

                > [!abstract]- Regrets:
                > Dev Shah

                # 1. Business

                The committee met.
                """.formatted(title));
        assertThat(m.attendees()).extracting(GroupedAttendanceFormsTest::line).containsExactly(
                "Ava Quinn | present | null", "Ben Holt | present | null", "Cora Vance | present | null",
                "Dev Shah | excused | null");
    }

    @Test
    void readsNamesWrittenInitialAndSurnameThoughTheFirstInitialLooksLikeAListLetter() throws Exception {
        Meeting m = read("minutes.md", """
                # Community Services Committee, March 4, 2025

                Present:
                D. Ferrante, H. Moss, P. Cudd

                Also Present:
                M. Bolt, and J. Bunce

                # 1. Business

                The committee met.
                """);
        assertThat(m.attendees()).extracting(Attendee::name)
                .containsExactly("D. Ferrante", "H. Moss", "P. Cudd", "M. Bolt", "J. Bunce");
    }

    @Test
    void readsPeopleOneToALineAfterALabelThatNamesTheFirst() throws Exception {
        Meeting m = read("minutes.txt", """
                HARBOUR DESIGN REVIEW BOARD

                May 6, 2020

                MEMBERS PRESENT: Mr. Al Rowe (Chairperson)

                Ms. Bea Lind

                Dr. Cy Moss

                Mr. JD Okafor

                MEMBERS ABSENT: NONE

                STAFF PRESENT: Ms. Di Hart, Planner to the Board

                Mr. Ed Fay, Court Reporter

                With a quorum present, Chairman Rowe called the regular meeting of the Harbour Design Review Board to order at 9:05 am.

                1. Minutes

                The minutes were approved.
                """);
        assertThat(m.attendees()).extracting(GroupedAttendanceFormsTest::line).containsExactly(
                "Mr. Al Rowe | present | chair", "Ms. Bea Lind | present | null", "Dr. Cy Moss | present | null",
                "Mr. JD Okafor | present | null", "Ms. Di Hart | present | staff", "Mr. Ed Fay | present | staff");
        assertThat(m.start()).isEqualTo(LocalTime.of(9, 5));
    }

    @Test
    void stopsTheOneToALineListAtASentence() throws Exception {
        Meeting m = read("minutes.txt", """
                ROAD SAFETY PANEL

                June 2, 2021

                Present: Mrs. Ula Fenn

                Mr. Vic Hale

                The panel reviewed the crossing plans, and Mr. Wu Tam spoke for the school.

                1. Crossings

                Noted.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Mrs. Ula Fenn", "Mr. Vic Hale");
    }

    @Test
    void readsACheckboxAsOnePersonWithTheOrganisationAfterTheName() throws Exception {
        Meeting m = read("minutes.md", """
                # Render Working Group, 2019-02-07

                ## **Voting member attendance**

                * [x] Ida Kern - Chair, Lumen Pty Ltd
                * [ ] Jon Pratt, Blue Hill Studios, Inc.
                * [x] Kai Moore for Lea Fox, Double Arc
                - [X] Mia Stone (sitting in for Ned Vale), Quarry Labs
                - [x] Oli Grant, Weta, Tools Representative

                # Updates

                Builds are green.
                """);
        assertThat(m.attendees()).extracting(a -> a.name() + " | " + a.affiliation() + " | " + a.status() + " | " + a.note())
                .containsExactly(
                        "Ida Kern | Lumen Pty Ltd | present | Chair",
                        "Jon Pratt | Blue Hill Studios, Inc. | absent | null",
                        "Kai Moore | Double Arc | present | for Lea Fox",
                        "Mia Stone | Quarry Labs | present | sitting in for Ned Vale",
                        "Oli Grant | Weta, Tools Representative | present | null");
    }

    @Test
    void readsAStandInOnALineOfItsOwn() throws Exception {
        Meeting m = read("minutes.md", """
                # Library Trustees, 3 May 2023

                Present:
                - Pia Lund
                - Rob Hale on behalf of Sue Tran
                - Tia Wong

                # Business

                Noted.
                """);
        assertThat(m.attendees()).extracting(a -> a.name() + " | " + a.note())
                .containsExactly("Pia Lund | null", "Rob Hale | for Sue Tran", "Tia Wong | null");
    }

    @Test
    void keepsANameItsBearerWritesInLowerCaseAmongOthers() throws Exception {
        Meeting m = read("minutes.md", """
                # Data Group: Weekly, 2023-03-01

                ## Present
                * Ana Ruiz
                * elf Pavlik
                * Bo Chen
                * [Cai Dunn](https://example.org/cai)

                ## Topics

                We met.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ana Ruiz", "elf Pavlik", "Bo Chen", "Cai Dunn");
    }

    @Test
    void joinsANameBrokenAcrossLinesBeforeItsHandle() throws Exception {
        Meeting m = read("minutes.txt", """
                Board Meeting
                March 9, 1998

                Board members attending:

                Dan Stahl (dstahl), Gia Gong (gong), Ahmed
                Anand (aanand), Jen Sned (jen),
                Rich Dunne (rdunne)

                REPORTS

                None.
                """);
        assertThat(m.attendees()).extracting(Attendee::name)
                .containsExactly("Dan Stahl", "Gia Gong", "Ahmed Anand", "Jen Sned", "Rich Dunne");
    }

    @ParameterizedTest
    @ValueSource(strings = {"* Date: 2023-03-01T14:00:00Z", "Date: 2023-03-01T14:00Z", "- Date: 2023-03-01T14:00:00+01:00"})
    void readsTheStartFromAnIsoTimestamp(String field) throws Exception {
        Meeting m = read("notes.md", """
                # Solid Group: Weekly

                %s
                * Call: https://meet.example.org/solid

                ## Present
                * Ann Lee
                * Bo Ek

                ## Topics

                We met.
                """.formatted(field));
        assertThat(m.date()).hasToString("2023-03-01");
        assertThat(m.start()).isEqualTo(LocalTime.of(14, 0));
        assertThat(m.attendees()).extracting(Attendee::status).containsOnly(AttendanceStatus.PRESENT);
    }

    @Test
    void readsRosterTablesUnderGroupHeadings() throws Exception {
        Meeting m = read("2019-11-06-minutes.md", """
                # Eastmere Harbour Trust
                Annual Meeting Minutes
                November 6, 2019 - 5:30 p.m.

                ## BOARD OF DIRECTORS
                | Name            | Title          |
                |-----------------|----------------|
                | Ines Calder     | Chair          |
                | Bram Okafor     | Director       |

                ## HARBOUR OFFICE MANAGEMENT AND STAFF
                | Name            | Title                  |
                |-----------------|------------------------|
                | Lotte Verhoef   | Harbour Master         |
                | Quentin Ashe    | Clerk to the Trust     |

                ## OTHER ATTENDEES
                - Mina Sorel

                ## I. CALL TO ORDER
                The Chair called the meeting to order at 5:30 p.m.

                ## II. ELECTIONS
                | Name            | Votes |
                |-----------------|-------|
                | Ines Calder     | 5     |
                | Tove Lindqvist  | 2     |
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ines Calder", "Bram Okafor",
                "Lotte Verhoef", "Quentin Ashe", "Mina Sorel");
        assertThat(m.attendees()).extracting(Attendee::status).containsOnly(AttendanceStatus.PRESENT);
        assertThat(line(m.attendees().get(2))).isEqualTo("Lotte Verhoef | present | staff");
    }
}
