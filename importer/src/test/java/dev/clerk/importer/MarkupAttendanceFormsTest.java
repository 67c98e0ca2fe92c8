package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attendance and start time as working groups write them in document and wiki markup, in minutes made up for the
 * test: a reStructuredText "Attendees::" over an indented list, MediaWiki, Textile and AsciiDoc headings, a field
 * list; "Name - Office, Organisation"; a heading with the date before the word; "Name - Company (INITIALS)"; a label
 * and value table at the top with initials and the minute taker; user names in lower case; "1200 CEST".
 */
class MarkupAttendanceFormsTest {
    private static ImportResult imported(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none());
    }

    private static Meeting read(String name, String text) throws Exception {
        return imported(name, text).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.affiliation() + " | " + a.note();
    }

    @Test
    void readsAnRstLiteralBlockOfAttendeesWithDashedAffiliations() throws Exception {
        Meeting m = read("notes.rst", """
                =========================================
                Payments Working Group Notes (2021-03-08)
                =========================================

                DATE: 2021-03-08 10:02AM - 10:55AM EST

                Attendees::

                \t* Helga Marsh - Chair, Open Ledger Foundation
                \t* Tobias Reed - Finlake
                \t* Ines Ortega- Bank of Westport
                 \t* Kwame Asante  - Independent

                Helga Marsh called the meeting to order at 10:02AM.

                Scope
                =====

                The group reviewed the scope.
                """);
        assertThat(m.attendees()).extracting(MarkupAttendanceFormsTest::line).containsExactly(
                "Helga Marsh | Open Ledger Foundation | Chair",
                "Tobias Reed | Finlake | null",
                "Ines Ortega | Bank of Westport | null",
                "Kwame Asante | Independent | null");
        assertThat(m.start()).isEqualTo(LocalTime.of(10, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            MediaWiki heading    | == Attendees ==
            Textile heading      | h3. Present
            AsciiDoc block title | .Attendees
            bold line            | *Attendance*
            MediaWiki bold       | '''Present:'''
            date before the word | #### March 3 Attendees:
            ISO date first       | 2022-03-03 Attendees
            count in brackets    | Attendees (3)
            present today        | Present today:
            on the call          | Attendees on the call
            participants         | Participants:
            """)
    void readsAttendanceUnderHeadingsInMarkup(String form, String heading) throws Exception {
        Meeting m = read("notes.md", """
                Tooling Group - March 3, 2022

                %s
                * Priya Raman (Globex)
                * Owen Clarke
                * Sofia Lind

                == Release ==
                The release is due in April.
                """.formatted(heading));
        assertThat(m.attendees()).as(form).extracting(Attendee::name)
                .containsExactly("Priya Raman", "Owen Clarke", "Sofia Lind");
    }

    @Test
    void readsAnRstFieldListingTheAttendees() throws Exception {
        Meeting m = read("notes.rst", """
                =============
                Tooling Group
                =============

                :Date: 2022-03-03
                :Attendees: Priya Raman, Owen Clarke, Sofia Lind

                Release
                -------
                The release is due in April.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Priya Raman", "Owen Clarke", "Sofia Lind");
    }

    @Test
    void keepsTheInitialsAListGivesInBracketsAsTheNote() throws Exception {
        Meeting m = read("2022-03-03-notes.md", """
                # Localisation Working Group

                #### March 3, 2022 Attendees:
                - Priya Raman - Globex (PRN)
                - Owen Clarke - Initech - (OCL)
                - Sofia Lind - OpenJS & Umbrella (SLD)
                - Priya Raman - Globex (PRN)

                ## Discussion

                PRN: We should ship the plural rules first.

                OCL: Agreed.
                """);
        assertThat(m.attendees()).extracting(MarkupAttendanceFormsTest::line).containsExactly(
                "Priya Raman | Globex | PRN",
                "Owen Clarke | Initech | OCL",
                "Sofia Lind | OpenJS & Umbrella | SLD");
    }

    @Test
    void anAcronymInBracketsIsTheOrganisationUnlessItHoldsThePersonsInitials() throws Exception {
        Meeting m = read("notes.md", """
                # Tooling Group - March 3, 2022

                ## Attendees
                - Sam Roe (SAP)
                - Nadia Ortiz (NOR)
                - Carl Ek (IBM)

                ## Release
                The release is due in April.
                """);
        assertThat(m.attendees()).extracting(MarkupAttendanceFormsTest::line).containsExactly(
                "Sam Roe | SAP | null",
                "Nadia Ortiz | null | NOR",
                "Carl Ek | IBM | null");
    }

    @Test
    void resolvesTheShortFormsTheAttendanceGives() {
        NameIndex names = new NameIndex(null);
        names.add(new Attendee("Mihai Nikolov", null, AttendanceStatus.PRESENT, null, "MIK"));
        names.add(new Attendee("Shane Corr", "Acme", AttendanceStatus.PRESENT, null, "SFC"));
        assertThat(names.byInitials("MIK")).isEqualTo("Mihai Nikolov");
        assertThat(names.byInitials("SFC")).isEqualTo("Shane Corr");
        assertThat(names.byInitials("XYZ")).isNull();
    }

    @Test
    void readsALabelAndValueTableAtTheTop() throws Exception {
        ImportResult r = imported("notes.md", """
                # Tools Meeting 42

                |||
                |---|---|
                | Date | 5 March 2019, 1400 CET |
                | Location | Room 4 |
                | **Participants** | AB, KLM, RS, JT Minutes by DW. |

                ## Review of actions

                * 41-1 Status: done.
                """);
        Meeting m = r.meeting();
        assertThat(m.start()).isEqualTo(LocalTime.of(14, 0));
        assertThat(m.attendees()).extracting(MarkupAttendanceFormsTest::line).containsExactly(
                "AB | null | null", "KLM | null | null", "RS | null | null", "JT | null | null", "DW | null | minutes");
        assertThat(r.guesses()).filteredOn(g -> g.path().equals("attendees[0]")).singleElement()
                .satisfies(g -> assertThat(g.comment()).isEqualTo("check: \"AB\" is kept as the attendance writes it"
                        + " (initials or a user name): write the full name if it is known"));
        assertThat(m.location().name()).isEqualTo("Room 4");
    }

    @Test
    void keepsAUserNameInAListOfPeopleButNoCommonWord() throws Exception {
        Meeting m = read("notes.md", """
                # TWG 2022-05-12

                ## Present
                 * lexi quill
                 * Hécate
                 * Ann Berg
                 * others
                 * quorum reached
                 * @octocat

                ## Updates

                Work goes on.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("lexi quill", "Hécate", "Ann Berg", "@octocat");
    }

    @Test
    void aSentenceAboutParticipantsOrATableOfOtherFieldsNamesNoOne() throws Exception {
        Meeting m = read("notes.md", """
                # Tools Meeting 43 - 12 March 2019

                | Topic | Status |
                |---|---|
                | Release | Due in April |

                ## Survey
                Participants were asked to send their comments by Friday.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1200 CEST        | 12:00
            0930 UTC         | 09:30
            14.00 CET        | 14:00
            07:30 BST        | 07:30
            12:00 CEST call  | 12:00
            0900 AEST        | 09:00
            noon             | 12:00
            """)
    void readsTwentyFourHourTimesWithAZone(String text, String time) {
        TimeRecognizer.Found f = TimeRecognizer.first(text, null);
        assertThat(f.time()).isEqualTo(LocalTime.parse(time));
        assertThat(f.guessed()).isFalse();
    }

    @Test
    void leavesAZoneOfTheTwelveHourClockToBeSettled() {
        TimeRecognizer.Found f = TimeRecognizer.first("7:00 ET", null);
        assertThat(f.time()).isEqualTo(LocalTime.of(19, 0));
        assertThat(f.guessed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            paid 1200 USD
            section 14.00 of the rules
            """)
    void readsNoTimeInFiguresWithoutAZone(String text) {
        assertThat(TimeRecognizer.first(text, null)).isNull();
    }
}
