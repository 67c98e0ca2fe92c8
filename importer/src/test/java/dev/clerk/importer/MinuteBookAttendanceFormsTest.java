package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance as a minute book, a newspaper report of a meeting or plain board minutes record it, each in minutes made
 * up for the test: members named by a courtesy title as they take part ("Mrs. Lord suggested ...", "Mr Hale moved
 * the adoption of the report", "The Secretary, Miss Ann Roe read the report", "with Mr B.C. Hale in the chair"), a
 * transcriber's brackets in such a name ("Mrs. [Alice] Lord"); who presided, took the notes or gave a report ("Ann
 * Lee presided at the meeting", "Bo Chen, Treasurer (pro tem) made an interim financial report", "6.2 Cy Dee gave
 * an oral report"); minutes kept in the present tense ("Rod Vale reports ..."); a guest introduced in capitals ("ANN
 * LEE, Property Developer, spoke ..."); an attendance of one paragraph per person with where each comes from ("Ann
 * Lee, Home Office"); and a paragraph "The following members of the Board were present at the meeting: ..." that wraps
 * at a middle initial ("..., Andrew" over "M. Kuchnik, and ...") and goes on "Eva Ray (Treasurer) and Cy Dee were
 * also in attendance." Guards: a person only mentioned, a title before an office ("Mr. Chairman said"), a courtesy title
 * where the minutes list who was present, and a sentence after one-line names are never read as attendees.
 */
class MinuteBookAttendanceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    @Test
    void readsMembersNamedByACourtesyTitleAsTheyTakePart() throws Exception {
        Meeting m = read("""
                Ladies' Reading Circle. Executive Meeting. March 3rd 1894.

                The Committee met, with the exception of the Treasurer, Miss [Ida] Vane, who was detained. Miss [Rose]
                Penn consented to take notes.

                Mrs. [Ellen May] Corder, the President, brought before the meeting the question of the spring lecture.

                Mrs. Abbot said that the hall was already engaged. Miss Fry thought the lecture might be given in May.

                It was asked whether Miss Vane would care to have an assistant. Mrs. Corder then announced that Mrs.
                Hollis has resigned from the Circle.

                Mr. Chairman said that the matter would wait.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactlyInAnyOrder(
                "Miss Rose Penn", "Mrs. Ellen May Corder", "Mrs. Abbot", "Miss Fry");
    }

    @Test
    void readsWhoPresidedInANewspaperReport() throws Exception {
        Meeting m = read("""
                Rifle Association annual meeting, 14 July 1931

                The annual meeting at the Town Hall was well attended with Mr B.C. Hale in the chair.  Mr Hale thought
                the club should go on.  The Secretary, Miss Jean Ross read the report.  Mr Dunn moved the adoption of
                the report.  Rev. P.J. Marr echoed Mr Dunn's remarks and said more.  Captain R.T. Moss delivered the
                12th annual report.  Mrs Tait was elected treasurer.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactlyInAnyOrder(
                "Mr B.C. Hale", "Miss Jean Ross", "Mr Dunn", "Rev. P.J. Marr", "Captain R.T. Moss");
    }

    @Test
    void leavesACourtesyTitledSurnameToTheListWhereTheMinutesListWhoWasPresent() throws Exception {
        Meeting m = read("""
                Parish Hall Committee, 2 May 1962

                Present: Mrs. Olive Abbot, Mr. Tom Fry.

                1. Repairs
                Mrs. Abbot said the roof leaks. Mr. Grant suggested a builder.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Mrs. Olive Abbot", "Mr. Tom Fry");
    }

    @Test
    void readsWhoPresidedTookNotesOrGaveAReport() throws Exception {
        Meeting m = read("""
                Minutes of a Regular Meeting of the Board, July 12, 2005

                A regular meeting of the Board was held by telephone.  Ann Lee presided at the meeting.

                1. Reports

                6.1 Cy Dee, the Coordinator (pro tem) delivered an oral report; he explained the plans.
                6.2 Bo Chen, Treasurer (pro tem) made an interim financial report (Annex A).
                Dan Ode read the minutes of the last meeting.

                2. Other
                A letter from Eve Falk was read. The members thought the fee too high.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactlyInAnyOrder(
                "Ann Lee", "Cy Dee", "Bo Chen", "Dan Ode");
    }

    @Test
    void readsSpeakersOfMinutesKeptInThePresentTense() throws Exception {
        Meeting m = read("""
                Township Board, October 19, 2020

                Present: Jo Keen, Al Dorr.

                1. Clerk's report
                Clerk Ruth Hale reports we have received the election funds. Rod Vale reports the site is growing.
                Zoning Board reports nothing new. The Open Parking Standard suggests wider bays.

                2. Website
                R Vale reports the site is live. K Moss reports the forms work.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Jo Keen", "Al Dorr", "Ruth Hale", "Rod Vale",
                "K Moss");
    }

    @Test
    void readsAGuestIntroducedInCapitals() throws Exception {
        Meeting m = read("""
                Residents Association, November 25, 2009

                Present: Jo Keen, Al Dorr.

                Guest Speakers

                KARL BREN, Property Developer, spoke and presented diagrams of his townhouse plan.

                PAT OWEN, Owner, Harbour Grill, spoke re an application to extend the opening hours.

                PARKS DEPARTMENT, City Staff, reported on the trail.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Jo Keen", "Al Dorr", "Karl Bren", "Pat Owen");
    }

    @Test
    void readsOneParagraphPerPersonWithWhereEachComesFrom() throws Exception {
        Meeting m = read("""
                ---
                title: Sector Panel - Minutes of the meeting held on 13 December 2011
                ---

                <p><strong>Attendees</strong></p>
                <p>Dr Ann Lee – Chair</p>
                <p>Bo Chen, University of Leeds</p>
                <p>Cy Dee, Home Office</p>
                <p>Dan Ode, Ministry of Justice (Secretary)</p>
                <p><strong>Apologies</strong></p>
                <p>Eve Falk, Cabinet Office</p>
                <p><strong>1. Welcome</strong></p>
                <p>The chair welcomed everyone.</p>
                """);
        assertThat(m.attendees()).extracting(a -> a.name() + " | " + a.status()).containsExactly(
                "Dr Ann Lee | present", "Bo Chen | present", "Cy Dee | present", "Dan Ode | present", "Eve Falk | excused");

        Meeting sentence = read("""
                ---
                title: Sector Panel - Minutes of the meeting held on 13 December 2011
                ---

                <p><strong>Attendees</strong></p>
                <p>Dr Ann Lee – Chair</p>
                <p>Bo Chen, who chairs the forum, opened with a welcome.</p>
                <p><strong>1. Welcome</strong></p>
                <p>The chair welcomed everyone.</p>
                """);
        assertThat(sentence.attendees()).extracting(Attendee::name).doesNotContain("Bo Chen");
    }

    @Test
    void readsAParagraphOfWhoWasPresentWrappedAtAMiddleInitial() throws Exception {
        Meeting m = read("""
                Minutes of a Regular Meeting of the Board of Directors

                July 12, 2005

                1   Attendance
                --------------

                The following members of the Board of Directors were present at the meeting: Ann Lee, Bo Chen, Andrew
                M. Kuchnik, and Dan Ode.  Eva Ray (Treasurer) and Cy Dee (Assistant Secretary) were also in
                attendance.  C. Dee prepared these minutes.

                2   Minutes
                -----------

                The minutes were approved.
                """);
        assertThat(m.attendees()).extracting(a -> a.name() + " | " + a.note()).containsExactly("Ann Lee | null",
                "Bo Chen | null", "Andrew M. Kuchnik | null", "Dan Ode | null", "Eva Ray | Treasurer",
                "Cy Dee | Assistant Secretary");
    }
}
