package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Movers in more of the forms minutes write them, from invented minutes: a resolution headed by its number and by its
 * mover and seconder ("R2019-42 A. Lee, B. Chan: That ..."), mover and seconder after the motion's words ("Approve the
 * agenda - RT moved, KW seconded", "... Ida moved, Kai seconded, affirmed by voice vote"), the pair alone with the second
 * marked ("Ida, Kai 2nd.", "Motioned Ida, Kai 2nded."), the time of day before the mover without a comma ("At 8:05 PM
 * Ida Frost made a motion ..."), "A motion to ... was made by Ida Frost with a change to ...", "Ida Frost introduced a
 * motion to ...", and minutes run together on one line; and the owner of "Ola presented a plan, promising to follow up".
 * And the guards: two topics before a colon, two people before a colon with no number, initial or title, a move to a
 * place or an introduction, a run-together page without a motion, a hope after a comma.
 */
class HeadedAndTrailingMoverFormsTest {

    private static final String HEAD = """
            Minutes of the Regular Meeting
            Tuesday, May 7, 2019

            Present: Ida Frost, Kai Lund, Ola Brandt

            1. Business

            """;

    @Test
    void readsAResolutionHeadedByItsNumberMoverAndSeconder() throws Exception {
        Meeting m = imported(HEAD + """
                R2019-42 I. Frost, K. Lund: That the accounts dated May 1, 2019 be paid. Carried.

                R2019-43 K. Lund, O. Brandt: THAT we approve the quotation for the new mower. Carried.
                """);
        assertThat(motions(m)).containsExactly(
                "I. Frost/K. Lund: That the accounts dated May 1, 2019 be paid",
                "K. Lund/O. Brandt: THAT we approve the quotation for the new mower");
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(Motion::result))
                .containsOnly(MotionResult.PASSED);
    }

    @Test
    void readsAResolutionHeadedByTitledMoverAndSeconderWithoutANumber() throws Exception {
        Meeting m = imported(HEAD + """
                Cllr Frost, Cllr Lund: That the hall be let for the fete. Carried.
                """);
        assertThat(movers(m)).containsExactly("Ida Frost");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Budget, Audit: That the report be received.",
        "Ida Frost, Kai Lund: That was the longest meeting of the year."})
    void readsNoMoverFromTopicsOrBareNamesBeforeAColon(String line) throws Exception {
        assertThat(motions(imported(HEAD + line + "\n"))).isEmpty();
    }

    @Test
    void readsMoverAndSeconderAfterTheTopicTheyMoved() throws Exception {
        Meeting m = imported(HEAD + """
                - Approve previous meeting agenda - OB read, IF moved, KL seconded at 7:06 PM
                """);
        assertThat(motions(m)).containsExactly("IF/KL: Approve previous meeting agenda");
    }

    @Test
    void readsMoverAndSeconderAfterTheSentenceTheyMoved() throws Exception {
        Meeting m = imported(HEAD + """
                Members chose oak benches for the garden. IF moved, KL seconded, affirmed by unanimous voice vote at 7:12 PM
                """);
        assertThat(motions(m)).containsExactly("IF/KL: Members chose oak benches for the garden");
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(Motion::result)).containsExactly(MotionResult.PASSED);
    }

    @Test
    void readsAPairAloneWithTheSecondMarked() throws Exception {
        Meeting m = imported(HEAD + """
                Motion to move the budget to the top of the agenda. Ida, Kai 2nd.

                Storage - the old files go to the archive. Motioned Ola, Ida 2nded.
                """);
        assertThat(motions(m)).containsExactly(
                "Ida Frost/Kai Lund: to move the budget to the top of the agenda",
                "Ola Brandt/Ida Frost: Storage - the old files go to the archive");
    }

    @Test
    void readsAMoverAfterTheTimeOfDayWrittenWithoutAComma() throws Exception {
        Meeting m = imported(HEAD + """
                At 8:05 PM Ida Frost made a motion to adjourn the meeting. Kai Lund 2nd the motion. The Board approved the motion 3-0.
                """);
        assertThat(motions(m)).containsExactly("Ida Frost/Kai Lund: to adjourn the meeting");
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(Motion::result)).containsExactly(MotionResult.PASSED);
    }

    @Test
    void readsAMoverNamedBeforeTheChangeTheyAsked() throws Exception {
        Meeting m = imported(HEAD + """
                A motion to approve the minutes of April 2 was made by Ida Frost with a change to item 3. Kai Lund seconded the motion.
                """);
        assertThat(motions(m)).containsExactly("Ida Frost/Kai Lund: to approve the minutes of April 2 with a change to item 3");
    }

    @Test
    void readsAMotionIntroducedUnderARunInTopic() throws Exception {
        Meeting m = imported(HEAD + """
                Annual Meeting: Ida Frost introduced a motion to hold the annual meeting on May 30. There was unanimous consent.
                """);
        assertThat(motions(m)).containsExactly("Ida Frost/null: to hold the annual meeting on May 30");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "At 8:05 PM Ida Frost moved to Leeds with her family.",
        "Ida Frost introduced the new caretaker to the members."})
    void readsNoMotionFromAMoveOrAnIntroduction(String line) throws Exception {
        assertThat(motions(imported(HEAD + line + "\n"))).isEmpty();
    }

    @Test
    void readsTheMotionsOfMinutesRunTogetherOnOneLine() throws Exception {
        String words = "Staff gave an update on the play area, the trail and the budget for the year ahead. ";
        Meeting m = importedAs("2019-05-07-minutes.txt", "MINUTES PARKS BOARD Tuesday, May 7, 2019 6:30 PM CALL TO ORDER"
                + " The meeting was called to order at 6:35 PM. Those present were: Ida Frost, Kai Lund and Ola Brandt."
                + " APPROVAL OF MINUTES 1. A motion to approve the minutes of April 2 was made by Ida Frost. Kai Lund seconded"
                + " the motion. The Board approved the motion 3-0. DISCUSSION " + words.repeat(12)
                + "ADJOURNMENT At 8:00 PM Kai Lund made a motion to adjourn the meeting. Ola Brandt seconded the motion.\n");
        assertThat(motions(m)).containsExactly("Ida Frost/Kai Lund: to approve the minutes of April 2",
                "Kai Lund/Ola Brandt: to adjourn the meeting");
    }

    @Test
    void keepsMinutesRunTogetherWithoutAMotionAsTheyAre() throws Exception {
        String words = "Staff gave an update on the play area, the trail and the budget for the year ahead. ";
        Meeting m = importedAs("2019-05-07-minutes.txt", "MINUTES PARKS BOARD Tuesday, May 7, 2019 6:30 PM CALL TO ORDER"
                + " The meeting was called to order at 6:35 PM. Those present were: Ida Frost, Kai Lund and Ola Brandt."
                + " DISCUSSION " + words.repeat(14) + "The Board moved on to the trail.\n");
        assertThat(motions(m)).isEmpty();
        assertThat(m.allItems().flatMap(i -> i.narrative().stream())).anyMatch(n -> n.contains("moved on to the trail"));
    }

    @Test
    void readsTheOwnerOfAnUndertakingInAClauseAfterAComma() {
        SentenceTasks.assignsOne("Ola presented a draft five-year plan, promising to follow up when it is due.", "[Ola]",
                "Follow up when it is due.");
        SentenceTasks.assignsOne("Kai reported on the trail, offering to walk it with the ranger.", "[Kai]",
                "Walk it with the ranger.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ola presented a draft plan, hoping to finish it by June.",
        "Kai reported on the trail, promising weather permitting."})
    void readsNoOwnerFromAHopeOrAClauseWithoutAnUndertaking(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    private static List<String> movers(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(Motion::mover).toList();
    }

    private static List<String> motions(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(x -> x.mover() + "/" + x.seconder() + ": " + x.text())
                .toList();
    }

    private static Meeting imported(String text) throws Exception {
        return importedAs("2019-05-07-minutes.txt", text);
    }

    private static Meeting importedAs(String name, String text) throws Exception {
        return MinutesImporter.importText(name, text, ImportOptions.none()).meeting();
    }
}
