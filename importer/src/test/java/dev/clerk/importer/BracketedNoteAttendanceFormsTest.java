package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of people whose note in brackets holds a semicolon ("Natalie (joined late; on a phone)"): the semicolon
 * belongs to the note, so the list is still read as a comma list of people, one name a line or all on one line; and a
 * list that separates its people by semicolons ("Ann Lee, Chair; Bo Ek (late; remote)") still does. In minutes made
 * up for the test, with a guard: a note in brackets is never read as a person.
 */
class BracketedNoteAttendanceFormsTest {
    private static List<String> names(String text) throws Exception {
        return MinutesImporter.importText("club-2024-05-02.txt", text.replace("\\n", "\n"), ImportOptions.none())
                .meeting().attendees().stream().map(Attendee::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one name a line, commas       | # Club\\n\\n## Attendance\\nKate Moss,\\nJas Reet,\\nNatalie Wood (joined late; on a phone),\\nBrad Carr\\n\\n## Items\\n- Things. | Kate Moss;Jas Reet;Natalie Wood;Brad Carr
            one name a line, under Minutes | # Minutes\\n\\n## Attendees\\n\\n## Agenda\\nItems.\\n\\n## Attendance\\nKate Moss,\\nJas Reet,\\nNatalie Wood (joined late; on a phone),\\nBrad Carr\\n\\n- Policy reminder given | Kate Moss;Jas Reet;Natalie Wood;Brad Carr
            all on one line                | Club minutes\\n\\nPresent: Kate Moss, Jas Reet, Natalie Wood (joined late; on a phone), Brad Carr\\n\\n1. Items\\nThings. | Kate Moss;Jas Reet;Natalie Wood;Brad Carr
            semicolon list                 | Club minutes\\n\\nPresent: Kate Moss, Chair; Jas Reet (late; remote); Brad Carr\\n\\n1. Items\\nThings. | Kate Moss;Jas Reet;Brad Carr
            """)
    void readsTheListWithTheSemicolonInItsNote(String form, String text, String expected) throws Exception {
        List<String> names = names(text);
        assertThat(names).as(form).containsExactly(expected.split(";"));
        assertThat(names).as(form).noneMatch(n -> n.contains("on a phone") || n.contains("remote") || n.contains("late"));
    }
}
