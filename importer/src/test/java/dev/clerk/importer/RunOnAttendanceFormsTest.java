package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import dev.clerk.model.Role;
import org.junit.jupiter.api.Test;

/**
 * Attendance as a committee clerk often types it, each form in minutes made up for the test: the whole attendance in
 * one line with a head count in the label, initials in brackets, an office after a dash and further labels run on
 * ("Parish Clerk:", "In attendance:", "Apologies:"); a comma left out after a bracket; a sub-heading "Were present on
 * the day:" over the list; names typed in capitals under a bare "PRESENT:"; surnames in capitals after first names;
 * a chat's list of nicknames; entries set as code; short surnames such as "McKay". And what must not be read as a
 * person or a label: a caption that is no label, prose under the sub-heading, a title in capitals, initials, the
 * words of a sentence with commas.
 */
class RunOnAttendanceFormsTest {
    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    private static String name(Attendee a) {
        return a.name();
    }

    private static Attendee person(Meeting m, String name) {
        return m.attendees().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsLabelsRunOnInOneLineOfAttendance() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES OF THE HOLLYFORD PARISH COUNCIL MEETING HELD ON TUESDAY 3 MARCH 2020

                PRESENT (five Councillors): - Ann Lee (AL), Bo Ek (BE) – Chair, Cy Dunn (CD) Di Fox (DF), and Ed Gray (EG). Parish Clerk: Flo Hart In attendance: three members of the public.

                1. Apologies
                None.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name)
                .containsExactly("Ann Lee", "Bo Ek", "Cy Dunn", "Di Fox", "Ed Gray", "Flo Hart");
        assertThat(person(m, "Bo Ek").role()).isEqualTo(Role.CHAIR);
        assertThat(person(m, "Bo Ek").note()).isEqualTo("BE");
        assertThat(person(m, "Flo Hart").note()).isEqualTo("Parish Clerk");
        assertThat(m.attendees()).allMatch(a -> a.status() == AttendanceStatus.PRESENT);
    }

    @Test
    void givesARunOnLabelItsOwnStatus() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES OF THE ORCHARD SOCIETY MEETING HELD ON 4 MAY 2021

                Present: Gus Hale, Ida Moss. Apologies: Jon Park

                1. Accounts
                Received.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).containsExactly("Gus Hale", "Ida Moss", "Jon Park");
        assertThat(person(m, "Jon Park").status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(person(m, "Ida Moss").status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void givesAnOfficeAfterADashToTheNameBeforeIt() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES OF THE ORCHARD SOCIETY MEETING HELD ON 4 MAY 2021

                Present: Gus Hale, Ida Moss – Treasurer, Jon Park

                1. Accounts
                Received.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).containsExactly("Gus Hale", "Ida Moss", "Jon Park");
        assertThat(person(m, "Ida Moss").note()).isEqualTo("Treasurer");
        assertThat(person(m, "Gus Hale").note()).isNull();
    }

    @Test
    void keepsACaptionThatIsNoLabelInTheList() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES OF THE ORCHARD SOCIETY MEETING HELD ON 4 MAY 2021

                Present: Gus Hale, Ida Moss. Note: the hall was cold.

                1. Accounts
                Received.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).doesNotContain("Note", "the hall was cold");
    }

    @Test
    void putsBackACommaLeftOutAfterABracket() throws Exception {
        Meeting m = read("minutes.md", """
                Beamline Steering Group meeting - 12/03/2019
                ============================================

                Present
                -------

                Hana (XFEL), Ivo (EMBL) Jo (ESRF), Kai (ILL-DC), Lin (ESS)

                Minutes
                -------

                The plan was agreed.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).containsExactly("Hana", "Ivo", "Jo", "Kai", "Lin");
    }

    @Test
    void takesNoOfficeAfterABracketForTheNextName() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES OF THE ORCHARD SOCIETY MEETING HELD ON 4 MAY 2021

                Present: Gus Hale (GH) Chair, Ida Moss (IM), Jon Park (JP)

                1. Accounts
                Received.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).containsExactly("Gus Hale", "Ida Moss", "Jon Park");
        assertThat(person(m, "Gus Hale").role()).isEqualTo(Role.CHAIR);
    }

    @Test
    void readsTheListUnderAWerePresentSubHeading() throws Exception {
        Meeting m = read("minutes.md", """
                # Toolkit Consortium steering committee, 24 April 2018

                ## Participants

                A poll fixed the date.

                ### Were present on the workshop day:
                Ann LEE; Bo EKSTROM; Cy DE VRIES; Di FOX-HALE

                ## Agenda

                - Budget
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name)
                .containsExactly("Ann LEE", "Bo EKSTROM", "Cy DE VRIES", "Di FOX-HALE");
    }

    @Test
    void readsNoOneFromProseUnderAWerePresentSubHeading() throws Exception {
        Meeting m = read("minutes.md", """
                # Toolkit Consortium steering committee, 24 April 2018

                ### Were present on the workshop day:
                Everyone enjoyed the weather and the long lunch.

                ## Agenda

                - Budget
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsNamesInCapitalsUnderABareLabel() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES OF THE REGULAR MEETING OF THE MILL CREEK TOWNSHIP COUNCIL HELD MAY 2, 2019

                COUNCIL MEMBERS
                PRESENT:

                ROSA VINT
                TAM OAKES
                WES YOUNG, Mayor

                CALL TO ORDER
                Mayor Young called the meeting to order.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).containsExactly("ROSA VINT", "TAM OAKES", "WES YOUNG");
        assertThat(Outline.of(m)).contains("CALL TO ORDER").doesNotContain("ROSA VINT", "TAM OAKES");
    }

    @Test
    void keepsInitialsInCapitalsAsWritten() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES OF THE ORCHARD SOCIETY MEETING HELD ON 4 MAY 2021

                PRESENT:
                PGL, NP, NB

                1. Accounts
                Received.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).containsExactly("PGL", "NP", "NB");
    }

    @Test
    void readsAChatListOfNicknamesWithAFewWrittenOtherwise() throws Exception {
        Meeting m = read("minutes.md", """
                # Reader Working Group - 2 June 2011

                ## Attendees ##

                Tomoko, kai-lun, brunoxyz, AnnLee, ottob, BoEkstrom, +CyDunn, vera\\_moss, DevRao, finnw, JoPark

                ## Previous minutes ##

                Approved.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name)
                .contains("Tomoko", "kai-lun", "brunoxyz", "AnnLee", "ottob", "BoEkstrom", "vera_moss", "DevRao", "finnw", "JoPark");
    }

    @Test
    void takesAScribeNamedInFullForTheNicknameListed() throws Exception {
        Meeting m = read("minutes.md", """
                # Reader Working Group - 2 June 2011

                Scribe: Ann Lee

                ## Attendees ##

                Tomoko, kai-lun, brunoxyz, AnnLee, ottob, BoEkstrom, DevRao, finnw, JoPark

                ## Previous minutes ##

                Approved. Bo Ekstrom to circulate them.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).contains("AnnLee").doesNotContain("Ann Lee");
        assertThat(m.agenda().get(m.agenda().size() - 1).actions().get(0).owners()).extracting(Object::toString)
                .anySatisfy(o -> assertThat(o).contains("BoEkstrom"));
        // A name run together without its capitals, or one word alone, is someone else.
        Meeting other = read("minutes.md", """
                # Reader Working Group - 2 June 2011

                Scribe: Ann Lee

                ## Attendees ##

                Tomoko, kai-lun, brunoxyz, annlee, ottob, BoEkstrom, DevRao, finnw, JoPark

                ## Previous minutes ##

                Approved.
                """);
        assertThat(other.attendees()).extracting(RunOnAttendanceFormsTest::name).contains("annlee", "Ann Lee");
    }

    @Test
    void readsNoNicknamesFromASentenceWithCommas() throws Exception {
        Meeting m = read("minutes.md", """
                # Reader Working Group - 2 June 2011

                ## Attendees ##

                Ann Lee, Bo Ek, budget, rent, cleaning, heating, lights, water

                ## Previous minutes ##

                Approved.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).doesNotContain("budget", "rent", "water");
    }

    @Test
    void readsEachEntrySetAsCodeAsOne() throws Exception {
        Meeting m = read("minutes.md", """
                # 2024-03-05 Agenda

                - **Present**: `Treasurer`, `WebAdmin`, `Chair`, `WebAdmin`, `Events Officer`
                - **Absent**: `Secretary`

                ## Chair:
                - Timetable - `Chair`
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name)
                .containsExactly("Treasurer", "WebAdmin", "Chair", "Events Officer", "Secretary");
        assertThat(person(m, "Chair").role()).isEqualTo(Role.CHAIR);
        assertThat(person(m, "WebAdmin").role()).isNull();
        assertThat(person(m, "Secretary").status()).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void readsAShortSurnameCasedWithAPrefixOrAHyphen() throws Exception {
        Meeting m = read("minutes.txt", """
                MINUTES OF THE VALLEY WATER DISTRICT BOARD, APRIL 9, 2018

                District Attendees:
                Roy McKay - Board Vice President
                Lin Ho-Ma - Finance Manager
                Ben Voss - Operations Superintendent

                1. Consent calendar
                Approved.
                """);
        assertThat(m.attendees()).extracting(RunOnAttendanceFormsTest::name).containsExactly("Roy McKay", "Lin Ho-Ma", "Ben Voss");
    }
}
