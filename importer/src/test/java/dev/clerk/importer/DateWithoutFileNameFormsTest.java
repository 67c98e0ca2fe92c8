package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.io.InputException;
import org.junit.jupiter.api.Test;

/**
 * Minutes in a file whose name gives no date ("minutes.md", as a clerk saves them), from invented minutes: the date in
 * the opening lines under a title heading ("# Harbour Trust Board" over "Meeting of May 4, 2021", "held this 4th day of
 * May, 2021", as formal minutes write it), or in the page's
 * front matter ("date: 2021-10-13 5:00pm"), is the meeting's, marked to be checked. Guards: a date in the course of a
 * minute, or another day's (a deadline), is no meeting date; a date in the file's name is still taken first.
 */
class DateWithoutFileNameFormsTest {

    private static final String MINUTES = """
            # Harbour Trust Board

            %s

            Present: Ann Lee, Bo Chen

            ## Budget

            The balance is 400 pounds.

            ## Hall

            The roof is mended.
            """;

    private static ImportResult read(String file, String text) throws Exception {
        return MinutesImporter.importText(file, text, ImportOptions.none());
    }

    @Test
    void takesTheDateOfTheOpeningLinesUnderATitleHeading() throws Exception {
        for (String opening : new String[] {"Meeting of May 4, 2021", "Held on 4 May 2021 at the boat house",
                "The meeting was held on May 4, 2021 at the hall, with the chair presiding.",
                "A REGULAR MEETING OF THE BOARD WAS HELD THIS 4TH DAY OF MAY, 2021 AT 7:00 P.M.",
                "Held on the 4th day of May 2021 in the boat house"}) {
            ImportResult r = read("minutes.md", MINUTES.formatted(opening));
            assertThat(r.meeting().date()).as(opening).hasToString("2021-05-04");
            assertThat(r.guesses()).anyMatch(g -> g.path().equals("date") && g.note().contains("check it"));
        }
    }

    @Test
    void takesTheDateOfThePagesFrontMatter() throws Exception {
        String page = "---\ntitle: Board meeting\ndate: 2021-10-13 5:00pm\n---\n" + MINUTES.formatted("Present: Cy Dee");
        ImportResult r = read("minutes.md", page);
        assertThat(r.meeting().date()).hasToString("2021-10-13");
        assertThat(r.guesses()).anyMatch(g -> g.path().equals("date") && g.note().contains("front matter"));
    }

    @Test
    void takesNoDateFromTheCourseOfAMinuteNorADeadline() {
        String minutes = MINUTES.formatted("Report of the officers") + "\n## Grants\n\nThe board noted that the grant"
                + " made on 17 May 2021 was spent on the roof of the hall, the new doors and the repairs to the slipway.\n";
        assertThatThrownBy(() -> read("minutes.md", minutes)).isInstanceOf(InputException.class)
                .hasMessageContaining("no meeting date");
        assertThatThrownBy(() -> read("minutes.md", MINUTES.formatted("Reports due by June 1, 2021")))
                .isInstanceOf(InputException.class);
    }

    @Test
    void stillTakesTheFileNamesDateFirst() throws Exception {
        ImportResult r = read("2021-05-11-minutes.md", MINUTES.formatted("Meeting of May 4, 2021"));
        assertThat(r.meeting().date()).hasToString("2021-05-11");
    }
}
