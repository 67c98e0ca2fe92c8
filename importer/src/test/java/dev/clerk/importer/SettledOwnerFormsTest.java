package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owners in the forms task trackers and plenum minutes write them, from invented minutes: the owner in brackets after
 * an "Action"/"TODO"/"AI" label, "Name: task" lines under what the meeting resolved or decided, an office by its
 * initials, a topic before a semicolon, and a user name in lower case from the attendance.
 */
class SettledOwnerFormsTest {
    @TempDir
    Path tmp;

    private Meeting read(String text) throws Exception {
        Path f = tmp.resolve("2024-05-14-minutes.md");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f).meeting();
    }

    private static List<String> actions(Meeting m) {
        return m.actionItems().stream().map(a -> a.owners() + " " + a.task()).toList();
    }

    @Test
    void readsTheOwnerInBracketsAfterALabel() throws Exception {
        Meeting m = read("""
                # Tool Library committee, 14 May 2024

                Present: Mara Quist, Devon Ohare, Lutz Brenner

                ## Lending scheme

                The scheme has lent forty drills this spring.

                TODO(Mara): Write up the spring figures for the newsletter.
                TODO(Devon): Ask the council about the second shed.

                ## Insurance

                Action [Lutz]: Get three quotes for public liability cover.
                AI[DO]: renew the domain before June.
                ACTION (@lutz) - Book the van for the fair.
                TODO (urgent): Find a new key holder.
                """);
        assertThat(actions(m)).containsExactly(
                "[Mara Quist] Write up the spring figures for the newsletter.",
                "[Devon Ohare] Ask the council about the second shed.",
                "[Lutz Brenner] Get three quotes for public liability cover.",
                "[DO] Renew the domain before June.",
                "[Lutz Brenner] Book the van for the fair.",
                "[] Find a new key holder.");
    }

    @Test
    void readsNameColonTaskUnderWhatWasResolvedInAnyMarkup() throws Exception {
        Meeting m = read("""
                # Makers Guild plenum 2024-05-14

                - Present: Ines, Bartosz, Kofi, Wren

                ### 19:30 Workshop

                - Discussion of the dust extraction.

                **Resolved**

                - Ines: Order a second extractor hose by Friday.
                - Bartosz/Wren: Sort out the rota for the laser cutter.
                - Budget: None spent.

                ### 19:45 Website

                Decisions:

                * Kofi: Move the calendar to the front page
                * Website: Update the photos.

                ### 20:00 Stores

                #### Outcomes

                Gideon: Label every shelf in the store room.
                Wren: Happy with the new layout.
                """);
        assertThat(actions(m)).containsExactly(
                "[Ines] Order a second extractor hose by Friday.",
                "[Bartosz, Wren] Sort out the rota for the laser cutter.",
                "[Kofi] Move the calendar to the front page",
                "[Gideon] Label every shelf in the store room.");
    }

    @Test
    void readsUserNamesOfficesByInitialsAndTopicsBeforeASemicolon() throws Exception {
        Meeting m = read("""
                # Campus Computing Club board, 14 May 2024

                Board members attending: Pia Lund (plund), Ravi Menon (rmenon), Tess Ochoa (tess)

                ## Printers

                The toner is low again.  plund volunteered to order two cartridges.
                The GM agreed to check the service contract.

                ## Reports

                - GARDEN PROJECT; Ravi Menon and Tess Ochoa will represent the club at the launch.
                - late arrivals will be noted in the log.
                """);
        assertThat(actions(m)).containsExactly(
                "[Pia Lund] Order two cartridges.",
                "[The GM] Check the service contract.",
                "[Ravi Menon, Tess Ochoa] Represent the club at the launch.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Luther: Introduce Ann to the treasurer|[Luther]|Introduce Ann to the treasurer
            1. Ann/Bo: Sort out the rota.|[Ann, Bo]|Sort out the rota.
            **Kim**: Draft the letter to the landlord.|[Kim]|Draft the letter to the landlord.
            """)
    void readsAnAssignedLine(String line, String owners, String task) {
        ActionItemRecognizer.Found f = ActionItemRecognizer.assignedLine(line);
        assertThat(f).isNotNull();
        assertThat(f.owners()).hasToString(owners);
        assertThat(f.task()).isEqualTo(task);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budget: None spent.", "Ann: The report was accepted.", "Wren: Happy with the layout.",
            "Daniel: There is a lot of goodwill.", "Bo: Approved unanimously.", "Kim: Should we move it?"})
    void readsNoTaskInWhatWasOnlySettledOrSaid(String line) {
        assertThat(ActionItemRecognizer.assignedLine(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The bins are full.  they will be emptied on Monday.", "It was late.  dunnthat left early."})
    void splitsSentencesAtTwoSpacesBeforeLowerCase(String text) {
        assertThat(Sentences.split(text)).hasSize(2);
    }
}
