package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Action owners in more of the forms minutes write them, from invented minutes: speakers by initials and a dash, an
 * action tracker's numbered lines, names written as links, the items of a table cell's list, bodies named with "&",
 * undertakings joined by a comma, "he" or "she" after a condition that names the person, organisations'
 * representatives and groups invited to do something; and the guards: a lasting state, a count, "Q&A", a question.
 */
class SpokenOwnerFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            When Rosa knows the date, she will tell the members.|[Rosa]|When Rosa knows the date, tell the members.
            Once Tomas has the quote, he will order the chairs.|[Tomas]|Once Tomas has the quote, order the chairs.
            P&R will report on the hall lettings.|[P&R]|Report on the hall lettings.
            The Acme and Globex representatives volunteered to test the form.|[Acme representatives, Globex representatives]|Test the form.
            All Quill users are invited to read the new guide.|[All Quill users]|Read the new guide.
            Developers are encouraged to add examples before the release.|[Developers]|Add examples before the release.
            Two, Hana will price a new boiler.|[Hana]|Price a new boiler.
            Rosa will present the budget at the next meeting.|[Rosa]|Present the budget at the next meeting.
            """)
    void readsTheOwnerOfASentence(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @Test
    void readsAPromiseByThePersonTheSentenceBeforeNamed() {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(
                "She promised to circulate a summary before May.", "Rosa");
        assertThat(found).extracting(f -> f.owners() + " " + f.task())
                .containsExactly("[Rosa] Circulate a summary before May.");
    }

    @Test
    void readsEachUndertakingOfACommaJoinedRun() {
        assertThat(ActionItemRecognizer.inSentence("Rosa will draft the letter, Tomas and Hana will send it.", null))
                .extracting(f -> f.owners() + " " + f.task())
                .containsExactly("[Rosa] Draft the letter", "[Tomas, Hana] Send it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Matrix will remain the chat for the project.",
        "The mailing list will stay as it is.",
        "Two steps will follow the vote.",
        "Q&A will follow the talk.",
        "So I will be away in June."})
    void readsNoOwnerFromAStateACountOrAPartOfTheMeeting(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void readsSpeakersByInitialsAndADashWhenTheInitialsAreKeyedToAPerson() throws Exception {
        Meeting m = imported("""
                # River Data Group, March 3, 2024

                1. **Status**
                	1. RB - We are preparing two builds for you to try.
                	2. KV - Will they run on the old servers?
                	3. RB - Yes. I will send the links out on the mail list.
                	4. KV - So I will call the next meeting for early April.

                #### Participants

                - KV - Kira Vance, Met Service
                - RB - Rui Barros, Data Works
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[RB] Send the links out on the mail list.", "[KV] Call the next meeting for early April.");
    }

    @Test
    void readsNoSpeakerFromInitialsAndADashThatNoOneIsKeyedTo() throws Exception {
        Meeting m = imported("""
                # River Data Group, March 3, 2024

                ## Topics
                - UK - I will not list the regional results here.
                - UK - I will send the national figures next week.
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void readsAnActionTrackersNumberedLineAndKeepsTheNumberWithTheTask() throws Exception {
        Meeting m = imported("""
                # River Data Group, March 3, 2024

                ## Tasks
                1. ACT-RDG-2024-7:Action: KV - Share the test plan by end of March.

                ## Participants
                - KV - Kira Vance
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[KV] Share the test plan by end of March. (ACT-RDG-2024-7)");
    }

    @Test
    void readsNamesWrittenAsLinksAndTheItemsOfATableCellsList() throws Exception {
        Meeting m = imported("""
                # Hill Friends Meeting, June 10, 2024

                Present: Rosa Lind, Tomas Berg, Hana Sato

                ## Property

                The boiler needs a look. `Tomas`_ will ask the plumber for a date. `Hana Sato <https://example.org/hana>`_ will
                write to the insurer.

                ## Finance

                | Topic | Lead | Notes |
                |---|---|---|
                | Hosting | RL | <ul><li>Costs are similar. <li>Rosa will ask if a yearly price is possible. <li>Discussion of the contract.</ul> |
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Tomas Berg] Ask the plumber for a date.", "[Hana Sato] Write to the insurer.",
                "[Rosa Lind] Ask if a yearly price is possible.");
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
