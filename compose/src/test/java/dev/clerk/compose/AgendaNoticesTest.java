package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Dump;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.ModelReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The notices at the end of an agenda: the body's own as the committee words them, else the standard ones, worded
 * from the catalogue with whom to contact.
 */
class AgendaNoticesTest {
    private static String notices(String committee) throws Exception {
        return notices(committee, false);
    }

    private static String notices(String committee, boolean sources) throws Exception {
        Meeting m = ModelReader.parseMeeting("2024-01-10.yaml", "date: 2024-01-10\nagenda: [{title: Budget}]\n")
                .value();
        var doc = AgendaComposer.compose(Agenda.of(
                new Committee(ModelReader.parseBody("committee.yaml", committee).value(), List.of(m)), m));
        String dump = sources ? Dump.withSources(doc) : Dump.of(doc);
        return dump.substring(dump.indexOf("h2 section: Notices"));
    }

    private static String access(String contact) {
        return "body: **Disability access****. **To request a disability-related modification or accommodation,"
                + " including auxiliary aids or services, to take part in this meeting, please contact " + contact
                + " at least 72 hours before the meeting. Late requests will be honored if possible.\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "staff with affiliation and email | {name: Ida Roe, role: staff, affiliation: Parks Department,"
                    + " email: ida@example.org} | Ida Roe, Parks Department, at ida@example.org",
            "staff with email | {name: Ida Roe, role: staff, email: ida@example.org} | Ida Roe at ida@example.org",
            "staff with affiliation | {name: Ida Roe, role: staff, affiliation: Parks Department}"
                    + " | Ida Roe, Parks Department",
            "staff alone | {name: Ida Roe, role: staff} | Ida Roe",
            "staff declaring a language | {name: Tomás Ruiz, role: staff, lang: es} | {es:Tomás Ruiz}",
            "no staff | {name: Ben Ng} | the Department of Parks",
    })
    void contactsTheFirstStaffMemberElseTheDepartment(String name, String person, String contact) throws Exception {
        assertThat(notices("name: Parks Board\ndepartment: Department of Parks\npeople:\n  - {name: Ben Ng}\n  - "
                + person + "\n")).contains(access(contact));
    }

    @Test
    void wordsTheStandardNoticesWithTheStaffOfTheBodyWhenNoOneElseIsKnown() throws Exception {
        assertThat(notices("name: Parks Board\n")).isEqualTo("""
                h2 section: Notices #notices
                """ + access("the staff of the Parks Board") + """
                body: **Language interpretation****. **To request an interpreter for a language other than English,\
                 including American Sign Language, please contact the staff of the Parks Board at least 72 hours before\
                 the meeting. Late requests will be honored if possible.
                body: **Public comment****. **Members of the public may comment on each item on this agenda\
                 before or while it is taken up, and on any matter within the jurisdiction of the Parks Board during\
                 general public comment. The chair may limit the time given to each speaker.
                """);
        assertThat(notices("name: Parks Board\n", true)).contains("the staff of the Parks Board«committee:name»");
    }

    @Test
    void printsTheBodysOwnNoticesInsteadWithTheirSources() throws Exception {
        assertThat(notices("""
                name: Parks Board
                people: [{name: Ida Roe, role: staff}]
                defaults:
                  notices:
                    - {title: Accessibility, text: The room is wheelchair accessible.}
                """, true)).isEqualTo("""
                h2 section: Notices #notices
                body: **Accessibility**«committee:defaults.notices[0].title»**. **The room is wheelchair\
                 accessible.«committee:defaults.notices[0].text»
                """);
    }
}
