package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Attendee;
import dev.clerk.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Work under way, owned by whoever the passive names ("The handbook is currently being revised by the Secretary");
 * no task from an infinitive that is someone else's ("... some notes for us to look at"), from the verb that opens a
 * task list's item ("Advise Netspace to close ..."), or from consent alone ("He will try."); and members who vote by
 * name ("* Priya votes yes") recorded as present, in minutes made up for the test.
 */
class OngoingAndVoterFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The new handbook is currently being revised by the Secretary.|[the Secretary]|The new handbook is currently being revised
            Some guidance is being drafted by the Chair with the help of the Treasurer|[the Chair]|Some guidance is being drafted with the help of the Treasurer
            The grant forms are now being prepared by Tomas Reyes.|[Tomas Reyes]|The grant forms are now being prepared
            """)
    void readsWorkUnderWayOwnedByWhomTheSentenceNames(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The parish staff will also be preparing some notes for us to look at.",
        "The Events Team will be setting out a room for members to use."
    })
    void takesNoTaskFromAnInfinitiveThatIsSomeoneElses(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The hall is being painted by volunteers.
            The kitchen is being used by the scouts on Mondays, which is fine.
            """)
    void takesNoOwnerFromAPassiveWithoutANamedDoer(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Advise Netspace to close the old mail server.",
        "Ask Parks Department to repaint the railings.",
        "Invite Harbour Trust to the next meeting."
    })
    void takesNoOwnerFromTheVerbThatOpensATaskListItem(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void takesNoSubjectForALaterPronounFromAnItemThatOpensWithItsVerb() throws Exception {
        Meeting m = read("""
                Radio Club - 2023-02-27

                Present: Ana Ruiz, Ben Ode

                1. Wind-up

                Find a home for the remaining funds. They will discuss this at the society's next meeting.
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"He will try.", "Dana will help.", "She would do so."})
    void takesNoTaskFromConsentAlone(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, "Dana Reed")).isEmpty();
    }

    @Test
    void stillReadsAnItemWhoseOwnerIsNamedBeforeTheVerb() {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence("Dana to ask the hosts to close the server.", null);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.owners()).containsExactly("Dana"));
    }

    private static Meeting read(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }

    @Test
    void listsAMemberWhoVotesAsPresentUnderTheFullNameTheMinutesWrite() throws Exception {
        Meeting m = read("""
                Makerspace Board - 2024-05-06

                Directors present: Ana Ruiz, Ben Ode, Cy Lam

                1. Board seats

                We welcome Priya to the meeting. Ana moves to confirm Priya Natt to the board:
                * Ana votes yes
                * Ben votes yes
                * Cy votes yes
                * Priya votes yes

                Priya Natt is confirmed as a director.
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ana Ruiz", "Ben Ode", "Cy Lam", "Priya Natt");
    }

    @Test
    void leavesAVoterWhoseFullNameTheMinutesDoNotSettle() throws Exception {
        Meeting m = read("""
                Makerspace Board - 2024-05-06

                Directors present: Ana Ruiz, Ben Ode

                1. Board seats

                Ana moves to confirm Priya Natt to the board, and Priya Sen to the library:
                * Ana votes yes
                * Ben votes yes
                * Priya votes yes
                """);
        assertThat(m.attendees()).extracting(Attendee::name).containsExactly("Ana Ruiz", "Ben Ode");
    }
}
