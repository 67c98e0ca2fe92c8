package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Body;
import dev.clerk.model.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The people an import offers to the roster ({@code clerk import --update-roster}): the attendees and the owners not on
 * it yet, but never the body itself or its organisation when the minutes give it a task ("Housing Connect will meet with
 * the city" in the minutes of the Housing Connect Board), which would otherwise be listed as an absent member.
 */
class NewPeopleTest {
    private static final String MINUTES = """
            %s

            March 4, 2025

            Present: Ann Lee, Bo Chu

            1. Reports
            - %s will publish the annual report by June 1.
            - Carla Diaz will send the letter to the county.
            """;

    @ParameterizedTest(name = "{1} in the minutes of {0}")
    @CsvSource(delimiter = '|', value = {
            "Westfield Housing Authority | Westfield Housing | Westfield Housing Authority Board: Minutes",
            "Parks Commission | Riverside Parks | Minutes of the Riverside Parks Commission",
            "Library Board of Trustees | Oak Valley Library | OAK VALLEY LIBRARY BOARD OF TRUSTEES"})
    void neverOffersTheBodyAsAPersonButOffersThePeople(String body, String organisation, String title)
            throws Exception {
        Body roster = new Body(body, null, null, null, null, List.of(), null, List.of(), null);
        ImportResult result = MinutesImporter.importText("minutes.txt", MINUTES.formatted(title, organisation),
                new ImportOptions(roster, LocalDate.of(2025, 3, 4)));
        assertThat(result.meeting().actionItems()).as("the organisation keeps its task, as written")
                .anySatisfy(a -> assertThat(a.owners()).containsExactly(organisation));
        assertThat(result.newPeople()).extracting(Person::name)
                .contains("Ann Lee", "Bo Chu", "Carla Diaz")
                .doesNotContain(organisation);
    }
}
