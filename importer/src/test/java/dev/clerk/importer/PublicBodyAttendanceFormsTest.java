package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance as the clerks of councils, boards and agencies write it, in minutes made up for the test: roll calls by
 * how members took part ("Members participating remotely: Councilors A, B", "Present via Zoom:", "Trustees attending
 * by phone:"); offices that go on with what they are of before the holder's name ("Clerk of the Council Jo Pettit");
 * one member a line written office first under "PRESENT:"; singular and bare captions ("GUEST:", "OTHERS:"); and
 * columns side by side as PDF text extraction flattens them, a label heading a later column partway down, in two or
 * three columns or a table. Guards: a column of offices is no person, and those marked absent or excused are not
 * present.
 */
class PublicBodyAttendanceFormsTest {
    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.role() + " | " + a.affiliation() + " | " + a.note();
    }

    private static String who(Attendee a) {
        return a.name() + " | " + a.status();
    }

    @Test
    void readsRollCallsByHowMembersTookPart() throws Exception {
        Meeting council = read("minutes.txt", """
                Town of Elmbrook
                Special Town Council Meeting
                Monday, March 2, 2020
                Minutes
                1. Call to order
                President Okafor called the meeting to order at 6:01 p.m.
                Councilors present: President Okafor
                Members participating remotely: Councilors Lindqvist-Park, Moreau, De Souza, Abernathy and
                Tully
                Councilors Absent: Varga
                Planning Board Members Attending Remotely: Ferrante, Holm, Nakamura
                2. Announcements
                President Okafor noted the budget.
                """);
        assertThat(council.attendees()).extracting(PublicBodyAttendanceFormsTest::who).containsExactly(
                "Okafor | present", "Lindqvist-Park | present", "Moreau | present", "De Souza | present",
                "Abernathy | present", "Tully | present", "Varga | absent", "Ferrante | present", "Holm | present",
                "Nakamura | present");

        Meeting board = read("minutes.txt", """
                Library Board of Trustees
                Minutes of 9 June 2021

                Present in person: Ruth Amos, Sean Blake
                Present via Zoom: Tara Cole, Owen Dunn
                Absent: Ian Gray

                1. Budget
                The budget was adopted.
                """);
        assertThat(board.attendees()).extracting(PublicBodyAttendanceFormsTest::who).containsExactly(
                "Ruth Amos | present", "Sean Blake | present", "Tara Cole | present", "Owen Dunn | present",
                "Ian Gray | absent");

        Meeting district = read("minutes.txt", """
                Water District Board
                Minutes, 14 October 2022

                Trustees attending by phone:
                Nadia Qureshi
                Felix Ortiz

                Trustees joining online: Hana Sato

                1. Rates
                The rates were held.
                """);
        assertThat(district.attendees()).extracting(PublicBodyAttendanceFormsTest::who).containsExactly(
                "Nadia Qureshi | present", "Felix Ortiz | present", "Hana Sato | present");
    }

    @Test
    void readsOfficesThatGoOnWithWhatTheyAreOfBeforeTheName() throws Exception {
        Meeting m = read("minutes.txt", """
                Borough of Kestrel Point
                Council Minutes, 3 February 2020

                Others present: Town Manager Rita Velasquez, Superintendent of Public Works Omar Haddad, Clerk of the
                Council Jane Pettibone, Secretary to the Board Luis de Leon, Director of Finance Ann B. Lee

                1. Reports
                The reports were received.
                """);
        assertThat(m.attendees()).extracting(PublicBodyAttendanceFormsTest::line).containsExactly(
                "Rita Velasquez | present | null | null | Town Manager",
                "Omar Haddad | present | null | null | Superintendent of Public Works",
                "Jane Pettibone | present | null | null | Clerk of the Council",
                "Luis de Leon | present | null | null | Secretary to the Board",
                "Ann B. Lee | present | null | null | Director of Finance");
    }

    @Test
    void anOfficeWithNoNameAfterItIsNoPerson() throws Exception {
        Meeting m = read("minutes.txt", """
                Parish of Lowfield
                Minutes, 3 February 2020

                Also present: Chair of the Council, Tom Reed
                Officers present: Manager of Community Health Services, Ann Cole

                Staff: Director of Parks and Open Spaces

                1. Reports
                The reports were received.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Tom Reed", "Ann Cole");
    }

    @Test
    void readsMembersOnePerLineWrittenOfficeFirstAndTheStaffWithWiderOffices() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES
                          HIGHRIDGE TOWN COUNCIL MEETING
                          Wednesday, June 9, 2021, 4:30 PM

                PRESENT:          Mayor Dana Whitfield
                                  Council Member Ross Abara
                                  Councillor Mei Tanaka
                                  Alderman Piet Smit

                STAFF PRESENT: Lena Ford, Town Administrator
                               Max Ruiz, Town Marshal
                               Ada Chen, Fire Chief
                               Ben Osei, Planning Consultant

                OTHERS:           Cy Dunn of Peak Law

                1. CALL TO ORDER
                Mayor Whitfield called the meeting to order.
                """);
        assertThat(m.attendees()).extracting(PublicBodyAttendanceFormsTest::line).containsExactly(
                "Dana Whitfield | present | null | null | Mayor",
                "Ross Abara | present | null | null | Council Member",
                "Mei Tanaka | present | null | null | Councillor",
                "Piet Smit | present | null | null | Alderman",
                "Lena Ford | present | staff | null | Town Administrator",
                "Max Ruiz | present | staff | null | Town Marshal",
                "Ada Chen | present | staff | null | Fire Chief",
                "Ben Osei | present | staff | null | Planning Consultant",
                "Cy Dunn | present | null | Peak Law | null");
    }

    @Test
    void readsSingularCaptions() throws Exception {
        Meeting m = read("minutes.txt", """
                Housing Authority Board of Commissioners
                May 17, 2023

                PRESENT:
                Ida Nye – Vice Chair
                Kai Moss – Commissioner

                EXCUSED:
                Lou Park – Chair

                GUEST:
                Ray Voss – Deputy Counsel

                VISITOR: Amy Roth

                COMMENCE
                The meeting commenced at 11:37 a.m.
                """);
        assertThat(m.attendees()).extracting(PublicBodyAttendanceFormsTest::line).containsExactly(
                "Ida Nye | present | vice-chair | null | null",
                "Kai Moss | present | null | null | Commissioner",
                "Lou Park | excused | chair | null | null",
                "Ray Voss | present | guest | null | Deputy Counsel",
                "Amy Roth | present | guest | null | null");
    }

    @Test
    void readsTwoColumnsWithALabelHeadingTheSecondPartwayDown() throws Exception {
        Meeting m = read("minutes.txt", """
                                  MINUTES OF THE BOARD OF DIRECTORS
                                  OF THE PARKING AUTHORITY OF BRAMLEY
                                        THURSDAY, May 5, 2022
                ______________________________________________________________________
                Board of Directors:
                      Nora Fell, Chair                   Authority Staff:
                      Karl Ivers                         Uma Patel, Executive Director- excused
                      Lise Brandt                        Joel Marsh, Board Secretary
                      Oren Kahn                          Ivy Ngata, Legal Counsel
                      Sam Dray


                I.     Call to Order – Chair Fell.
                Chair Fell called the meeting to order at 7:07 p.m.
                """);
        assertThat(m.attendees()).extracting(PublicBodyAttendanceFormsTest::line).containsExactlyInAnyOrder(
                "Nora Fell | present | chair | null | null",
                "Karl Ivers | present | null | null | null",
                "Lise Brandt | present | null | null | null",
                "Oren Kahn | present | null | null | null",
                "Sam Dray | present | null | null | null",
                "Uma Patel | excused | staff | null | Executive Director",
                "Joel Marsh | present | staff | null | Board Secretary",
                "Ivy Ngata | present | staff | null | Legal Counsel");
    }

    @Test
    void readsThreeColumnsSideBySideUnderTheirLabels() throws Exception {
        Meeting m = read("minutes.txt", """
                Cedar Valley School Board
                Regular Meeting, 12 January 2023

                Board Members:            Staff Present:           Absent:
                   Gil Amato                 Pia Lund                 Rex Obi
                   Hal Berg                  Quin Tate
                   Ivo Cruz

                1. Call to order
                The meeting was called to order.
                """);
        assertThat(m.attendees()).extracting(PublicBodyAttendanceFormsTest::line).containsExactlyInAnyOrder(
                "Gil Amato | present | null | null | null", "Hal Berg | present | null | null | null",
                "Ivo Cruz | present | null | null | null", "Pia Lund | present | staff | null | null",
                "Quin Tate | present | staff | null | null", "Rex Obi | absent | null | null | null");
    }

    @Test
    void readsTheAbsentColumnByWhereItStandsWhenTheLeftColumnIsShorter() throws Exception {
        Meeting m = read("minutes.txt", """
                Orchard Hill Village Council
                Minutes of 2 March 2021

                Present:                       Absent:
                    Ana Ruiz                       Cal Doyle
                                                   Dee Park

                1. Roads
                The roads were discussed.
                """);
        assertThat(m.attendees()).extracting(PublicBodyAttendanceFormsTest::who).containsExactlyInAnyOrder(
                "Ana Ruiz | present", "Cal Doyle | absent", "Dee Park | absent");
    }

    @Test
    void readsATableHeadedByLabels() throws Exception {
        Meeting m = read("minutes.md", """
                # Water Board minutes, 4 May 2022

                | Board of Directors | City Staff |
                | --- | --- |
                | Ann Lee, Chair | Bo Ek, Treasurer |
                | Cy Dunn | Di Fox, Engineer - absent |
                | Ed Gray | |

                ## Business

                The tariff was set.
                """);
        assertThat(m.attendees()).extracting(PublicBodyAttendanceFormsTest::line).containsExactlyInAnyOrder(
                "Ann Lee | present | chair | null | null", "Bo Ek | present | staff | null | Treasurer",
                "Cy Dunn | present | null | null | null", "Di Fox | absent | staff | null | Engineer",
                "Ed Gray | present | null | null | null");
    }

    @Test
    void aColumnOfOfficesBesideTheNamesIsNoPerson() throws Exception {
        Meeting m = read("minutes.txt", """
                Fernhill Community Council
                Minutes of 5 April 2022

                Members Present:
                    Gus Hale                 Chair
                    Iris Tamm                Treasurer
                    Jon Kerr                 Planning Officer

                1. Planning
                The applications were noted.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Gus Hale", "Iris Tamm", "Jon Kerr");
    }

    @Test
    void aCaptionOfMembersOverProseIsNoAttendance() throws Exception {
        Meeting m = read("minutes.txt", """
                Harbour Trust
                Minutes of 5 April 2022

                Present: Ann Lee, Bo Ek

                1. Appointments
                Trustees:
                The trustees agreed to advertise two vacancies.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Ek");
    }
}
