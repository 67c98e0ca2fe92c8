package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance written the ways member lists and roll calls come in many minutes, each in minutes made up for the
 * test: members named by office and surname with the full names elsewhere, a list under a heading that is no
 * "Present", an unlabelled list before the apologies, groups under captions, names in a sentence sharing a surname,
 * staff named after a long office, a nickname in brackets; and the look-alikes that name no one.
 */
class MemberListFormsTest {
    private static ImportResult result(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none());
    }

    private static Meeting read(String text) throws Exception {
        return result(text).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.role() + " | " + a.affiliation() + " | " + a.note();
    }

    @Test
    void readsARollCallBySurnameWithTheFullNamesFromTheMemberList() throws Exception {
        ImportResult r = result("""
                <div class="masthead">
                Lakeside Transit Advisory Committee<br>
                Priya Raman, Chair<br>
                Oskar Lindqvist<br>
                Mette Holm<br>
                Bruno Tavares<br>
                Nadia Okafor, Committee Secretary<br>
                </div>

                Minutes of September 14, 2021

                **1. Call to Order & Roll Call**

                Chair Raman called the meeting to order at 5:32 p.m. Present: Members Holm, Lindqvist, Raman.
                Member Tavares arrived late at 5:50 p.m. Also present: Secretary Okafor.

                **2. Bus shelters**

                The committee reviewed the shelter map.
                """);
        assertThat(r.meeting().attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Mette Holm | present | null | null | Member",
                "Oskar Lindqvist | present | null | null | Member",
                "Priya Raman | present | null | null | Member",
                "Nadia Okafor | present | null | null | Secretary",
                "Bruno Tavares | present | null | null | Member; arrived late at 5:50 p.m.");
        assertThat(r.guesses()).anyMatch(g -> g.path().equals("attendees[0]")
                && g.note().equals("name written in full as the minutes write it elsewhere; the attendance has \"Holm\""));
    }

    @Test
    void aSurnameStaysAsWrittenWhenTheFullNameIsUncertain() throws Exception {
        Meeting m = read("""
                Orchard Road Residents Association - March 3, 2020

                Members: Ann Webb, Tom Webb, Carl Price

                1. Opening
                The meeting opened at 7 pm. Present: Members Webb, Price. Price Jones sent a note.
                """);
        // Two members named Webb; "Price" is someone's first name in "Price Jones".
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Webb", "Price");
    }

    @Test
    void aVoteTallyInBracketsIsNoAttendance() throws Exception {
        Meeting m = read("""
                Valley School Board - May 9, 2022

                Present: Ruth Adler, Sam Ortiz, Lena Fischer

                1. Budget
                It was moved by Ms. Adler, seconded by Mr. Ortiz, to adopt the budget. MOTION CARRIED 2-0-1 [AYES: Adler, Ortiz; NOES: None; ABSENT: Fischer].
                """);
        assertThat(m.attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Ruth Adler | present | null | null | null",
                "Sam Ortiz | present | null | null | null",
                "Lena Fischer | present | null | null | null");
    }

    @Test
    void readsAListOfMembersUnderAHeadingThatIsNotPresent() throws Exception {
        Meeting m = read("""
                # Riverside Garden Club - Minutes - April 4, 2023

                ## Board members
                - Jane Roe - Treasurer
                - Omar Haddad (oh12)

                ## Officers
                - Li Wei, President

                ## Committee
                Maria Gomez, Acme Widgets
                Tom Berg (City of Springfield)
                Ida Sun (IBM)

                ## Plant sale
                The sale raised $800.
                """);
        assertThat(m.attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Jane Roe | present | null | null | Treasurer",
                "Omar Haddad | present | null | null | oh12",
                "Li Wei | present | null | null | President",
                "Maria Gomez | present | null | Acme Widgets | null",
                "Tom Berg | present | null | City of Springfield | null",
                "Ida Sun | present | null | IBM | null");
        assertThat(m.agenda()).extracting(a -> a.title()).contains("Board members", "Officers", "Committee");
    }

    @Test
    void aMembersHeadingOverProseOrOrganisationsNamesNoOne() throws Exception {
        Meeting m = read("""
                # Riverside Garden Club - Minutes - April 4, 2023

                ## Officers
                The officers' reports were received and filed.

                ## Committee
                - Parks Department
                - Hill & Dale LLP

                ## Members
                - Jane Roe
                - Seed library update
                """);
        assertThat(m.attendees()).isEmpty();
    }

    /** Under an absences heading, a sentence about people is narrative, not a list of names. */
    @Test
    void aSentenceUnderTheApologiesIsNoListOfNames() throws Exception {
        Meeting m = read("""
                # Minutes of the Chess Society AGM, 2nd May 2019

                  - Hugo Marsh (President, <code>hm301</code>)
                  - Ines Duarte (Treasurer, <code>id44</code>)

                Apologies for Absence

                Hugo and Ines thanked everyone for coming.

                ## President's report

                Hugo reported a good year.
                """);
        assertThat(m.attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Hugo Marsh | present | null | null | President, hm301",
                "Ines Duarte | present | null | null | Treasurer, id44");
    }

    @Test
    void readsAnUnlabelledListOfPeopleBeforeTheApologies() throws Exception {
        Meeting m = read("""
                # Minutes of the Chess Society AGM, 2nd May 2019

                The AGM was held on Thursday 2nd May 2019 at 7pm.

                  - Hugo Marsh (President, <code>hm301</code>)
                  - Ines Duarte (Treasurer, <code>id44</code>)
                  - Wen Zhao (<code>wz7</code>)

                Apologies for Absence

                  - Pavel Novak (<code>pn12</code>)

                ## President's report

                Hugo reported a good year.
                """);
        assertThat(m.attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Hugo Marsh | present | null | null | President, hm301",
                "Ines Duarte | present | null | null | Treasurer, id44",
                "Wen Zhao | present | null | null | wz7",
                "Pavel Novak | excused | null | null | pn12");
    }

    @Test
    void aListOfTopicsBeforeTheApologiesIsNoAttendance() throws Exception {
        Meeting m = read("""
                # Minutes of the Chess Society AGM, 2nd May 2019

                Business today:

                  - Accounts for the year
                  - Election of officers
                  - Winter league

                Apologies for Absence

                  - Pavel Novak

                ## Accounts

                The accounts were approved.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Pavel Novak");
    }

    @Test
    void readsGroupsUnderCaptionsAfterALabelledList() throws Exception {
        Meeting m = read("""
                # Minutes of the Q3 Advisory Board meeting - August 1, 2019

                ## Attendees

                Board members present:

                - Ana Costa, Northwind
                - Jonas Berg, Fabrikam

                For the Foundation:

                - Ruth Kim, University of Lisbon

                Not present:

                - Ivo Petrov, Contoso

                Topics to follow:

                - Hiring plans

                ## Proceedings

                Ruth opened the meeting.
                """);
        assertThat(m.attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Ana Costa | present | null | Northwind | null",
                "Jonas Berg | present | null | Fabrikam | null",
                "Ruth Kim | present | null | University of Lisbon | null",
                "Ivo Petrov | absent | null | Contoso | null");
    }

    @Test
    void readsNamesInASentenceSharingASurname() throws Exception {
        Meeting m = read("""
                Maple Court HOA - Board Meeting - June 3, 2021

                Board members present: Lee Park, President, Rosa & Dan Ortiz, co-Treasurers and Kim Hale, Secretary.

                1. Dues
                The board reviewed the dues.
                """);
        assertThat(m.attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Lee Park | present | null | null | President",
                "Rosa Ortiz | present | null | null | null",
                "Dan Ortiz | present | null | null | co-Treasurers",
                "Kim Hale | present | null | null | Secretary");
    }

    @Test
    void aSurnameAndAFullNameJoinedByAndAreTwoPeople() throws Exception {
        Meeting m = read("""
                Maple Court HOA - Board Meeting - June 3, 2021

                Present: Hale and Rosa Ortiz

                1. Dues
                The board reviewed the dues.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Hale", "Rosa Ortiz");
    }

    @Test
    void staffNamedAfterALongOfficeArePresentForChecking() throws Exception {
        ImportResult r = result("""
                Pine Valley Unified School District - Board of Education Minutes - March 8, 2022

                Present: Ruth Adler, Sam Ortiz

                1. Graduation requirements
                Assistant Superintendent of Secondary Education and Programs Dana Whitfield gave a presentation. Deputy Superintendent of Schools and Student Support Omar Reyes introduced Director of Assessment and Continuous Improvement Lina Brandt and Coordinator of Data, Research and Planning Theo Nash who presented the results.
                Director of Community Development reported on the grant. But Ruth mentioned the deadline.
                """);
        assertThat(r.meeting().attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Ruth Adler | present | null | null | null",
                "Sam Ortiz | present | null | null | null",
                "Dana Whitfield | present | null | null | Assistant Superintendent of Secondary Education and Programs",
                "Omar Reyes | present | null | null | Deputy Superintendent of Schools and Student Support",
                "Lina Brandt | present | null | null | null",
                "Theo Nash | present | null | null | null");
        assertThat(r.guesses()).anyMatch(g -> g.path().equals("attendees[2]")
                && g.note().equals("Dana Whitfield is listed as present because the minutes name them speaking (line 6)"));
    }

    @Test
    void aNicknameInBracketsStandsForThePersonLater() throws Exception {
        Meeting m = read("""
                # Riverside Garden Club - Minutes - April 4, 2023

                ## Attendance
                - Carter Anderson (Cart)
                - Wendy Ashe (Candle Ward)

                ## Plant sale
                Cart will circulate the price list.
                """);
        assertThat(m.agenda().get(1).actions()).singleElement()
                .satisfies(a -> assertThat(a.owners()).containsExactly("Carter Anderson"));
    }

    @Test
    void initialsInBracketsAndAnOrganisationWithItsDepartmentAreOnePerson() throws Exception {
        Meeting m = read("""
                # Data Portal Steering Group - meeting 4 - June 2, 2016

                Attendance

                - Kay Lund (KL), NRC, Materials Science
                - Piet Vos (PV), Delft

                1. Welcome
                KL welcomed those present.
                """);
        assertThat(m.attendees()).extracting(MemberListFormsTest::line).containsExactly(
                "Kay Lund | present | null | NRC, Materials Science | KL",
                "Piet Vos | present | null | Delft | PV");
    }
}
