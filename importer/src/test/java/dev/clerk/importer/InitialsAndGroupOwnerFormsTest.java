package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Action owners in the forms minutes use for people and groups, from invented minutes: an action list whose lines open
 * with the owners in round brackets (initials, "All", "All presenters", a team), an action label set apart by emphasis
 * alone ("***ACTION*** Rosa to ..."), "took an action to", an action note in square brackets after a minute, a memo on
 * an action line whose task says "not" or "be aware", a request with "please" to those it names, a body by its initials
 * ("The PTA", "WG leads"); and the guards: a state or a priority in the brackets, a passive memo, "please note", a
 * meeting by its initials.
 */
class InitialsAndGroupOwnerFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (RL) Share the draft budget.|[RL]|Share the draft budget.
            (RL, TB) Price a new boiler.|[RL, TB]|Price a new boiler.
            (All) Read the new guide before May.|[All]|Read the new guide before May.
            (All presenters) Upload the slides to the wiki.|[All presenters]|Upload the slides to the wiki.
            (All Hill Lane staff) Meet to discuss the rota.|[All Hill Lane staff]|Meet to discuss the rota.
            (Web team) To fix the contact form.|[Web team]|Fix the contact form.
            (Treasurer): pay the hall deposit.|[Treasurer]|Pay the hall deposit.
            Hana to not cancel the booking.|[Hana]|Not cancel the booking.
            Tomas to be aware of the new date.|[Tomas]|Be aware of the new date.
            """)
    void readsTheOwnerOfAnActionLine(String line, String owners, String task) {
        ActionItemRecognizer.Found f = ActionItemRecognizer.actionLine(line);
        assertThat(f.owners()).as(line).hasToString(owners);
        assertThat(f.task()).isEqualTo(task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(Done) Book the hall for June.",
        "(Optional) Review the glossary.",
        "(Carried forward) Paint the fence.",
        "(TBD) Find a new printer.",
        "Minutes to be circulated by Friday.",
        "Terms to be arranged alphabetically."})
    void readsNoOwnerFromAStateInBracketsOrAPassiveMemo(String line) {
        assertThat(ActionItemRecognizer.actionLine(line).owners()).as(line).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Everyone please review the draft budget.|[Everyone]|Review the draft budget.
            Everybody please look over the charter and raise any questions.|[Everybody]|Look over the charter and raise any questions.
            Rosa please circulate the notes.|[Rosa]|Circulate the notes.
            Tomas took an action to price a new boiler.|[Tomas]|Price a new boiler.
            WG leads to provide the list of names.|[WG leads]|Provide the list of names.
            The PTA will run the summer fair.|[The PTA]|Run the summer fair.
            """)
    void readsTheOwnerOfASentence(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Members please note that the hall is closed in August.",
        "Everyone please find the report attached.",
        "The AGM will take place in June.",
        "The end will come soon enough."})
    void readsNoOwnerFromPleaseNoteOrAMeetingByItsInitials(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).as(sentence).isEmpty();
    }

    @Test
    void readsAnActionListWhoseOwnersOpenEachLineInBrackets() throws Exception {
        Meeting m = imported("""
                # Hill Lane Garden Group, March 3, 2024

                *Participants:* Rosa Lind (RL - chair), Tomas Berg (TB), Hana Sato (HS)

                ## Minutes

                Planting plans were discussed.

                ## Actions:

                  * (RL) Share the draft planting plan.
                  * (All) Bring seeds to the next meeting.
                  * (Done) Book the hall for June.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[RL] Share the draft planting plan.", "[All] Bring seeds to the next meeting.", "[] (Done) Book the hall for June.");
    }

    @Test
    void readsAnActionLabelSetApartByEmphasisAndAnActionNoteInSquareBrackets() throws Exception {
        Meeting m = imported("""
                # Hill Lane Garden Group, March 3, 2024

                Present: Rosa Lind, Tomas Berg, Hana Sato

                **Shed**

                * The shed roof leaks again.

                  ***ACTION*** Rosa to ask the landlord about the roof

                * The lock is broken too. [Actions: the maintenance team will replace the lock.]

                  **ACTION** Tomas took an action to price a new boiler
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Rosa Lind] Ask the landlord about the roof", "[The maintenance team] Replace the lock.",
                "[Tomas Berg] Price a new boiler");
    }

    @Test
    void readsABodyByItsInitialsThatAgreesAsADecisionNotATask() throws Exception {
        Meeting m = imported("""
                # Hill Lane Garden Group, March 3, 2024

                Present: Rosa Lind, Tomas Berg, Hana Sato

                ## Minutes

                The HLGG agreed to publish the minutes each month.

                The HLGG will print a new leaflet.
                """);
        assertThat(m.agenda().get(0).decisions()).containsExactly("The HLGG agreed to publish the minutes each month.");
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[The HLGG] Print a new leaflet.");
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
