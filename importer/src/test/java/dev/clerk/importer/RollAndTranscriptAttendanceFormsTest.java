package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance in forms read from where it stands rather than from a label of its own, each in minutes made up for the
 * test: the speakers of minutes kept as a transcript ("Ann Lee: I think ..."), members by the title of their seat who
 * move or second ("Cr Sims moved ..."), a sentence that introduces the list below it ("The following directors were
 * present:"), a roll call answered "Present –" with a list parted by semicolons wrapped over lines, participants keyed
 * by their initials in square brackets, and user names in a front matter list; and what must not be read as a person
 * (a field of a list, a topic used once as a label, a member only named, a bracketed key of other initials).
 */
class RollAndTranscriptAttendanceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static String name(Attendee a) {
        return a.name();
    }

    @Test
    void readsTheSpeakersOfATranscript() throws Exception {
        Meeting m = read("""
                # Tunnel Working Group - 2021-03-09

                ## Datagrams

                Paula Greer: We could leave flow identifiers for later.

                Omar Haddad: Nobody has raised a use case yet.

                Paula Greer: Then we close the issue.

                Wen Li: Fine with that.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name)
                .containsExactly("Paula Greer", "Omar Haddad", "Wen Li");
    }

    @Test
    void readsNoTranscriptFromFieldsAndTopics() throws Exception {
        // Fields in a list, and topics each used once as a label: no one speaks.
        Meeting m = read("""
                # Garden Club - 2021-03-09

                ## Finance

                - Total Income: £0
                - Total Income: £10
                - Plant Sale: £120

                Local Events: details below.

                Spring Fair: on the green.

                Seed Swap: in the hall.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsMembersWhoMoveOrSecondByTheTitleOfTheirSeat() throws Exception {
        Meeting m = read("""
                Town Council, Special Meeting 4 December 1894.

                The new Mayor was welcomed.

                Cr Sims moved that Council meet on Mondays.  Cr Weston 2nd.

                Cr Harker amended to Tuesday and Cr Hale 2nd.

                Resolved that the Works Committee comprise Crs Sims, Parkes and Hale.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name)
                .containsExactly("Sims", "Weston", "Harker", "Hale");
    }

    @Test
    void readsNoMemberOnlyNamed() throws Exception {
        Meeting m = read("""
                Town Council, 4 December 1894.

                The Works Committee was to comprise Cr Parkes and Cr Dale.

                Director Finance reported on the budget.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsTheListASentenceIntroduces() throws Exception {
        Meeting m = read("""
                MINUTES OF MEETING OF THE BOARD OF DIRECTORS OF EXAMPLE TRUST

                On March 3, 2019 at 2:00 pm, the Board met by video call. The following directors were present at the meeting:

                <div class="text-center">
                Ann Lee <br>
                Bo Ek <br>
                Carla van Dam <br>
                </div>

                <b>BUDGET</b>

                The budget was discussed.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name)
                .containsExactly("Ann Lee", "Bo Ek", "Carla van Dam");
        Meeting absent = read("""
                Minutes of 3 March 2019

                The following were absent:

                Dan Roe
                Eve Moss

                BUDGET

                The following items were discussed: the budget.
                """);
        assertThat(absent.attendees()).extracting(Attendee::status).containsOnly(AttendanceStatus.ABSENT);
        assertThat(absent.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name)
                .containsExactly("Dan Roe", "Eve Moss");
    }

    @Test
    void readsARollCallAnsweredPresentWithAWrappedSemicolonList() throws Exception {
        Meeting m = read("""
                Minutes of March 3, 2019 Meeting

                Call to Order: 7:10 pm

                Roll Call of Directors: Present
                – Ann Lee; Bo Ek, Parks Representative; Carla
                Dunn, Treasurer; Dev Rao, Secretary
                and Webmaster; Fay Orr.
                Gil Tan, our planner, present.

                Treasurer's report

                All fine.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name)
                .containsExactly("Ann Lee", "Bo Ek", "Carla Dunn", "Dev Rao", "Fay Orr", "Gil Tan");
        Meeting inline = read("""
                Minutes of March 3, 2019 Meeting

                Roll Call of Members: Present – Ann Lee; Bo Ek; Carla Dunn.

                Treasurer's report

                All fine.
                """);
        assertThat(inline.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name)
                .containsExactly("Ann Lee", "Bo Ek", "Carla Dunn");
    }

    @Test
    void readsParticipantsKeyedByInitialsInSquareBrackets() throws Exception {
        Meeting m = read("""
                # Steering Committee Meeting No. 4 - 2020-05-26

                ## Attendees
                - [JB] Jana Bloggs
                - [MS] Mark Stone (Chair)
                - [NL] Nia Lowe-Larkin

                ## Apologies
                - [DC] Dan Cole

                ## Discussion
                Text here.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name)
                .containsExactly("Jana Bloggs", "Mark Stone", "Nia Lowe-Larkin", "Dan Cole");
        assertThat(m.attendees().get(3).status()).isEqualTo(AttendanceStatus.EXCUSED);
        // "[x]" is a checkbox, and initials that are not the person's own are no key.
        Meeting other = read("""
                # Steering Committee Meeting No. 4 - 2020-05-26

                ## Attendees
                - [x] Jana Bloggs
                - [AB] Mark Stone

                ## Discussion
                Text here.
                """);
        assertThat(other.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name).containsExactly("Jana Bloggs");
    }

    @Test
    void readsUserNamesInAFrontMatterList() throws Exception {
        Meeting m = read("""
                ---
                layout: post
                title: Board meeting 2015-08-17
                members: [dorsey, kit, jp, ozzie]
                ---
                # Old Business
                Kit notified the owners. Secretary Dorsey posted the minutes.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name)
                .containsExactly("Dorsey", "Kit", "jp", "ozzie");
        Meeting body = read("""
                ---
                layout: post
                title: Board meeting 2015-08-17
                board: Harbour Club
                tags: [minutes, board]
                ---
                # Old Business
                The owners were notified.
                """);
        assertThat(body.attendees()).isEmpty();
    }

    @Test
    void keepsTheTimeOfTheSentenceBeforeTheList() throws Exception {
        Meeting m = read("""
                MINUTES OF MEETING OF THE BOARD OF DIRECTORS OF EXAMPLE TRUST

                On March 3, 2019 at 2:00 pm, the Board met by video call. The following directors were present at the meeting:

                Ann Lee
                Bo Ek

                BUDGET

                The budget was discussed.
                """);
        assertThat(m.start()).hasToString("14:00");
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name).containsExactly("Ann Lee", "Bo Ek");
    }

    @Test
    void readsThePresenterInBracketsAfterAnItemsTitle() throws Exception {
        Meeting m = read("""
                # Annual Meeting, May 20, 1999

                ### 1. Election of officers (Mira Kovac)

                M Kovac reported on the election.

                ### 2. Budget (First Reading)

                The first reading of the budget was held.

                ### 3. Outreach (Closed Session)

                The session was closed.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name).containsExactly("Mira Kovac");
    }

    @Test
    void readsSpeakersWithWhereTheyComeFrom() throws Exception {
        Meeting m = read("""
                # Technical Committee - 2019-02-07

                ## Builds

                * Rui Alves (Northwind): moving along with the pull requests.
                * Tess Ward (Blue Forge): very interested in helping with the builds.
                * Rui Alves (Northwind): will report back.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name).containsExactly("Rui Alves", "Tess Ward");
        Meeting grants = read("""
                # Grants - 2019-02-07

                ## Awarded

                * Coding Club Lagos (Nigeria): $500
                * Coding Club Accra (Ghana): $500
                """);
        assertThat(grants.attendees()).isEmpty();
    }

    @Test
    void readsAnOfficeInSquareBracketsAfterAName() throws Exception {
        Meeting m = read("""
                # Parents Association - 2022-06-01

                **Present:** Ann Lee (AL), Bo Ek [Treasurer] (BE), Cy Dee [Chair] (CD)

                ## Budget

                Fine.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name).containsExactly("Ann Lee", "Bo Ek", "Cy Dee");
        assertThat(m.attendees().get(1).note()).contains("Treasurer");
    }

    @Test
    void readsNoOneNewFromAListedSurnameCutShort() throws Exception {
        Meeting m = read("""
                Community Council - 24 June 2019

                Present: Cllrs Hale (in the chair), Evans, Roper.

                Cllr Evans reported on the speed signs. Cllr Evan also reported on the road markings.
                """);
        assertThat(m.attendees()).extracting(RollAndTranscriptAttendanceFormsTest::name).containsExactly("Hale", "Evans", "Roper");
    }
}
