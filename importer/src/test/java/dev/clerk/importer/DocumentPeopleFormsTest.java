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
 * Owners read from the document's own people, from invented minutes: a note-taker's "Chris issuing cheques", "TODO for
 * Ann:", "Assign ...: Ann", a speaker tag with "action:" or a subjectless "will", a handle as subject, subjectless
 * futures under a bullet head that names a person ("ewasm (Casey)"), and votes that empower someone or leave a matter
 * in a body's hands; and no owner from an unknown word, a role in the meeting, an offer or a report.
 */
class DocumentPeopleFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Chris issuing cheques:|[Chris]|Issuing cheques
            Omar putting together a bulk order of boards|[Omar]|Putting together a bulk order of boards
            Priya Shah booking the hall for the May social|[Priya Shah]|Booking the hall for the May social
            Scott going to order the spare parts|[Scott]|Order the spare parts
            TODO for Alexandra: Post the results on the forum.|[Alexandra]|Post the results on the forum.
            **Action for @omar** – fix the nightly build|[@omar]|Fix the nightly build
            Next steps for Ann Lee: Book the venue for June|[Ann Lee]|Book the venue for June
            Assign next week’s facilitator: David|[David]|Next week’s facilitator
            Assigned to review the budget: Ann Lee|[Ann Lee]|Review the budget
            ii. Assign note taker for June: @kim|[@kim]|Note taker for June
            @ruy: action: will update the RFC for next week|[@ruy]|Update the RFC for next week
            Dana: ACTION - send the notes to the list|[Dana]|Send the notes to the list
            @kim: action: followed up with the vendor|[@kim]|Followed up with the vendor
            @bo: spoke with the vendor, & asked for a demo, will try & capture their feedback|[@bo]|Try & capture their feedback
            Dana: will send the slides round|[Dana]|Send the slides round
            Priya Shah: checked the lease, and will call the agent|[Priya Shah]|Call the agent
            @omar will fix the nightly build|[@omar]|Fix the nightly build
            @kim has agreed to review the docs|[@kim]|Review the docs
            @lee is going to draft the release notes|[@lee]|Draft the release notes
            ● Alex will make the new roles|[Alex]|Make the new roles
            """)
    void readsUndertakingsAnchoredOnAPerson(String line, String owners, String task) {
        ActionItemRecognizer.Found f = ActionItemRecognizer.anchored(line, true);
        assertThat(f).isNotNull();
        assertThat(f.owners()).hasToString(owners);
        assertThat(f.task()).isEqualTo(task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Carol facilitating, Mark taking notes",
            "@ann publishing tags would help the story a lot",
            "Dana talking about the budget",
            "Ben attending remotely",
            "TODO for a future meeting: Discuss merchandise",
            "Dana: I can send them",
            "@bo: would like to write the spec",
            "Dana: published the slides",
            "Dana: happy to help with the stall",
            "Dana: the release will be late",
            "Dana: Will be away in June",
            "Action: review the budget",
            "The Board issuing a statement",
            "Upcoming Meetings",
            "Vitalik published a proto-EIP"})
    void readsNoUndertakingFromRolesOffersReportsOrLabels(String line) {
        assertThat(ActionItemRecognizer.anchored(line, true)).isNull();
    }

    @Test
    void readsADoingOnlyInAListItem() {
        assertThat(ActionItemRecognizer.anchored("Chris issuing cheques:", false)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            On motion duly made and carried, it was voted that Mr. Grey be empowered to consult the architect.|[Mr. Grey]|Consult the architect.
            Resolved that the Clerk be authorised to sign the contract.|[the Clerk]|Sign the contract.
            It was moved that Ms. Ortiz be asked to draft the letter.|[Ms. Ortiz]|Draft the letter.
            It was voted that the matter of a bicycle shed be left in the hands of the Building Department, with power to act.|[Building Department]|The matter of a bicycle shed, with power to act
            The question of parking was referred to the Highways Committee.|[Highways Committee]|The question of parking
            The matter was left in the hands of the Clerk.|[Clerk]|The matter
            """)
    void readsVotesThatEmpowerSomeoneOrLeaveAMatterInTheirHands(String sentence, String owners, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).extracting(f -> f.owners() + "|" + f.task()).containsExactly(owners + "|" + task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The matter was left in the hands of the council to decide.",
            "It was voted that the salary of Mr. Brown be increased to $4500.",
            "The matter is in the hands of the lawyers."})
    void readsNoOwnerFromOtherVotesOrMatters(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void readsNotesOfKnownPeopleAndLeavesUnknownWordsOut() throws Exception {
        Path f = tmp.resolve("2024-05-02-minutes.md");
        Files.writeString(f, """
                # Riverside Makers – Board Minutes, 2 May 2024

                Present: Ann Lee, Chris Ford, Scott Diaz, Dana Kerr

                ## Finances

                * Chris issuing cheques:
                  * For the projector - $120
                * Zed issuing refunds
                * Carol facilitating, Mark taking notes

                ## Ideas

                * Board kits
                  * Should ship in November
                  * Scott putting together a bulk order
                * TODO for Ann: Book the hall for the AGM.
                * TODO for a future meeting: Discuss merchandise.
                * Assign next month's facilitator: Dana
                * Assign the raffle: Quentin
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Chris Ford] Issuing cheques",
                "[Scott Diaz] Putting together a bulk order",
                "[Ann Lee] Book the hall for the AGM.",
                "[Dana Kerr] Next month's facilitator");
    }

    @Test
    void readsSubjectlessFuturesUnderABulletHeadThatNamesAPerson() throws Exception {
        Path f = tmp.resolve("2024-06-14-minutes.md");
        Files.writeString(f, """
                # Search Engine Sync – Notes, 14 June 2024

                ## Team updates

                * parser (Maya)
                    * Fixed the lexer bugs
                    * Will publish the benchmarks next week
                * Tomas (indexer)
                    * Released the new format
                    * Will share the design doc later
                * crawler (Ivo)
                    * Drafting the rate limits, will write the migration notes
                * storage (Jan)
                    * Still slow, hoping the next release will fix it
                    * Published the numbers
                * ranking (Kai)
                    * Would like to see more tests

                ## Attendees

                * Maya Roth (parser)
                * Tomas Berg (indexer)
                * Jan Novak (storage)
                * Kai Sato (ranking)
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Maya Roth] Publish the benchmarks next week",
                "[Tomas Berg] Share the design doc later",
                "[Ivo] Write the migration notes");
    }

    @Test
    void readsSpeakerTagsAndHandlesAsTheDocumentsPeople() throws Exception {
        Path f = tmp.resolve("2024-07-03-minutes.md");
        Files.writeString(f, """
                # Package Manager RFC Call – 3 July 2024

                ### Attendees
                - Ruy Adorno (@ruy)
                - Kim Park (@kim)
                - Lee Chan (@lee)

                ### Notes

                1. **PR**: #42 Lockfile format - @ruy
                    * @kim: the format is fine, but the docs lag behind
                    * @ruy: action: will update the RFC for next week
                    * @kim: spoke with the yarn folks, will try & capture their feedback in the PR
                    * @lee: I can review it
                    * @lee: published the draft yesterday
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[@ruy] Update the RFC for next week",
                "[@kim] Try & capture their feedback in the PR");
    }
}
