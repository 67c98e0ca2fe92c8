package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Owners and sections in more of the forms minutes use, from invented minutes: action lists whose owners are groups or
 * organisations, undertakings later in a paragraph ("If ..., Kirk will", "has tentatively agreed to"), a motion that
 * gives a body a task, notes under a list item that say what its speaker will do, speakers by initials, and the
 * "Consent Agenda" heading.
 */
class GroupOwnerFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Parks Foundation: Ask the city about the tree survey.|[Parks Foundation]|Ask the city about the tree survey.
            All members: Renew the membership before June.|[All members]|Renew the membership before June.
            Interested members: Sign up for the spring workshop.|[Interested members]|Sign up for the spring workshop.
            The board – Review the insurance renewal.|[The board]|Review the insurance renewal.
            Everyone: Read the draft charter.|[Everyone]|Read the draft charter.
            Docs teams: Move the guides to the new site.|[Docs teams]|Move the guides to the new site.
            [ ] Lena to book the hall for May|[Lena]|Book the hall for May
            [x] Staff: Post the agenda.|[Staff]|Post the agenda.
            """)
    void readsGroupsAndOrganisationsAsOwnersOfActionLines(String line, String owners, String task) {
        ActionItemRecognizer.Found f = ActionItemRecognizer.actionLine(line);
        assertThat(f.owners()).hasToString(owners);
        assertThat(f.task()).isEqualTo(task);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nadia KD9ZZT has tentatively agreed to run the raffle.|[Nadia KD9ZZT]|Run the raffle.
            Omar kindly offered to bring the projector.|[Omar]|Bring the projector.
            Turnout was low this spring, so Garden teams will meet monthly.|[Garden teams]|Meet monthly.
            Owners of the proposals should open an issue each.|[Owners of the proposals]|Open an issue each.
            Lena moved for $200 for the Events Committee to buy new banners.|[the Events Committee]|Buy new banners.
            Motion to authorize the Treasurer to pay the hall invoice.|[the Treasurer]|Pay the hall invoice.
            Ravi moved that the Clerk write to the county about the verge.|[the Clerk]|Write to the county about the verge.
            """)
    void readsUndertakingsAgreementsAndMotionsThatGiveATask(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @Test
    void readsNoTaskFromAMotionThatNamesNoOneOrANoteWithoutASpeaker() {
        assertThat(ActionItemRecognizer.inSentence("Motion to approve the minutes as written.", null)).isEmpty();
        assertThat(ActionItemRecognizer.continued("Ann", "Blog posts are currently in review")).isNull();
        assertThat(ActionItemRecognizer.continued("the group", "Going to meet again in May")).isNull();
        assertThat(ActionItemRecognizer.continued("Ann", "Going to work with Bob on that").task())
                .isEqualTo("Work with Bob on that");
    }

    @Test
    void keepsGroupOwnersAsWrittenWhenThereIsNoRoster() throws Exception {
        Meeting m = imported("""
                # Garden club minutes, April 8, 2025

                ## Present
                - Lena Ortiz
                - Ravi Patel

                ## Action points
                * Lena: Order the seed catalogue
                * All members: Bring one plant to the swap
                * Interested members: Join the pruning class on May 3
                * Parks Foundation: Confirm the date of the tree walk
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners().toString()).containsExactly("[Lena Ortiz]",
                "[All members]", "[Interested members]", "[Parks Foundation]");
    }

    @Test
    void readsUndertakingsLaterInAParagraphAndTheirSpeakersByCallSign() throws Exception {
        Meeting m = imported("""
                # Prairie Radio Club minutes, June 14, 2024

                ## Reports

                Nadia KD9ZZT reported the field day plans are going well. Nadia will ask the county for the park
                permit. If the weather is poor Omar will move the station into the shelter.

                Omar KE1ABC reported on the new antenna.

                * Ravi WB2XYZ has tentatively agreed to run the raffle
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Nadia] Ask the county for the park permit.",
                "[Omar] If the weather is poor, move the station into the shelter.",
                "[Ravi WB2XYZ] Run the raffle");
    }

    @Test
    void givesANoteUnderAListItemToThePersonTheItemOpensWith() throws Exception {
        Meeting m = imported("""
                # Docs team call, March 3, 2025

                ## Attendees
                - Ann Lee
                - Bob Stone
                - Cara Diaz

                ## Notes
                - Release planning
                  - Ann suggested doing a trial release to check the workflows
                    - Going to work with Bob on that
                  - Bob provided an update on the mirrors
                    - Meeting with the hosting team next week
                  - Cara asked about the changelog
                    - Blog posts are currently in review
                  - The old builds were removed, so Docs teams will start to update the links
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Ann Lee] Work with Bob on that",
                "[Bob Stone] Meeting with the hosting team next week",
                "[Docs teams] Start to update the links");
    }

    @Test
    void readsSpeakersByInitialsAndEachSpeakerOfARunTogetherTranscript() throws Exception {
        Meeting m = imported("""
                # Syntax working group, February 10, 2025

                ## Attendees
                - Ana Costa (ACO)
                - Piet Mol (PMO)

                ## Discussion

                ACO: The thread is getting long.
                PMO: Agreed, it needs splitting.
                PMO : Once the list is split i will label the issues and write the guide
                ACO: We should keep the data model apart. Piet: I'll sketch that before the next meeting.

                To-Do: Owners of the proposals should open one issue each.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners().get(0) + " " + a.task()).containsExactly(
                "PMO Label the issues and write the guide",
                "Piet Mol Sketch that before the next meeting.",
                "Owners of the proposals Open one issue each.");
    }

    @Test
    void keepsConsentAgendaHeadingsAsSections() throws Exception {
        Meeting m = imported("""
                ## Consent Agenda

                ### Treasurer's Report

                Approved as presented.

                ## Regular Agenda

                ### Old Business

                Nothing to report.

                ## Next Meeting

                May 12, 2025, 7pm
                """);
        assertThat(m.agenda()).extracting(AgendaItem::title).contains("Consent Agenda", "Regular Agenda");
        assertThat(m.next()).isNotNull();
    }

    private Meeting imported(String text) throws Exception {
        Path f = tmp.resolve("2025-04-08-minutes.md");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f).meeting();
    }
}
