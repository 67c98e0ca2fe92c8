package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Owners in more of the forms minutes write them, from invented minutes: the owner in brackets after the task, round or
 * square, in a to-do list; initials that spell a small word ("AS", "AT"); given names, two or more, before "to"; a
 * sentence set in brackets; an organisation that owns a line of an action list; and one of the meeting's people alone
 * on a line over a list of commands.
 */
class BracketInitialsAndNameLineOwnerFormsTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheOwnerInBracketsAfterTheTaskOfAToDoList() throws Exception {
        Meeting m = imported("""
                # Orchard group, April 8, 2025

                ## Pruning
                The old pear tree needs work.

                ## TODO Items

                - Order new ladders before the open day (Ines)
                - Sharpen the loppers for the winter prune (Ines & Rafael)
                - Book the cider press for October [Tobias]
                """);
        assertThat(Owners.byTask(m)).containsExactly(
                Map.entry("Order new ladders before the open day", "[Ines]"),
                Map.entry("Sharpen the loppers for the winter prune", "[Ines, Rafael]"),
                Map.entry("Book the cider press for October", "[Tobias]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Order two new hoses [Priya]|[Priya]|Order two new hoses
            Repaint the gate (the Secretary)|[the Secretary]|Repaint the gate
            """)
    void readsTheOwnerInSquareOrRoundBracketsAfterAnActionLine(String line, String owners, String task) {
        ActionItemRecognizer.Found f = ActionItemRecognizer.actionLine(line);
        assertThat(f.owners()).hasToString(owners);
        assertThat(f.task()).isEqualTo(task);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            AS to book the hall for the fete.|[AS]|Book the hall for the fete.
            AT will bring the urn.|[AT]|Bring the urn.
            Fencing – AS to ask the farmer about the gap.|[AS]|Ask the farmer about the gap.
            (Ann Lee and Bo Chan to survey the verge.)|[Ann Lee, Bo Chan]|Survey the verge.
            (A. Moss/K. Dunne to measure the pitch).|[A. Moss, K. Dunne]|Measure the pitch
            """)
    void readsInitialsThatSpellAWordAndASentenceInBrackets(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @Test
    void keepsTwoNamesJoinedByASlashWithTheirInitialsInOneSentence() {
        assertThat(Sentences.plain("The verge is overgrown. (A. Moss/K. Dunne to measure the pitch)."))
                .containsExactly("The verge is overgrown.", "(A. Moss/K. Dunne to measure the pitch).");
    }

    @Test
    void readsInitialsAndSeveralGivenNamesBeforeToAsOwnersWithoutAnAttendance() throws Exception {
        Meeting m = imported("""
                # Orchard group, April 8, 2025

                ## Open day
                Stalls were discussed. Wren, Hal and Juno to run the plant stall. AS to check the rota.
                """);
        assertThat(Owners.byTask(m)).containsExactly(
                Map.entry("Run the plant stall.", "[Wren, Hal, Juno]"),
                Map.entry("Check the rota.", "[AS]"));
    }

    @Test
    void readsAnOrganisationThatOwnsALineOfAnActionList() throws Exception {
        Meeting m = imported("""
                # Orchard group, April 8, 2025

                ## Next steps
                * **Letting Company:** Send the new tenancy terms to the committee.
                """);
        assertThat(Owners.byTask(m)).containsExactly(
                Map.entry("Send the new tenancy terms to the committee.", "[Letting Company]"));
    }

    @Test
    void readsAPersonAloneOnALineOverAListOfCommandsAsTheirTasks() throws Exception {
        Meeting m = imported("""
                # Orchard group, April 8, 2025

                ## Present
                Ines Vidal, Rafael Soto, Tobias Lind

                ## Who does what

                Ines

                - Book the village hall for the autumn show
                - Work with Rafael on the grafting class

                Tobias

                - Reserve a stall for the cider talk

                ## Reports

                Rafael

                - Summary of the winter prune
                - Budget is on track

                ## Matters Arising

                Harvest Supper

                - Book the marquee before June
                """);
        assertThat(Owners.byTask(m)).containsExactly(
                Map.entry("Book the village hall for the autumn show", "[Ines Vidal]"),
                Map.entry("Work with Rafael on the grafting class", "[Ines Vidal]"),
                Map.entry("Reserve a stall for the cider talk", "[Tobias Lind]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ring the printer about the flyers|true
            Reserve a stall for the fair|true
            Work with Bo on the grant|true
            Summary of the talks|false
            Budget is on track|false
            Grant approved by the council|false
            Election of officers|false
            Will the hall be free?|false
            Cost $74|false
            Jim Lee resigned from the board|false
            Vote not held this year|false
            Contact Corwin about the flyers|true
            """)
    void tellsACommandFromATopicAndItsNote(String line, boolean command) {
        assertThat(ActionItemRecognizer.opensWithCommand(line)).isEqualTo(command);
    }

    private Meeting imported(String text) throws Exception {
        Path f = tmp.resolve("2025-04-08-minutes.md");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f).meeting();
    }
}
