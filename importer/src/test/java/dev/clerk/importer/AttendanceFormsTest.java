package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Attendance as minutes write it, each form in minutes made up for the test: a heading with one person per line,
 * labelled lines, two columns flattened by text extraction, offices before names, a sentence, a roll call with
 * marks, a Yes/No table, a checkbox roster, apologies, a list wrapped over lines, offices with their holders in
 * brackets; and narrative that mentions "present" without being attendance.
 */
class AttendanceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.role() + " | " + a.affiliation() + " | " + a.note();
    }

    @Test
    void readsAHeadingWithOnePersonPerLine() throws Exception {
        Meeting m = read("""
                # Library Friends Committee - April 4, 2022

                ## Attendance
                Hannah Ross, Eastside Branch
                Omar Haddad
                Li Wei (Treasurer)
                Beatriz

                ## Book sale
                The sale raised $1,200.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Hannah Ross | present | null | Eastside Branch | null",
                "Omar Haddad | present | null | null | null",
                "Li Wei | present | null | null | Treasurer",
                "Beatriz | present | null | null | null");
    }

    @Test
    void readsLabelledLinesWithNamesBelowOrBeside() throws Exception {
        Meeting m = read("""
                Harbor Advisory Board - May 2, 2019

                Present:
                Ada Lind
                Tomas Berg

                Also present: Greta Holm
                Staff: Nils Ek, Harbor Master
                Guests: Maja Sund
                Excused: Per Olsson
                Absent: Ulf Dahl

                1. Dredging
                The board heard the dredging report.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Ada Lind | present | null | null | null",
                "Tomas Berg | present | null | null | null",
                "Greta Holm | present | null | null | null",
                "Nils Ek | present | staff | null | Harbor Master",
                "Maja Sund | present | guest | null | null",
                "Per Olsson | excused | null | null | null",
                "Ulf Dahl | absent | null | null | null");
    }

    @Test
    void readsTwoColumnsFlattenedByTextExtraction() throws Exception {
        Meeting m = read("""
                WATER DISTRICT BOARD MINUTES
                June 12, 2020

                Members Present          Staff Present
                President Jane Roe       Executive Director John Doe
                Vice President Al Kemp   Engineer Rosa Diaz

                CALL TO ORDER
                President Roe called the meeting to order at 6:30 pm.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Jane Roe | present | null | null | President",
                "John Doe | present | staff | null | Executive Director",
                "Al Kemp | present | null | null | Vice President",
                "Rosa Diaz | present | staff | null | Engineer");
        assertThat(m.start()).hasToString("18:30");
    }

    @Test
    void readsAnAttendanceSentenceWithPluralOffices() throws Exception {
        Meeting m = read("""
                Township Board - March 3, 2021

                Board members present were supervisors Ann Cole, Ben Ford and Cy Hart, treasurer Dee Lane, clerk Eve Moss and guests Fay Nash and Gil Orr.

                1. Roads
                The board discussed the spring grading schedule.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Ann Cole | present | null | null | supervisor",
                "Ben Ford | present | null | null | supervisor",
                "Cy Hart | present | null | null | supervisor",
                "Dee Lane | present | null | null | treasurer",
                "Eve Moss | present | null | null | clerk",
                "Fay Nash | present | guest | null | null",
                "Gil Orr | present | guest | null | null");
    }

    @Test
    void keepsTheChairAsRoleAndCouncillorPrefixesInTheNote() throws Exception {
        Meeting m = read("""
                Parish Council - 9 January 2023

                Present: Cllr Ruth Amos (Chair), Councillor Sean Blake, Cllrs Tara Cole and Owen Dunn, Mr. P. Egan, Dr. Nia Ford
                Apologies: Cllr Ian Gray

                1. Minutes
                The minutes were approved.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Ruth Amos | present | chair | null | Cllr",
                "Sean Blake | present | null | null | Councillor",
                "Tara Cole | present | null | null | Cllr",
                "Owen Dunn | present | null | null | Cllr",
                "Mr. P. Egan | present | null | null | null",
                "Dr. Nia Ford | present | null | null | null",
                "Ian Gray | excused | null | null | Cllr");
    }

    @Test
    void readsARollCallWithMarks() throws Exception {
        Meeting m = read("""
                # Fire District Commission - July 7, 2021

                ## Roll Call
                Smith - present
                Jones: absent
                Brown  X
                Garcia  excused

                ## Budget
                The budget was reviewed.
                """);
        assertThat(m.attendees()).extracting(a -> a.name() + " " + a.status()).containsExactly(
                "Smith present", "Jones absent", "Brown present", "Garcia excused");
    }

    @Test
    void readsAYesNoTable() throws Exception {
        Meeting m = read("""
                # Steering Group - 2 February 2024

                ## Attendees

                | Name | Present | Role |
                |------|---------|------|
                | Ivy Chen | Yes | Chair |
                | Raj Patel | No | Member (Acme Ltd) |
                | Lena Vogel | Yes | Secretary |

                ## Roadmap
                The roadmap was agreed.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Ivy Chen | present | chair | null | null",
                "Raj Patel | absent | null | Acme Ltd | Member",
                "Lena Vogel | present | null | null | Secretary");
    }

    @Test
    void readsYesNoColumnsOfPlainText() throws Exception {
        Meeting m = read("""
                Arts Council - October 5, 2018

                Attendance:
                Name          Present
                Karl Weiss    Yes
                Mona Fry      No

                1. Grants
                Two grants were awarded.
                """);
        assertThat(m.attendees()).extracting(a -> a.name() + " " + a.status())
                .containsExactly("Karl Weiss present", "Mona Fry absent");
    }

    @Test
    void readsACheckboxRoster() throws Exception {
        Meeting m = read("""
                # Working Group - 14 March 2022

                ## Attendance
                - [x] Paula Quinn, Northwind
                - [ ] Sam Reyes, Contoso
                - [x] Tia Ueda, Fabrikam

                ## Scope
                The scope was narrowed.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Paula Quinn | present | null | Northwind | null",
                "Sam Reyes | absent | null | Contoso | null",
                "Tia Ueda | present | null | Fabrikam | null");
    }

    @Test
    void readsApologiesAndAbsentHeadingsAndNestedLabels() throws Exception {
        Meeting m = read("""
                # Club Committee - 2023-08-19

                ## Members Present
                * Present:
                    * Ari Bell
                    * Cara Dunn
                * Apologies:
                    * Eli Fox
                * Absent:
                    * Gus Hale

                ## Regrets
                Ida Kerr

                ## Treasurer's Report
                The balance is healthy.
                """);
        assertThat(m.attendees()).extracting(a -> a.name() + " " + a.status()).containsExactly(
                "Ari Bell present", "Cara Dunn present", "Eli Fox excused", "Gus Hale absent", "Ida Kerr excused");
    }

    @Test
    void readsAListWrappedOverLinesAndOfficesWithHoldersInBrackets() throws Exception {
        Meeting m = read("""
                COUNTY COUNCIL

                MINUTES OF MEETING HELD ON MONDAY, 4TH MARCH, 2024 AT

                3.00PM IN THE COUNCIL CHAMBER

                MEMBERS PRESENT:

                Councillors Burke, Casey (J), Casey (M), Doyle,

                Fahy, Geraghty, Hynes, Kenny, Lally, Moran, Nolan

                (P), Quinn.

                OFFICIALS IN ATTENDANCE:

                Chief Executive (Mr. T. Walsh), Director of Services, Roads and

                Transport (Ms. A. Byrne), Meetings Administrator (Ms.

                C. Roche).

                The Cathaoirleach welcomed everyone to the meeting.
                """);
        assertThat(m.start()).hasToString("15:00");
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Burke", "Casey (J)", "Casey (M)",
                "Doyle", "Fahy", "Geraghty", "Hynes", "Kenny", "Lally", "Moran", "Nolan (P)", "Quinn",
                "Mr. T. Walsh", "Ms. A. Byrne", "Ms. C. Roche");
        assertThat(m.attendees().get(12)).isEqualTo(
                new Attendee("Mr. T. Walsh", null, AttendanceStatus.PRESENT, Role.STAFF, "Chief Executive"));
        assertThat(m.attendees().get(13).note()).isEqualTo("Director of Services, Roads and Transport");
    }

    @Test
    void leavesNarrativeThatMentionsPresentAlone() throws Exception {
        Meeting m = read("""
                # Planning Board - 1 May 2020

                Present: Lou Park, Mia Ray

                ## Presentations
                Jane Roe presented the traffic study.

                ## Public Comment
                Members present were concerned about parking.
                Present at the hearing were several residents who spoke against the plan.

                ## Guests
                Guest speaker Tom Vale from the transit agency explained the new routes in detail.
                """);
        // "Presented" is no attendance label; Jane Roe, who presented, was there (listed for checking, as speakers are).
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Lou Park", "Mia Ray", "Jane Roe");
        assertThat(m.allItems().flatMap(i -> i.narrative().stream())).contains(
                "Jane Roe presented the traffic study.",
                "Guest speaker Tom Vale from the transit agency explained the new routes in detail.");
    }

    @Test
    void listsWhoeverMovedAMotionAsPresentForChecking() throws Exception {
        ImportResult r = MinutesImporter.importText("agm.md", """
                # Allotment Society AGM - 6 March 2021

                ## Motions
                Rosa Klein moves to adopt the new rules. Motion carried unanimously.
                """, ImportOptions.none());
        assertThat(r.meeting().attendees()).containsExactly(
                new Attendee("Rosa Klein", null, AttendanceStatus.PRESENT, null, null));
        assertThat(r.guesses()).extracting(g -> g.path() + ": " + g.comment()).contains("attendees[0]: check: Rosa Klein"
                + " is listed as present because the minutes name them moving or seconding a motion, as they have no"
                + " attendance list");
    }

    @Test
    void readsOfficesAfterADashAndTheOfficeHoldersOnTheNextLine() throws Exception {
        Meeting m = read("""
                MINUTES OF ASHBY PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON 3 MARCH 2021

                **Present:** Cllr. J. Farrow - Chair, Cllr. B. Lund - Vice Chair, Cllr. K. Odell & Cllr. T. Voss.

                Nina Hart – Clerk and 2 members of the public.

                Cllr. Farrow welcomed all to the meeting.

                1. Minutes
                The minutes were approved.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "J. Farrow | present | chair | null | Cllr.",
                "B. Lund | present | vice-chair | null | Cllr.",
                "K. Odell | present | null | null | Cllr.",
                "T. Voss | present | null | null | Cllr.",
                "Nina Hart | present | null | null | Clerk");
    }

    @Test
    void readsALabelWithADashInPlaceOfTheColon() throws Exception {
        Meeting m = read("""
                MINUTES OF BRAMLEY PARISH COUNCIL MEETING HELD AT THE SCHOOL MONDAY 9th JUNE 2014

                Present– Cllr Ann Webb - Chairman, Cllr P Dale, Cllr Ros Kent.

                Mr T Hill – District Councillor 4 members of the public

                Apologies - none

                1. Minutes
                The minutes were approved.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Ann Webb | present | chair | null | Cllr",
                "P Dale | present | null | null | Cllr",
                "Ros Kent | present | null | null | Cllr",
                "Mr T Hill | present | null | null | District Councillor");
    }

    @Test
    void readsBulletsWithNicknamesAndOfficesAcrossAListBreak() throws Exception {
        Meeting m = read("""
                # Chess Club Committee - 9 March 2010

                ### Present

                  - Dana Cole (dee) - President
                  - Eli Park (Rook) - Treasurer

                <!-- end list -->

                  - Sam Ito (sam) - Acting Minuter

                ## Apologies

                  - Apologies for absence were received from Lee Moss (Mossy). He is abroad until May.

                ## Tournament
                The spring tournament will be held in April.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Dana Cole | present | null | null | dee; President",
                "Eli Park | present | null | null | Rook; Treasurer",
                "Sam Ito | present | null | null | sam; Acting Minuter",
                "Lee Moss | excused | null | null | Mossy");
    }

    @Test
    void readsSemicolonEntriesThatEachListSeveralPeople() throws Exception {
        Meeting m = read("""
                Minutes of the Meeting of Fenby Parish Council held in the Village Hall on Tuesday 11th May, 2021 at 7.30 pm
                Present: Cllrs. A Benn (Chair); D. Frost (V. Chair); K. Lowe, M. Price & S. Quill.
                Apologies: Cllr T Ruiz (reason accepted)
                Other apologies: Cllr V. Snow (DC & CC)
                Also apologised: Mr Y. Lamb
                Guests: Jo Reed, Acme Widgets; Li Park, Field Studies
                Clerk: Mrs W. Tate
                1. Minutes
                The minutes were approved.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "A Benn | present | chair | null | Cllr",
                "D. Frost | present | vice-chair | null | Cllr",
                "K. Lowe | present | null | null | Cllr",
                "M. Price | present | null | null | Cllr",
                "S. Quill | present | null | null | Cllr",
                "T Ruiz | excused | null | null | reason accepted; Cllr",
                "V. Snow | excused | null | null | DC & CC; Cllr",
                "Mr Y. Lamb | excused | null | null | null",
                "Jo Reed | present | guest | Acme Widgets | null",
                "Li Park | present | guest | Field Studies | null",
                "Mrs W. Tate | present | staff | null | Clerk");
        assertThat(m.recorder()).isEqualTo("Mrs W. Tate");
    }

    @Test
    void keepsDegreesOutOfTheNameAndGenerationsInIt() throws Exception {
        Meeting m = read("""
                Lakeside School District Board - October 4, 2022

                **Roll Call**
                Present:
                Janet Ortiz, Ed.D., president
                Paul Reyes, vice president
                Absent:
                Carl Young Jr., member

                Also present: Lena Marsh, PhD, Ron Tull III

                1. Budget
                The budget was reviewed.
                """);
        assertThat(m.attendees()).extracting(AttendanceFormsTest::line).containsExactly(
                "Janet Ortiz | present | null | null | Ed.D.; president",
                "Paul Reyes | present | null | null | vice president",
                "Carl Young Jr. | absent | null | null | member",
                "Lena Marsh | present | null | null | PhD",
                "Ron Tull III | present | null | null | null");
    }

    @Test
    void readsNoOneFromProseThatHoldsSemicolons() throws Exception {
        Meeting m = read("""
                Minutes of Ashby Parish Council - 5 April 2022

                Present: Ann Lee, Bo Chan

                OPEN FORUM

                4 members of the public were present and raised the state of the footpath by the mill. They have tried several remedies; writing to the landowner, asking the county for help, contacting the ramblers with no success.

                1. Minutes
                The minutes were approved.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chan");
    }

    @Test
    void writesAnInitialledAttendeeInFullWhenTheMinutesNameThemSo() throws Exception {
        ImportResult r = MinutesImporter.importText("minutes.md", """
                Minutes of Hollin Parish Council - 12 May 2020

                Present: Cllr. R. Amos - Chair, Cllr. B. Stone, Cllr. C. Webb.

                1. Election of Chairman
                Cllr. Ruth Amos was proposed by Cllr. Brian Stone and seconded by Cllr. Carl Webb. Cara Webb of the
                Village Society asked to be kept informed.
                """, ImportOptions.none());
        assertThat(r.meeting().attendees()).extracting(Attendee::name)
                .startsWith("Ruth Amos", "Brian Stone", "C. Webb");
        assertThat(r.guesses()).extracting(g -> g.path() + ": " + g.comment()).contains("attendees[0]: check: name"
                + " written in full as the minutes write it elsewhere; the attendance has \"R. Amos\"");
    }
}
