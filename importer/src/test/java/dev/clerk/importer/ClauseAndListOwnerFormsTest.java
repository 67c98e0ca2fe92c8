package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Action owners in further forms, from invented minutes: an action label in brackets after the minute holding one or
 * more "Name to ..." memos, a speaker's tag with a role in brackets, an undertaking in the last clause after a comma,
 * one in the items of a list of decisions, a given name no attendance names opening a memo in a list of memos whose
 * other owners are people, two names doing something ("Lena and Omar organizing ..."), "still needs to", "offers to",
 * "waiting on Name for ..." and a list line opening with initials in brackets the document keys to people; with the
 * guards: a bracket that names no one, a things-happen verb, a tag that undertakes nothing, a memo list with no known
 * owner, the other "-ing" words, waiting on a thing or a body, and initials no line of the document keys.
 */
class ClauseAndListOwnerFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Server costs, £2,000 - hosting talks, Lena Fisk to follow up|[Lena Fisk]|Follow up
            Hosting quotes, Tomas and Hana will compare them.|[Tomas, Hana]|Compare them.
            Anselm offers to open a dialogue with the host.|[Anselm]|Open a dialogue with the host.
            Still waiting on Marek for the first cut|[Marek]|Waiting on Marek for the first cut
            In draft, just waiting on more examples from Petra Lund|[Petra Lund]|In draft, just waiting on more examples from Petra Lund
            """)
    void readsTheOwnerOfAClauseOrANote(String sentence, String owners, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).extracting(f -> f.owners() + " " + f.task()).containsExactly(owners + " " + task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Costs went up, Prices to be reviewed in May.",
        "Waiting for the results from the survey.",
        "Waiting on the Council for a decision.",
        "The hall was booked, the caretaker told us."})
    void readsNoOwnerFromAClauseOrANoteThatNamesNoOne(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void readsEachMemoInAnActionLabelInBracketsAfterTheMinute() throws Exception {
        Meeting m = imported("""
                # Harbour Tech Group, May 2, 2024

                Present: Lena Fisk, Omar Haddad, Rosa Lind

                ## Website
                - We need an address for press enquiries. (ACTION - Lena to make a ticket; Omar to ask the host about Welsh)
                - The calendar should go on the site (ACTION  Rosa to see what is needed, and ticket it)
                - The old photos were removed (action taken last year to tidy the pages)
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Lena Fisk] Make a ticket", "[Omar Haddad] Ask the host about Welsh",
                "[Rosa Lind] See what is needed, and ticket it");
        assertThat(narrative(m)).contains("The old photos were removed (action taken last year to tidy the pages)");
    }

    @Test
    void readsASpeakersUndertakingAfterARoleInBrackets() throws Exception {
        Meeting m = imported("""
                # Transport Working Group, March 9, 2024

                Present: Ivo Marsh, Kira Vance

                ## Flow identifiers
                Kira Vance: The second option reads better.
                Ivo Marsh (chair): Seems like the second option wins, will confirm on the list.
                Kira Vance (Met Service): The first option is simpler.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[Ivo Marsh] Confirm on the list.");
    }

    @Test
    void readsWhoCarriesOutADecisionInAListOfThem() throws Exception {
        Meeting m = imported("""
                # Map Users Group AGM, October 11, 2024

                Present: Lena Fisk, Omar Haddad

                ## Grants
                For the remaining proposals, the following was decided:
                * Hosting grant, £500 - server talks, Lena Fisk to follow up
                * Print grant, £200 - to be discussed in spring
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly("[Lena Fisk] Follow up");
    }

    @Test
    void readsAGivenNameOpeningAMemoInAListWhoseOtherOwnersArePeople() throws Exception {
        Meeting m = imported("""
                # Trust Framework Group, March 3, 2025

                Present: Victoria Hale, Dima Orlov

                ## Previous actions
                1. Idris to confirm who owns the paper.
                2. Victoria to collect the problem statements.
                3. Newsletter to come back in spring.
                4. Dima to add an events section to the agenda.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Idris] Confirm who owns the paper.", "[Victoria Hale] Collect the problem statements.",
                "[Dima Orlov] Add an events section to the agenda.");
    }

    @Test
    void readsNoGivenNameMemoWhereNoOwnerOfTheListIsKnown() throws Exception {
        Meeting m = imported("""
                # Trust Framework Group, March 3, 2025

                Present: Victoria Hale, Dima Orlov

                ## Notes
                1. Idris to confirm who owns the paper.
                2. Reminder to sign the participation agreement.
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void readsTwoNamesDoingSomethingAsOwnersOfAListItem() throws Exception {
        Meeting m = imported("""
                # Community Committee, March 8, 2024

                Present: Lena Fisk, Omar Haddad

                ## Events
                - Lena and Omar organizing the summer picnic
                - Lena and Omar attending the regional day
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[Lena Fisk, Omar Haddad] Organizing the summer picnic");
    }

    @Test
    void readsAGivenNameThatStillNeedsToOrWillComeUpWithSomething() throws Exception {
        Meeting m = imported("""
                # Hill Friends Meeting, June 10, 2024

                Present: Rosa Lind

                ## Property
                Bruno still needs to see the landlord about the keys.
                Work still needs to continue on the roof.
                Mira and Tilda will come up with a rota for the garden.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Bruno] See the landlord about the keys.", "[Mira, Tilda] Come up with a rota for the garden.");
    }

    @Test
    void readsInitialsInBracketsOpeningAListLineWhereTheDocumentKeysThem() throws Exception {
        Meeting m = imported("""
                # Steering Committee, May 26, 2020

                ## Attendance
                - [DC] Dana Cole
                - [MS] Mo Shah

                ## Deliverables
                - [DC, MS]\tD1 (Manifesto): re-draft and outline the next steps.
                - [QX]\tD2 (Survey): re-draft and outline the next steps.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[DC, MS] D1 (Manifesto): re-draft and outline the next steps.");
    }

    private static List<String> narrative(Meeting m) {
        return m.agenda().stream().map(AgendaItem::narrative).flatMap(List::stream).toList();
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
