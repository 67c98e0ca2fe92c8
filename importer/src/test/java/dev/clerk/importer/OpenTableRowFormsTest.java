package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.ModelWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Markdown table whose rows a converter wrote without their closing pipe, from invented minutes: the row whose last
 * cell ran on or was cut ("| Budget | AL | The treasurer posted the figures") is still a row of the table, an item
 * of its own in the table's order, and its text stays with it. A line led by a pipe under plain text is no row.
 */
class OpenTableRowFormsTest {

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }

    private static List<String> titles(Meeting m) {
        return m.agenda().stream().map(AgendaItem::title).filter(t -> !t.equals(LineKeeper.PREAMBLE)).toList();
    }

    private static final String MINUTES = """
            # Friends of the Library, Board Meeting, 3 March 2022

            | Subject | Lead | Notes |
            | -- | -- | -- |
            | Budget | AL | The treasurer posted the figures for January. |
            | Book sale | AL | Volunteers are needed for the spring sale; Maria will ask the schools
            | Web site | BK | The new page is live. |
            | Newsletter | BK | Issue four goes out in April and will carry the sale
            | Next meeting | AL | 7 April at the branch library. |
            """;

    @Test
    void readsARowWithoutItsClosingPipeAsARowOfTheTable() throws Exception {
        Meeting m = read(MINUTES);
        assertThat(titles(m)).containsExactly("Budget", "Book sale", "Web site", "Newsletter", "Next meeting");
    }

    @Test
    void keepsTheOpenRowsTextWithItsOwnItem() throws Exception {
        Meeting m = read(MINUTES);
        AgendaItem sale = m.agenda().stream().filter(i -> i.title().equals("Book sale")).findFirst().orElseThrow();
        assertThat(ModelWriter.yaml(m, null)).contains("Volunteers are needed for the spring sale");
        assertThat(String.join(" ", sale.narrative())).contains("Volunteers are needed for the spring sale");
        AgendaItem web = m.agenda().stream().filter(i -> i.title().equals("Web site")).findFirst().orElseThrow();
        assertThat(String.join(" ", web.narrative())).doesNotContain("Volunteers");
    }

    @Test
    void leavesAPipeLedLineUnderPlainTextAsText() throws Exception {
        Meeting m = read("""
                # Garden Club, 3 March 2022

                ## Plots

                The committee agreed the split below.
                | north beds | south beds | to be drawn by lot
                """);
        assertThat(titles(m)).containsExactly("Plots");
        assertThat(ModelWriter.yaml(m, null)).contains("north beds");
    }
}
