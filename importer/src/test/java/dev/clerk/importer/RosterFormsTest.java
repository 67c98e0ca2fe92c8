package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * More attendance forms, each in minutes made up for the test: a paragraph of "Name (Company)" entries under a
 * heading with a note in brackets, a roll call of "Office - Name: Present" items grouped under captions, "THOSE
 * PRESENT WERE:" with surnames after a plural office, offices of several words before names, caption lines in an
 * attendance section ("Council: ...", "Observers: ..."), initials, "not in attendance", an attendance table flattened
 * into one column by PDF extraction, and a comma list wrapped in the middle of a name.
 */
class RosterFormsTest {
    private static Meeting read(String text) throws Exception {
        return read("minutes.md", text);
    }

    private static Meeting read(String file, String text) throws Exception {
        return MinutesImporter.importText(file, text, ImportOptions.none()).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.role() + " | " + a.affiliation() + " | " + a.note();
    }

    @Test
    void readsAParagraphOfNamesWithCompaniesUnderAHeadingWithANote() throws Exception {
        Meeting m = read("""
                # Standards Working Group call, 2021-03-04

                ## Attendees (in alphabetical order)

                Alma Reyes (Northwind), Boris Kral (Contoso Ltd), Dana O’Neil (Fabrikam), Emil Sato (US Federal Data Office), Fay Lund (Contoso Ltd).

                ## Minutes

                ### 1. Roll call

                The chair took attendance.
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).containsExactly(
                "Alma Reyes | present | null | null | Northwind",
                "Boris Kral | present | null | Contoso Ltd | null",
                "Dana O’Neil | present | null | null | Fabrikam",
                "Emil Sato | present | null | US Federal Data Office | null",
                "Fay Lund | present | null | Contoso Ltd | null");
    }

    @Test
    void readsAnInlineListOfNamesWithCompaniesEndingInAnd() throws Exception {
        Meeting m = read("""
                Interop Task Force - 9 May 2022

                Attendees: Gil Moss (Acme), Hana Ito (Globex) and Ivo Petrov (Initech)

                1. Test plan
                The plan was agreed.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Gil Moss", "Hana Ito", "Ivo Petrov");
        assertThat(m.attendees()).extracting(Attendee::note).containsExactly("Acme", "Globex", "Initech");
    }

    @Test
    void readsARollCallOfOfficeDashNameWithMarksUnderCaptions() throws Exception {
        Meeting m = read("2015-09-14-minutes.md", """
                1. Call to Order 09-14-2015 18:02
                	1. Roll Call
                		1. Executive Board
                			1. President - Nora Quint: **Present**
                			1. Treasurer - Oscar Vale: **Present**, came in 18:10
                			1. Secretary - Pia Wren:**Not Present**
                		1. Committee Chairs:
                			1. Outreach Chair - Quinn Abbott **Present**
                			1. Webmaster - Rex Jon Stone: **Present**
                			1. AV Technician - Sia Toma:**Not Present**
                		1. Approval of Agenda: **[PASS]**
                			1. First: Nora **[PASS]**
                			2. Second: Oscar **[PASS]**
                			3. Discussion: None
                2. Business
                	1. Budget
                		1. The budget was reviewed.
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).containsExactly(
                "Nora Quint | present | null | null | President",
                "Oscar Vale | present | null | null | Treasurer; came in 18:10",
                "Pia Wren | absent | null | null | Secretary",
                "Quinn Abbott | present | null | null | Outreach Chair",
                "Rex Jon Stone | present | null | null | Webmaster",
                "Sia Toma | absent | null | null | AV Technician");
    }

    @Test
    void readsThosePresentWereWithSurnamesAfterAPluralOffice() throws Exception {
        Meeting m = read("2015-03-03-minutes.md", """
                CITY OF RIVERTON, OHIO  OFFICIAL MINUTES  A REGULAR MEETING OF THE COUNCIL WAS HELD THIS 3RD DAY OF MARCH, 2015 AT 9:30 A.M.  THOSE PRESENT WERE:  Mayor Brandt, Presiding; Commissioners Cole, Dunn,
                Ellis and Frey, 5.

                Commissioner Ellis arrived at 9:40 a.m.

                OFFICERS IN ATTENDANCE:  Gwen Hale, Clerk of the Council; and Ian Jory, City Attorney.

                The consent agenda was adopted.
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).contains(
                "Brandt | present | chair | null | Mayor",
                "Cole | present | null | null | Commissioner",
                "Dunn | present | null | null | Commissioner",
                "Ellis | present | null | null | Commissioner; arrived at 9:40 a.m.",
                "Frey | present | null | null | Commissioner");
        assertThat(m.attendees()).extracting(Attendee::name).contains("Gwen Hale", "Ian Jory")
                .doesNotContain("5", "Presiding");
    }

    @Test
    void readsOfficesOfSeveralWordsBeforeNames() throws Exception {
        Meeting m = read("""
                **BOARD OF SELECTMEN - JUNE 1, 2020**

                **Present:** Town Manager Adam Birch, Chairman Cora Dale, V. Chairman Eli Fenn, Selectman Gus Hart, Finance Director Ida Jones

                **Others Present:** Kai Long (DOT) Department of Transportation, Lea Moss, Max Nye

                **Dale called the meeting to order at 5:00 PM**
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).containsExactly(
                "Adam Birch | present | null | null | Town Manager",
                "Cora Dale | present | chair | null | null",
                "Eli Fenn | present | vice-chair | null | null",
                "Gus Hart | present | null | null | Selectman",
                "Ida Jones | present | null | null | Finance Director",
                "Kai Long | present | null | DOT | Department of Transportation",
                "Lea Moss | present | null | null | null",
                "Max Nye | present | null | null | null");
    }

    @Test
    void readsCaptionLinesAndInitialsInAnAttendanceSection() throws Exception {
        Meeting m = read("""
                # 2023-05-02

                ## Attendance

                Council: Anna, JP, Leo, Mia Park
                Observers: RT, Sam

                ## Notes

                - Check-in
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).containsExactly(
                "Anna | present | null | null | null",
                "JP | present | null | null | null",
                "Leo | present | null | null | null",
                "Mia Park | present | null | null | null",
                "RT | present | guest | null | null",
                "Sam | present | guest | null | null");
    }

    @Test
    void readsLowerCaseInitialsAsWritten() throws Exception {
        Meeting m = read("""
                # 2022-06-01 Co-op Board Meeting

                Time:       5:00-6:00pm ET
                Attending:  ab, cd, ef, gh (after vote)
                Notetaker:  ab

                ## Notes

                - Quorum present.
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).containsExactly(
                "ab | present | null | null | null",
                "cd | present | null | null | null",
                "ef | present | null | null | null",
                "gh | present | null | null | after vote");
    }

    @Test
    void readsNotInAttendanceAsAbsentAndNoRoleWordAsAName() throws Exception {
        Meeting m = read("""
                ## 2024-01-08 Board Meeting

                Directors in attendance: **Ada Bell, Carl Dorn**

                Also in attendance: **Eve Faber, Special Guest**

                Directors not in attendance: **Gia Holt**

                ---

                Meeting is called to order at 7:30p.
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).containsExactly(
                "Ada Bell | present | null | null | null",
                "Carl Dorn | present | null | null | null",
                "Eve Faber | present | null | null | Special Guest",
                "Gia Holt | absent | null | null | null");
    }

    @Test
    void readsAnAttendanceTableFlattenedIntoOneColumn() throws Exception {
        Meeting m = read("""
                Transit Committee
                Tuesday, March 6, 2018

                A. Call to Order
                Chair Kent called the meeting to order at 5:30 p.m.
                Attendee Name
                Title
                Status
                Arrived
                Nina Abel
                Director, District A
                Present
                5:31 PM

                Omar Best
                Lisa Kent

                Director, District B
                Committee Chair

                Absent
                Present

                5:30 PM

                Paul Cho
                Director, District C
                Present

                Director Best was absent.
                Staff Present:

                Rita Dean, Sam Eng, Tara Fox, Uma
                Gill, Vic Hahn

                B. Recommended Actions
                The committee moved the item to the board.
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).containsExactly(
                "Nina Abel | present | null | null | Director, District A",
                "Omar Best | absent | null | null | Director, District B",
                "Lisa Kent | present | null | null | Committee Chair",
                "Paul Cho | present | null | null | Director, District C",
                "Rita Dean | present | staff | null | null",
                "Sam Eng | present | staff | null | null",
                "Tara Fox | present | staff | null | null",
                "Uma Gill | present | staff | null | null",
                "Vic Hahn | present | staff | null | null");
    }

    @Test
    void keepsAsWrittenASeconderTheAttendanceRecordsAsAbsent() throws Exception {
        Meeting m = read("""
                Transit Committee - March 6, 2018

                Present: Nina Abel, Paul Cho
                Absent: Omar Best

                1. Fares
                Director Abel moved to approve the fare table. Director Best seconded the motion. The motion carried.
                """);
        assertThat(m.attendees()).extracting(RosterFormsTest::line).contains("Omar Best | absent | null | null | null");
        assertThat(m.agenda().get(0).motions()).singleElement().satisfies(mo -> {
            assertThat(mo.mover()).isEqualTo("Nina Abel");
            assertThat(mo.seconder()).isEqualTo("Director Best");
        });
    }

    @Test
    void takesNoSentenceOrRoleWordAsAnAttendee() throws Exception {
        Meeting m = read("""
                # 2023-05-02

                ## Attendance

                Council: Anna Lee, Bo Ray
                Observers: none

                ## Notes

                Council: the budget was discussed at length, and the treasurer will report.
                Observers: members of the press asked about the budget.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Anna Lee", "Bo Ray");
    }
}
