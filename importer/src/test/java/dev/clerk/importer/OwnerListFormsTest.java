package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owners in the forms of minutes kept by projects, clubs, companies and charities, from invented minutes: a list of
 * tasks under a line naming its person (in any markup, quoted or not, down to the next person's line), a list under a
 * line that directs an officer ("The Directors directed the Company Secretary to:"), an officer directed or charged in
 * the sentence, an offer or proposal the meeting took up, user names as owners, a topic before the sentence, and a
 * column of people beside the tasks.
 */
class OwnerListFormsTest {
    @TempDir
    Path tmp;

    /** Each markup of the line over one person's tasks: %s is where the name goes. */
    @ParameterizedTest
    @ValueSource(strings = {"**%s**", "***%s***", "*%s*", "_%s_", "%s:", "**%s:**", "### %s", "%s -", "Actions for %s:",
        "%s's actions"})
    void givesEachTaskUnderALineNamingAPersonToThatPerson(String head) throws Exception {
        Meeting m = imported("""
                # Garden club minutes, April 8, 2025

                ## Present
                - Ann Lee
                - Bo Chen
                - Cy Diaz

                ## Action items

                %s
                > *Carried over*
                > * order the seed catalogue
                >     * ask for the bulk price
                > * fix the shed door
                * book the hall for May

                %s
                * write to the council about the verge
                * Cy to print the flyers
                """.formatted(head.formatted("Ann"), head.formatted("Bo")));
        Map<String, String> owners = Owners.byTask(m);
        assertThat(owners).containsEntry("Order the seed catalogue", "[Ann Lee]")
                .containsEntry("Fix the shed door", "[Ann Lee]")
                .containsEntry("Book the hall for May", "[Ann Lee]")
                .containsEntry("Write to the council about the verge", "[Bo Chen]")
                // An item that names its own owner keeps it.
                .containsEntry("Print the flyers", "[Cy Diaz]");
    }

    @Test
    void givesTheTasksUnderAListItemNamingAPersonOrAnOfficerToThem() throws Exception {
        Meeting m = imported("""
                # Rowing club board, March 4, 2025

                ## Present
                Dana Frick, Mo Ward, Lee Hays

                ## Next steps
                - Dana Frick
                    - renew the boathouse lease
                    - call the insurer
                - Treasurer
                    - pay the coach's invoice
                """);
        Map<String, String> owners = Owners.byTask(m);
        assertThat(owners).containsEntry("Renew the boathouse lease", "[Dana Frick]")
                .containsEntry("Call the insurer", "[Dana Frick]")
                .containsEntry("Pay the coach's invoice", "[Treasurer]");
    }

    @Test
    void givesNoOwnerFromALineThatNamesNoPersonOrAfterTheListEnds() throws Exception {
        Meeting m = imported("""
                # Garden club minutes, April 8, 2025

                ## Present
                - Ann Lee
                - Bo Chen

                ## Action items

                **Budget**
                * check the bank statement

                **Next steps**
                * tidy the compost bays

                ## Notes

                **Ann**
                * reported on the plant sale
                * will send the thank-you letters

                The shed is in poor repair.
                * paint the fence
                """);
        // Outside a list of actions only what the person will do is theirs.
        assertThat(m.actionItems()).filteredOn(a -> !a.owners().isEmpty()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[Ann Lee] Send the thank-you letters");
    }

    @Test
    void givesTheItemsUnderALineDirectingAnOfficerToThatOfficer() throws Exception {
        Meeting m = imported("""
                # Directors' meeting, December 2, 2025

                ## Present
                Ann Lee, Bo Chen

                ## Grants

                The Directors clarified their decision to apply for a grant by directing the Company Secretary to:

                - apply for the full amount; and
                - name the youth project in the application.

                ## Hall

                The board instructed the Hon. Treasurer to:
                * pay the deposit
                * claim the gift aid

                ## Social

                Bo will:
                1. book the band
                2. order the food

                The following were discussed:
                - parking at the hall
                """);
        Map<String, String> owners = Owners.byTask(m);
        assertThat(owners).containsEntry("Apply for the full amount", "[The Company Secretary]")
                .containsEntry("Name the youth project in the application.", "[The Company Secretary]")
                .containsEntry("Pay the deposit", "[The Hon. Treasurer]")
                .containsEntry("Claim the gift aid", "[The Hon. Treasurer]")
                .containsEntry("Book the band", "[Bo Chen]")
                .containsEntry("Order the food", "[Bo Chen]")
                .doesNotContainKey("Parking at the hall");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The Directors directed the Company Secretary to file the annual return.|[the Company Secretary]|File the annual return.
            The committee clarified its decision by directing the Membership Secretary to write to lapsed members.|[the Membership Secretary]|Write to lapsed members.
            The trustees agreed the budget, instructing the Treasurer to move the reserve to a savings account.|[the Treasurer]|Move the reserve to a savings account.
            The trustees decided that the Hon. Treasurer shall open a savings account.|[the Hon. Treasurer]|Open a savings account.
            The board confirmed its earlier decision that the Club Captain will book the boats.|[the Club Captain]|Book the boats.
            The Directors confirmed their decision that the Company Secretary shall register the charity, made in May.|[the Company Secretary]|Register the charity, made in May.
            The Secretary was instructed to renew the insurance.|[The Secretary]|Renew the insurance.
            The Welfare Officer was authorised to buy a first aid kit.|[The Welfare Officer]|Buy a first aid kit.
            The board authorised the Treasurer to pay the hall invoice.|[the Treasurer]|Pay the hall invoice.
            The meeting accepted Ann's offer to host the summer social.|[Ann]|Host the summer social.
            The Directors approved the Company Secretary's proposal to publish the accounts online.|[the Company Secretary]|Publish the accounts online.
            The committee welcomed the Social Secretary’s plan to run a quiz night.|[the Social Secretary]|Run a quiz night.
            @zoe to review the schema change|[@zoe]|Review the schema change
            @zoe and @omar will draft the RFC.|[@zoe, @omar]|Draft the RFC.
            Ann asked @omar to rerun the benchmarks.|[@omar]|Rerun the benchmarks.
            Labels for the 3.6 builds -- Jonathan will add a comment|[Jonathan]|Add a comment
            Kit => the Captain will order new oars.|[the Captain]|Order new oars.
            Bus hire: board will be looking into a coach for the regatta.|[board]|Looking into a coach for the regatta.
            Ann will be contacting the printer about the flyers.|[Ann]|Contacting the printer about the flyers.
            """)
    void readsOfficersDirectedOffersTakenUpHandlesAndTopics(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Housing Connect was asking the Board to approve the benefits package.",
        "Ann suggested asking the Clerk to write to the council.",
        "The Directors decided that Matthew shall be the media representative.",
        "The board noted Ann's intention to retire next year.",
        "The Commissioners decided that the application needed to be heard as a Type III hearing.",
        "Website: group texting is up and running.",
        "Spring meeting: will be held mid-February.",
        "Email the list at team@example.org about the rota.",
        "The board will be having a break in August."})
    void readsNoOwnerFromRequestsToTheBodyRolesOrSuggestions(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nonetheless, Ann Lee will book the hall.", "Nevertheless, Ann Lee will book the hall.",
            "Moreover, Ann Lee will book the hall.", "Furthermore Ann Lee will book the hall.",
            "Consequently, Ann Lee will book the hall."})
    void readsNoOwnerFromTheWordThatLinksTheSentenceToTheLastOne(String sentence) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).owners()).containsExactly("Ann Lee");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prior to the meeting, Ann Lee was unwell.", "Due to illness, Ann Lee was away.",
            "According to the treasurer, Ann Lee was unwell.", "Owing to the storm, Ann Lee was late.",
            "Subsequently, Ann Lee was unwell."})
    void neverTakesTheWordBeforeTheSubjectForWhomAPronounMeans(String sentence) {
        assertThat(ActionItemRecognizer.subjectOf(sentence)).isNotEqualTo(sentence.split("[ ,]")[0]);
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence("She will book the hall.",
                ActionItemRecognizer.subjectOf(sentence));
        assertThat(found).allSatisfy(f -> assertThat(f.owners()).doesNotContain(sentence.split("[ ,]")[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"If a member objects, then the HDC shall open the application for a full hearing.",
            "If the chair is absent, the vice chair shall preside.",
            "When a vote is tied, the Chair must cast the deciding vote.",
            "Unless the board decides otherwise, the Treasurer shall sign all cheques."})
    void readsNoTaskFromAStandingRuleAfterACondition(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void stillReadsATaskAfterAConditionWithWill() {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(
                "Once the quote arrives, Ann Lee will book the hall.", null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).owners()).containsExactly("Ann Lee");
    }

    @Test
    void readsAnOwnerInBracketsOnlyWhenItNamesSomeone() {
        assertThat(ActionItemRecognizer.actionLine("add us as admins (if possible)").owners()).isEmpty();
        assertThat(ActionItemRecognizer.actionLine("book the hall (when free)").owners()).isEmpty();
        assertThat(ActionItemRecognizer.actionLine("Book the hall (Ann)").owners()).containsExactly("Ann");
        assertThat(ActionItemRecognizer.actionLine("Renew the lease (the Clerk)").owners()).containsExactly("the Clerk");
    }

    @Test
    void readsActionLabelsInBracketsAndUserNamesAsOwners() throws Exception {
        Meeting m = imported("""
                # API working group, April 27, 2025

                ## Attendees
                - @zoe
                - @omar

                ## Agenda
                1. Clipboard proposal
                    * not urgent, fine to refactor later
                    * [ACTION] @zoe to try the new API and report back
                2. Crash reporter
                    * (Action) @omar to check the docs parser
                    * [TODO]: Ann Lee to update the changelog
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[@zoe] Try the new API and report back",
                "[@omar] Check the docs parser",
                "[Ann Lee] Update the changelog");
    }

    @Test
    void carriesTheOwnerOfAColumnOfPeopleDownToTheRowsBelowIt() throws Exception {
        Meeting m = imported("""
                # Project meeting, March 3, 2025

                ## Attendees
                - Erik Moss
                - Nick Roe

                ## Actions

                | Name | Actions |
                |------|---------|
                | Erik | Refine the roadmap |
                |      | Tidy the education repo |
                | Nick | Post the release news |
                |      | Email the hackathon group |
                """);
        assertThat(Owners.byTask(m)).containsEntry("Refine the roadmap", "[Erik Moss]")
                .containsEntry("Tidy the education repo", "[Erik Moss]")
                .containsEntry("Post the release news", "[Nick Roe]")
                .containsEntry("Email the hackathon group", "[Nick Roe]");
    }


    private Meeting imported(String text) throws Exception {
        Path f = tmp.resolve("2025-04-08-minutes.md");
        Files.writeString(f, text);
        return MinutesImporter.importFile(f).meeting();
    }
}
