package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owners the document's people give, from invented minutes: a sign-up list of who brings or does what ("Chairs and
 * tables - Lori", "Water - 9 gal Sara"), a list item that opens with a person and a bare verb ("Pat send the flyer"),
 * the people a page's front matter lists in lower case ("members: [pat, sara]"), and a name the document lists one a
 * line ("Victoria Richardson,") as the owner of "Victoria to ..." even when the attendance was not read. Guards: a
 * capitalised word that is no one the document names is no owner ("Board Games", "Research Updates"), nor a name after
 * "with" or "by", nor a past or a thought ("Ian set up", "Arun thought").
 */
class SignUpOwnerFormsTest {
    @TempDir
    Path tmp;

    /** Each dash a sign-up list writes between the task and the person. */
    @ParameterizedTest
    @ValueSource(strings = {"-", "–", "—"})
    void readsTheNameAfterADashInASignUpListAsTheOwner(String dash) throws Exception {
        Meeting m = imported("""
                # Garden club minutes

                Present: Ann Lee, Bo Chen, Cy Diaz

                ## Picnic
                * Chairs and tables %1$s Ann
                * Paper products %1$s Bo
                * Lemonade - 9 gal Cy
                * Cy send the flyer by email this week
                """.formatted(dash));
        assertThat(Owners.byTask(m)).containsEntry("Chairs and tables", "[Ann Lee]").containsEntry("Paper products", "[Bo Chen]")
                .containsEntry("Lemonade - 9 gal", "[Cy Diaz]").containsEntry("Send the flyer by email this week", "[Cy Diaz]");
    }

    @Test
    void readsThePeopleAFrontMatterListsInLowerCase() throws Exception {
        Meeting m = imported("""
                ---
                layout: post
                members: [powell, lori, pat]
                ---
                # Board minutes

                ## Picnic
                * Beer - 2x 5 gallons Powell
                * Ice - 4 bags Powell
                * Decorations purchase - Lori
                * 1 grill - pat
                * Pat will hand deliver the flyer
                """);
        assertThat(Owners.byTask(m)).containsEntry("Beer - 2x 5 gallons", "[Powell]").containsEntry("Ice - 4 bags", "[Powell]")
                .containsEntry("Decorations purchase", "[Lori]").containsEntry("1 grill", "[Pat]")
                .containsEntry("Hand deliver the flyer", "[Pat]");
    }

    @Test
    void readsANameListedOneALineAsAPerson() throws Exception {
        Meeting m = imported("""
                # Community group minutes

                ## Attendance
                Kate Virgona,
                Natalie (joined late; only identified as "Natalie's phone"),
                Victoria Richardson,
                Dima Postnikov

                ## Previous actions
                - Federal trials under way
                - **Victoria to share the EU paper (ACTION)**
                - Dima to include an events section in the next agenda
                """);
        // The attendance names them in full, so the owners are the full names.
        assertThat(Owners.byTask(m).values()).contains("[Victoria Richardson]", "[Dima Postnikov]");
    }

    /** A capitalised word that is no one the document names, or a name after "with", is no owner. */
    @ParameterizedTest
    @ValueSource(strings = {"Board Games", "Research Updates", "Natural Language Corners", "Hall booking - Tuesday",
        "Meeting with Bo", "Minutes taken by Ann", "Welcome Cy", "Ann thought that the hall is too small",
        "Bo set up the chairs", "Ann went to the council", "Outreach - Agenda", "Ann facilitating, Bo taking notes",
        "Cy chairing"})
    void readsNoOwnerFromAWordThatIsNoPersonOrNotTheirTask(String line) throws Exception {
        Meeting m = imported("""
                # Games club minutes

                Present: Ann Lee, Bo Chen, Cy Diaz

                ## Events
                * Chairs and tables - Ann
                * Paper products - Bo
                * %s
                """.formatted(line));
        assertThat(m.actionItems()).hasSize(2);
    }


    private Meeting imported(String text) throws Exception {
        Path f = tmp.resolve("2025-04-08-minutes.md");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f).meeting();
    }
}
