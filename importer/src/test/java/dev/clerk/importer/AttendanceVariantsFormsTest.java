package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Attendance written in forms converters and tools leave, each in minutes made up for the test: a definition list's
 * items (":   Members present: ..."), a "Remote:" caption, user names in lower case in a comma list, an HTML
 * definition list ("<dt>Present</dt><dd>...</dd>") with a chat scribe's underscores, bold marks with a space inside
 * them, captions naming where people came from ("From Noise:", "Other:"), and names one to a line with blank lines
 * between them; with guards: a guess ("Maybe present:"), plural nouns, titles and sentences are no one.
 */
class AttendanceVariantsFormsTest {
    private static Meeting read(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }

    private static Meeting read(String text) throws Exception {
        return read("minutes.md", text);
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.affiliation();
    }

    @Test
    void readsADefinitionListsItemsWrappedOntoAnIndentedLine() throws Exception {
        Meeting m = read("""
                # Makerspace members meeting, March 8, 2022

                ## Time and place

                :   Date 3/8/22
                :   Called to order at 7:05 pm by Rosa
                :   Members present: Ann K., Bo T., Rosa M., Cy D., Quill, Dora
                    P., Emil R. and Finn S.
                :   Members remote: jdoe, kquill and mtran
                :   Others present: Gretel, Hamid

                ## Treasurer's report

                We have $2,000 in the bank.
                """);
        assertThat(m.attendees()).extracting(AttendanceVariantsFormsTest::line).containsExactly(
                "Ann K. | present | null", "Bo T. | present | null", "Rosa M. | present | null",
                "Cy D. | present | null", "Quill | present | null", "Dora P. | present | null",
                "Emil R. | present | null", "Finn S. | present | null", "jdoe | present | null",
                "kquill | present | null", "mtran | present | null", "Gretel | present | null",
                "Hamid | present | null");
        assertThat(Outline.of(m)).contains("Time and place");
    }

    @Test
    void readsADefinitionItemsRegretsAsExcused() throws Exception {
        Meeting m = read("""
                # Garden club, March 8, 2022

                :  Present: Ann Lee, Bo Chan
                :  Regrets: Cy Dunn

                ## Seeds

                Seeds were ordered.
                """);
        assertThat(m.attendees()).extracting(AttendanceVariantsFormsTest::line).containsExactly(
                "Ann Lee | present | null", "Bo Chan | present | null", "Cy Dunn | excused | null");
    }

    @Test
    void readsARemoteCaption() throws Exception {
        Meeting m = read("""
                Tenants association, March 3, 2022

                Present: Ann Lee, Bo Chan
                Remote: Cy Dunn, Dee Ek

                Remote access: the landlord will fix the entry phone.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chan", "Cy Dunn", "Dee Ek");
    }

    @Test
    void userNamesInACommaListButNoPluralNouns() throws Exception {
        Meeting m = read("""
                Build team sync, March 3, 2022

                Attendees: Ann Lee, jdoe, kquill
                Also present: staff, volunteers and parents

                ## Release

                The release is on Friday.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "jdoe", "kquill");
    }

    @Test
    void readsAnHtmlDefinitionListsTermsAsLabels() throws Exception {
        Meeting m = read("minutes.html", """
                <html><body>
                <h1>Web Payments</h1>
                <h2>02 October 2025</h2>
                <h2>Attendees</h2>
                <dl class=intro>
                <dt>Present</dt><dd>Daniel_Peintner, Ege_Korkan, Kunihiko_Toumura</dd>
                <dt>Regrets</dt><dd>Ann_Lee</dd>
                <dt>Scribe</dt><dd>mjk</dd>
                </dl>
                <h2>Meeting minutes</h2>
                <p>The group went over the draft.</p>
                <p class=warning>Maybe present: dape, henk, Vignesh</p>
                </body></html>
                """);
        assertThat(m.attendees()).extracting(AttendanceVariantsFormsTest::line).containsExactly(
                "Daniel Peintner | present | null", "Ege Korkan | present | null", "Kunihiko Toumura | present | null",
                "Ann Lee | excused | null");
    }

    @Test
    void aGuessedAttendanceIsNoRoll() throws Exception {
        Meeting m = read("""
                Standards call, March 3, 2022

                Maybe present: dape, henk, Vignesh
                Possibly attending: Ann Lee

                ## Draft

                The draft was reviewed.
                """);
        assertThat(m.attendees()).isEmpty();
    }

    @Test
    void readsABoldLabelWithASpaceInsideItsMarks() throws Exception {
        for (String label : new String[] {"\\*\\*Members Present \\*\\*", "**Attendees **", "__ Present__"}) {
            Meeting m = read("""
                    # Committee Meeting 2011-02-01

                    %s

                    -   Ann Lee
                    -   Bo Chan

                    **Meeting Times**

                    -   Opened: 20:10
                    """.formatted(label));
            assertThat(m.attendees()).as(label).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chan");
        }
    }

    @Test
    void readsCaptionsNamingWherePeopleCameFrom() throws Exception {
        Meeting m = read("""
                # Collective meeting, 14 November 2024

                ## In attendance

                - From Noise: Pepsi, Ren, Billy
                - From the Parish Council: Ann Lee, Bo Chan
                - Other: Sankalp (Gamamari)

                ## Agenda Items

                - Articles to go out on Saturday
                """);
        assertThat(m.attendees()).extracting(AttendanceVariantsFormsTest::line).containsExactly(
                "Pepsi | present | Noise", "Ren | present | Noise", "Billy | present | Noise",
                "Ann Lee | present | Parish Council", "Bo Chan | present | Parish Council",
                "Sankalp | present | null");
    }

    @Test
    void aCaptionFromSomewhereOverASentenceIsNoOne() throws Exception {
        Meeting m = read("""
                # Residents meeting, 14 November 2024

                ## In attendance

                - Ann Lee
                - Bo Chan
                - From the floor: concerns about parking were raised by several residents.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chan");
    }

    @Test
    void readsNamesOneToALineWithBlankLinesBetween() throws Exception {
        Meeting m = read("""
                Ultimate League Board Meeting - 4/22/04

                Board Members Present:

                Ann Lee

                Bo Chan

                Cy Dunn

                Absent:

                Dee Ek

                Finn Gray

                The meeting was called to order at 7:10 p.m.
                """);
        assertThat(m.attendees()).extracting(AttendanceVariantsFormsTest::line).containsExactly(
                "Ann Lee | present | null", "Bo Chan | present | null", "Cy Dunn | present | null",
                "Dee Ek | absent | null", "Finn Gray | absent | null");
    }

    @Test
    void aTitleAfterSpacedNamesIsNoOne() throws Exception {
        Meeting m = read("""
                Ultimate League Board Meeting - 4/22/04

                Present:

                Ann Lee

                Old Business

                Public Comment

                The fields were booked.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ann Lee");
    }
}
