package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Those present named by their office alone, as societies and clubs that publish their minutes write them, in minutes
 * made up for the test: "Present: Ann Lee, Chair, Secretary, Treasurer", in plain text or as Markdown code spans;
 * and the guards: an office written right after a name is that person's (even where the name already has an office
 * before it), an office right before a name goes with the name, and the public is no one.
 */
class OfficeAloneAttendanceFormsTest {

    private static Meeting read(String attendance) throws Exception {
        return MinutesImporter.importText("minutes.md", "# Chess Club committee, 4 May 2021\n\n" + attendance
                + "\n\n## Budget\n\nThe budget was agreed.\n", ImportOptions.none()).meeting();
    }

    private static String line(Attendee a) {
        return a.name() + " | " + a.status() + " | " + a.role() + " | " + a.note();
    }

    @Test
    void readsOfficesStandingAloneInTheListAsThoseWhoHoldThem() throws Exception {
        assertThat(read("Present: Ann Lee, Chair, Secretary, Treasurer").attendees()).extracting(
                OfficeAloneAttendanceFormsTest::line).containsExactly("Ann Lee | present | chair | null",
                "Secretary | present | null | null", "Treasurer | present | null | null");
        assertThat(read("- **Present**: `Chair`, `Treasurer`, `Minutes Secretary`\n- **Apologies**: `Vice-Chair`")
                .attendees()).extracting(OfficeAloneAttendanceFormsTest::line).containsExactly(
                "Chair | present | chair | null", "Treasurer | present | null | null",
                "Minutes Secretary | present | null | null", "Vice-Chair | excused | null | null");
    }

    @Test
    void keepsAnOfficeBesideANameWithThatPersonAndTheMembersOfThePublicOut() throws Exception {
        assertThat(read("Present: Ann Lee, Chair, Bo Chan, Treasurer").attendees()).extracting(
                OfficeAloneAttendanceFormsTest::line).containsExactly("Ann Lee | present | chair | null",
                "Bo Chan | present | null | Treasurer");
        assertThat(read("Present: Treasurer Ann Lee, Secretary Bo Chan").attendees()).extracting(Attendee::name)
                .containsExactly("Ann Lee", "Bo Chan");
        assertThat(read("Present: Councillor G. Moss, Mayor, Ann Lee, Bo Chan").attendees()).extracting(Attendee::name)
                .containsExactly("G. Moss", "Ann Lee", "Bo Chan");
        assertThat(read("Present: Chair, Secretary, Treasurer, Ann Lee").attendees()).extracting(Attendee::name)
                .containsExactly("Chair", "Secretary", "Ann Lee");
        assertThat(read("Present: Ann Lee, Bo Chan, Cy Dent and members of the public").attendees())
                .extracting(Attendee::name).containsExactly("Ann Lee", "Bo Chan", "Cy Dent");
    }
}
