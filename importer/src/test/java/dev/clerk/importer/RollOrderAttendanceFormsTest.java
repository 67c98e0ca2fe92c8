package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance whose label is not where a clerk usually puts it, each form in minutes made up for the test: a label
 * saying how people took part ("present in person:", "present virtually via Zoom:") or whom it names ("Guests
 * present:") inside the opening paragraph, the older order "at which were present A, B and C", people written by
 * their initials one per line under an attendance heading, and a meeting system's roll as PDF text extraction leaves
 * it, each label after the names it captions. Guards: what must not be read as people in these places.
 */
class RollOrderAttendanceFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static String name(Attendee a) {
        return a.name();
    }

    private static AttendanceStatus status(Meeting m, String name) {
        return m.attendees().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().status();
    }

    @Test
    void readsLabelsThatSayHowPeopleTookPartInsideAParagraph() throws Exception {
        Meeting m = read("""
                # Harbour Water District - Board of Directors - May 5, 2022

                ### CALL TO ORDER
                The meeting was called to order at 6:03 pm by President Vale. Board members present in person: Hale, \
                Brook, Vale, and Frost. Board members present virtually via Zoom: Marsh and Neely. Board members \
                absent: Quill.

                ### PUBLIC COMMENT
                None.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name)
                .containsExactlyInAnyOrder("Hale", "Brook", "Vale", "Frost", "Marsh", "Neely", "Quill");
        assertThat(status(m, "Neely")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(status(m, "Quill")).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void readsGuestsPresentRunOnAfterOtherLabels() throws Exception {
        Meeting m = read("""
                # Tree Board - June 1, 2015

                Members present:  Ann Roe, Bea Lund. Members absent: Cara Moss. Guests present:  Gary Webb, Sue Bell.

                ## Old business
                Nothing was raised.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name)
                .containsExactly("Ann Roe", "Bea Lund", "Cara Moss", "Gary Webb", "Sue Bell");
        assertThat(status(m, "Cara Moss")).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void readsTheStateBeforeThePeopleInTheOlderOrder() throws Exception {
        Meeting m = read("""
                # Trustees of the Reading Room - March 2, 1881

                At a meeting of the Trustees, held at the Hall on Tuesday the 2nd, at which were present Amos Reed, \
                Lucy Fenn, John T. Ware, and Mark D. Olds.

                The board took up the case of the roof.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name)
                .containsExactly("Amos Reed", "Lucy Fenn", "John T. Ware", "Mark D. Olds");
        Meeting there = read("""
                # Vestry - April 4, 1890

                The vestry met at the rectory. There were present: Silas Orme, Ruth Penn and Abel Stone.

                The accounts were passed.
                """);
        assertThat(there.attendees()).extracting(RollOrderAttendanceFormsTest::name)
                .containsExactly("Silas Orme", "Ruth Penn", "Abel Stone");
    }

    @Test
    void readsNoOneFromAStateBeforeWordsThatNameNoOne() throws Exception {
        Meeting m = read("""
                # Residents' Meeting - April 4, 2019

                The hall was full, and there were present some twenty residents from the estate.

                The lease was discussed.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsPeopleWrittenByTheirInitialsUnderAnAttendanceHeading() throws Exception {
        Meeting m = read("""
                # 2024-10-07
                ## Attendees
                People who attended:
                - KM - Chair
                - TR
                - PL

                ## Discussion
                TR mentioned the roof.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name).containsExactly("KM", "TR", "PL");
        assertThat(m.attendees().get(0).role()).isNotNull();
    }

    @Test
    void readsNoInitialsFromWordsUnderAnAttendanceHeading() throws Exception {
        Meeting m = read("""
                # 2024-10-07
                ## Attendees
                - TBD
                - N/A

                ## Discussion
                The roof was mentioned.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsARollWhoseLabelsFollowTheNames() throws Exception {
        Meeting m = read("""
                Tuesday, July 20, 2021
                4:00 PM
                Library Building Authority
                Meeting Minutes
                1. Call to Order
                Trustee Ann Roe
                Trustee Bo Ekland
                Trustee Cy Dunn Moss
                Present:
                Trustee Dee FoxAbsent:
                2. Approval of Minutes
                A motion was made by Trustee Roe, seconded by Trustee Ekland, that this agenda item be approved.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name)
                .containsExactly("Ann Roe", "Bo Ekland", "Cy Dunn Moss", "Dee Fox");
        assertThat(status(m, "Bo Ekland")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(status(m, "Dee Fox")).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void readsALabelOverItsNamesInTheUsualOrderNotAsTheNamesAbove() throws Exception {
        Meeting m = read("""
                Tuesday, July 20, 2021
                Library Building Authority
                1. Call to Order
                Greenway Trail Report
                Riverside Park Report
                Present:
                Ann Roe
                Bo Ekland

                2. Approval of Minutes
                Approved.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name).containsExactly("Ann Roe", "Bo Ekland");
    }

    @Test
    void readsABracketLeftOpenBeforeANameAsTheCommaBetweenTwoPeople() throws Exception {
        Meeting m = read("""
                Parents Association

                General Meeting, 4 March 2014

                ATTENDEES:Ann Roe (e), Bea Lund , Cara Moss (Dora Finch (n/a), Ella Park (e), Faye Gold
                APOLOGIES:Gina Hart (e)

                Meeting opened at 9:15am.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name)
                .containsExactly("Ann Roe", "Bea Lund", "Cara Moss", "Dora Finch", "Ella Park", "Faye Gold", "Gina Hart");
    }

    @Test
    void keepsAClosedBracketAfterANameAsItsAffiliation() throws Exception {
        Meeting m = read("""
                Parents Association

                General Meeting, 4 March 2014

                Present: Ann Roe (Parks Trust), Bea Lund, Cara Moss

                Meeting opened at 9:15am.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name).containsExactly("Ann Roe", "Bea Lund", "Cara Moss");
        assertThat(m.attendees().get(0).affiliation()).isEqualTo("Parks Trust");
    }

    @Test
    void readsSeatsOfMemberBodiesMarkedWithAPlusForThoseAttending() throws Exception {
        Meeting m = read("""
                # Technical Committee - 2023-05-04

                ### Roll Call / Attendance

                * Acme - Ann Roe + / Bo Ekland
                * Globex - Cy Dunn
                * Initech - Dee Fox + / Eli Gray
                * Hooli - Fay Hunt  / Gus Ives +

                   " + " indicates attending

                ### Agenda
                Nothing was raised.
                """);
        assertThat(m.attendees()).extracting(RollOrderAttendanceFormsTest::name)
                .containsExactly("Ann Roe", "Bo Ekland", "Cy Dunn", "Dee Fox", "Eli Gray", "Fay Hunt", "Gus Ives");
        assertThat(status(m, "Ann Roe")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(status(m, "Gus Ives")).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(status(m, "Bo Ekland")).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(status(m, "Cy Dunn")).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(m.attendees().get(0).affiliation()).isEqualTo("Acme");
    }

    @Test
    void readsNoSeatsWithoutAMark() throws Exception {
        Meeting m = read("""
                # Technical Committee - 2023-05-04

                ### Attendance

                * Acme - Ann Roe / Bo Ekland
                * Globex - Cy Dunn
                * Initech - Dee Fox / Eli Gray

                ### Agenda
                Nothing was raised.
                """);
        assertThat(m.attendees()).allMatch(a -> a.status() == AttendanceStatus.PRESENT);
    }
}
