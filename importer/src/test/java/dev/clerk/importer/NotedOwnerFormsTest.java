package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Action owners in the notes a staff call or a small committee keeps, from invented minutes: a note of a list that
 * opens with who does it, a colon or a dash, and the task ("Pia: send the form", "Omar- go over the claim", "Pia and
 * Omar - book the hall"); a note on a topic whose last dash gives the task to someone ("Venue - Omar ring the caretaker");
 * the people of such notes written as a line of given names alone ("_Pia, Omar, Lena, Rafe_"). And the guards: a report
 * in the same form ("Pia: no news yet", "Omar - finished the draft"), a topic before the colon ("Website: update the
 * page"), a word no one is named ("Budget - review it"), and a transcript's speaker giving someone else a task.
 */
class NotedOwnerFormsTest {

    @Test
    void readsTheOwnerThatOpensANestedNoteBeforeAColonOrADash() throws Exception {
        Meeting m = imported("""
                # Staff call, 4 March 2024

                Present: Pia Marsh, Omar Reyes, Lena Holt

                ## Operations

                * Van insurance - renewal due in May
                  * Omar- go over the claim with the broker
                  * Pia: send the signed renewal to the broker
                  * Lena - call the garage about the service
                """);
        assertThat(Owners.byTask(m)).containsExactly(
                java.util.Map.entry("Go over the claim with the broker", "[Omar Reyes]"),
                java.util.Map.entry("Send the signed renewal to the broker", "[Pia Marsh]"),
                java.util.Map.entry("Call the garage about the service", "[Lena Holt]"));
    }

    @Test
    void readsSeveralOwnersBeforeTheDash() throws Exception {
        Meeting m = imported("""
                # Staff call, 4 March 2024

                Present: Pia Marsh, Omar Reyes, Lena Holt

                ## Events

                * Pia and Omar - book the hall for the open day
                * Lena/Pia: print the flyers
                """);
        assertThat(Owners.byTask(m)).containsExactly(
                java.util.Map.entry("Book the hall for the open day", "[Pia Marsh, Omar Reyes]"),
                java.util.Map.entry("Print the flyers", "[Lena Holt, Pia Marsh]"));
    }

    @Test
    void readsTheOwnerAfterTheLastDashOfANoteOnATopic() throws Exception {
        Meeting m = imported("""
                # Staff call, 4 March 2024

                Present: Pia Marsh, Omar Reyes, Lena Holt

                ## Venues

                * Riverside hall - the caretaker replied, the fee is unclear. - Omar ring him about the deposit.
                """);
        assertThat(Owners.byTask(m)).containsExactly(
                java.util.Map.entry("Ring him about the deposit.", "[Omar Reyes]"));
    }

    @Test
    void readsTheGivenNamesOfALineOfThemAloneAsThePeopleOfTheNotes() throws Exception {
        Meeting m = imported("""
                # Staff call notes 4 March 2024

                _Pia, Omar, Lena, Rafe_

                ### Operations

                * Van insurance - claim still open
                  * Rafe- go over the claim form
                  * Lena: send the photos to the broker
                """);
        assertThat(Owners.byTask(m)).containsExactly(
                java.util.Map.entry("Go over the claim form", "[Rafe]"),
                java.util.Map.entry("Send the photos to the broker", "[Lena]"));
    }

    @Test
    void readsNoTaskFromAReportATopicOrAWordNoOneIsNamed() throws Exception {
        Meeting m = imported("""
                # Staff call, 4 March 2024

                Present: Pia Marsh, Omar Reyes, Lena Holt

                ## Updates

                * Van insurance
                  * Pia: no news yet from the broker
                  * Omar - finished the draft of the claim
                  * Lena- waiting on the garage
                * Website: update the page
                * Budget - review it before May
                * Grant report - the panel meets in May. - Trustees talk about it in June.
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void readsNoTaskFromALineOfTopicsWrittenLikeGivenNames() throws Exception {
        Meeting m = imported("""
                # Staff call notes 4 March 2024

                _Finance, Roads, Planning, Events_

                ### Notes

                * Roads: check the potholes list
                * Events - book the hall
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void readsNoTaskFromATranscriptSpeakerAskingSomeoneElse() throws Exception {
        Meeting m = imported("""
                # Review call, 4 March 2024

                Present: Pia Marsh, Omar Reyes

                ## Reviews

                * Pia: I looked at the draft last week.
                * Omar: It reads well to me.
                * Pia: ask the editors to check the tables first.
                * Pia: I think that covers it.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners().toString()).doesNotContain("[Pia Marsh]");
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
