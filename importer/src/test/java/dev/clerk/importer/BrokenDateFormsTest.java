package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title set over several lines that breaks the meeting's date between two of them ("... ON WEDNESDAY, 2ND" over
 * "JULY, 2014, AT 10.00 A.M."), as councils' minutes extracted from a PDF open: the date and the time read from the two
 * lines together, the second line the title's, no section. In minutes made up for the test; the file name gives no
 * date, so that the date must come from the text.
 */
class BrokenDateFormsTest {
    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    private static final String COUNCIL = """
            MINUTES OF PROCEEDINGS AT MEETING OF THE PARISH COUNCIL
            %1$s
            HELD IN THE VILLAGE HALL, MILL LANE, ON TUESDAY, 12TH
            %1$s
            MARCH, 2024, AT 7.30 P.M.

            PRESENT: Councillors Lindqvist, Penhale and Adeyemi.

            1. Apologies

            None were received.

            2. Playground

            It was agreed that the swings would be repaired before the summer.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"", "\n"})
    void readsADateBrokenOverTwoLinesOfTheTitle(String between) throws Exception {
        Meeting m = read(COUNCIL.formatted(between));
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 30));
        assertThat(Outline.of(m)).containsExactly("Apologies", "Playground");
    }

    @Test
    void readsADateBrokenBetweenTheMonthAndTheDayInPlainType() throws Exception {
        Meeting m = read("""
                Minutes of the meeting of the Allotment Society held on Tuesday, March
                12, 2024 at 7 p.m. in the Scout Hut

                Present: Mara Lindqvist, Oskar Penhale

                1. Water troughs

                The troughs leak again.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(m.start()).isEqualTo(LocalTime.of(19, 0));
    }

    @Test
    void joinsNoLinesWhoseNumbersAreNoYear() throws Exception {
        Meeting m = read("""
                Allotment Society, committee meeting of 5 March 2024

                The plots were inspected in March
                12 plots need clearing.

                1. Water troughs

                The troughs leak again.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void takesNoTimeFromAPageStampBrokenOverTwoLines() throws Exception {
        Meeting m = read("""
                PARISH COUNCIL MINUTES, TUESDAY 12TH MARCH 2024

                Posted by the clerk on Thursday, 14th
                March, 2024 at 9.15 a.m.

                1. Apologies

                None were received.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(m.start()).isNull();
    }
}
