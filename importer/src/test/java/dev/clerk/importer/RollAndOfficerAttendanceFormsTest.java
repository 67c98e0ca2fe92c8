package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance in forms that rolls, council PDFs and club minutes use, each in minutes made up for the test: a roll
 * call item that also calls the meeting to order ("Call to Order and Roll Call") over one member a line, each with
 * the state they answered with after a comma, surname first as a roster sorts them and struck through when absent;
 * a council's list with the letters of each member's seat or grade after a comma ("K. Roe, M.C.C.") and wrapped over
 * lines with blank lines between, as PDF text leaves it; a comma list followed by the next title after a blank line;
 * and officers' reports each titled by the office and its holder's name. Guards: what must not be read so.
 */
class RollAndOfficerAttendanceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    /** Plain text, as minutes exported from a word processor or PDF come. */
    private static Meeting readText(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static String name(Attendee a) {
        return a.name();
    }

    private static Attendee one(Meeting m, String name) {
        return m.attendees().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsARollUnderAnItemThatAlsoCallsTheMeetingToOrder() throws Exception {
        Meeting m = read("""
                # Minutes of the Harbour Trust

                A board meeting was held online on May 3, 2022.

                ## 1. Call to Order. Roll call.
                1. ~~Abbot, Nell~~, absent (excused)
                2. Brook, Tim, present
                3. ~~Carver, Ida M~~, absent
                4. Dale, Sam, present
                5. Una Fenn, present
                6. Gil Hart (guest), absent (travelling)

                ## 2. Treasurer's report
                Funds are fine.
                """);
        assertThat(m.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name)
                .containsExactly("Nell Abbot", "Tim Brook", "Ida M Carver", "Sam Dale", "Una Fenn", "Gil Hart");
        assertThat(one(m, "Nell Abbot").status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(one(m, "Tim Brook").status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(one(m, "Ida M Carver").status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(one(m, "Gil Hart").status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(one(m, "Gil Hart").note()).contains("travelling");
        Meeting and = read("""
                # Water Board - June 1, 2021

                ## Call to Order and Roll Call
                - Ann Roe - present
                - Bo Ek - absent
                - Cy Dunn - present

                ## Public comment
                None.
                """);
        assertThat(and.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name).containsExactly("Ann Roe", "Bo Ek", "Cy Dunn");
        assertThat(one(and, "Bo Ek").status()).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void readsTheStateAfterACommaOrDashWithAReasonInBrackets() throws Exception {
        Meeting m = read("""
                # Parks Board - 2 March 2020

                ## Roll call
                Roe, Ann - present
                Ek, Bo - absent (excused)
                Cy Dunn, present

                ## Reports
                Nothing to report.
                """);
        assertThat(m.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name).containsExactly("Ann Roe", "Bo Ek", "Cy Dunn");
        assertThat(one(m, "Bo Ek").status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(one(m, "Bo Ek").affiliation()).isNull();
    }

    @Test
    void doesNotReadAnItemThatCallsToOrderOverProseAsARoll() throws Exception {
        Meeting m = read("""
                # Water Board - June 1, 2021

                ## Call to Order and Roll Call
                The chair opened the meeting at 7 pm.
                A quorum was present.

                ## Public comment
                None.
                """);
        assertThat(m.attendees()).isEmpty();
        Meeting office = read("""
                # Water Board - June 1, 2021

                ## Roll call
                Roe, Treasurer, present
                Bo Ek, present

                ## Public comment
                None.
                """);
        // An office after a surname is no given name: "Roe, Treasurer" is not "Treasurer Roe".
        assertThat(office.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name).doesNotContain("Treasurer Roe");
    }

    @Test
    void readsLettersAfterNamesAndAListWrappedWithBlankLines() throws Exception {
        Meeting m = read("""
                Minutes of the Glenmore Area Committee

                held on Thursday 4th June 2015.

                Members Present: P. Roe, M.C.C., T. Hale, M.C.C., D.

                Quill, M.C.C.

                Officials Present: B. Lund, S.E.E., C.

                Moss, A.O., G. Webb, E.E.

                ITEM 1 - Adoption of Minutes

                The minutes were adopted.
                """);
        assertThat(m.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name)
                .containsExactly("P. Roe", "T. Hale", "D. Quill", "B. Lund", "C. Moss", "G. Webb");
        assertThat(one(m, "P. Roe").note()).contains("M.C.C.");
    }

    @Test
    void keepsInitialsThatStartASurnameFirstListAsThatPerson() throws Exception {
        Meeting m = read("""
                # Rowing Club - 1 May 2019

                Present: Lee, J.K., Hale, A.B., Moss, C.

                ## Boats
                Two were sold.
                """);
        // After a surname alone the letters are that person's initials, not letters after a name.
        assertThat(m.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name).doesNotContain("J.K.", "A.B.");
    }

    @Test
    void endsACommaListAtTheNextTitleAfterABlankLine() throws Exception {
        Meeting m = readText("""
                Rowing Club Committee Minutes - 11/05/15

                Attendance

                Ann Lee, Bo Chen, Cy Dunn, Di Evans

                Agenda

                1. First vote
                2. Boats

                Minutes

                1. First vote
                Ann Lee - 3
                """);
        assertThat(m.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name)
                .containsExactly("Ann Lee", "Bo Chen", "Cy Dunn", "Di Evans");
        assertThat(one(m, "Di Evans").affiliation()).isNull();
        assertThat(one(m, "Cy Dunn").affiliation()).isNull();
    }

    @Test
    void readsOfficersWhoseReportsAreTitledByOfficeAndName() throws Exception {
        Meeting m = read("""
                # Weather Club Meeting Minutes - 2 December 2010

                ## President Varga
                - The shelter survey is done.

                ## Treasurer Ann Lee
                - Dues are coming in.

                ## Outreach Chair Quist
                - Two school visits in spring.

                ## Closing remarks
                - See you in January.
                """);
        assertThat(m.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name)
                .containsExactlyInAnyOrder("Varga", "Ann Lee", "Quist");
        assertThat(one(m, "Quist").status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(one(m, "Quist").note()).contains("Outreach Chair");
    }

    @Test
    void doesNotReadOneOfficeTitleOrAnOfficesBusinessAsPeople() throws Exception {
        Meeting alone = read("""
                # Weather Club Meeting Minutes - 2 December 2010

                ## President Varga
                - The shelter survey is done.

                ## Budget
                - Dues are coming in.
                """);
        // One such title among others may be a topic; only officers reporting in turn are read so.
        assertThat(alone.attendees()).extracting(RollAndOfficerAttendanceFormsTest::name).doesNotContain("Varga");
        Meeting business = read("""
                # Weather Club Meeting Minutes - 2 December 2010

                ## Treasurer Update
                - The update was given.

                ## Secretary Vacancy
                - The vacancy stays open.
                """);
        assertThat(business.attendees()).isEmpty();
    }
}
