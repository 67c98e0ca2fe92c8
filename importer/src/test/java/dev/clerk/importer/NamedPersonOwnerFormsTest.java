package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owners named as people in more of the forms minutes write them, from invented minutes: an action label in brackets
 * with the owner and a colon before the task ("(ACTION - All: ...)"), the task for the time a matter was deferred to
 * ("... at which time Oskar is to report"), a given name the attendance does not list that opens "is to" or "was going
 * to" in a later sentence of the line, a point of an outline that gives named people a task, "(Mei to ask ...)" after a
 * topic, "... and agreed to ..." after one's own report, work in hand with others, and a user name in brackets after a
 * labelled action that the minutes write as a speaker; and the guards: a label that is no owner, a clause with no one's
 * task, a noun shaped like a name, an office's agenda item, reported speech.
 */
class NamedPersonOwnerFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Keep a shared calendar. (ACTION - All: Everyone is welcome to add events)|[All]|Everyone is welcome to add events
            Order new seed packets. (Action – Lena Lind: ask the supplier for prices)|[Lena Lind]|Ask the supplier for prices
            The hall needs a new lock. (ACTIONS: Oskar: get two quotes)|[Oskar]|Get two quotes
            """)
    void readsTheOwnerKeyedByAColonInsideAnActionLabel(String line, String owners, String task) {
        assertThat(ActionItemRecognizer.bracketedActions(line)).extracting(f -> f.owners() + "|" + f.task())
                .containsExactly(owners + "|" + task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The hall is booked. (Action - Update: the hall is booked)",
        "The survey closed. (Action: Status: done and dusted)",
        "The flyer went out. (Action – Note: sent to members)",
        "The flyer went out. (Action – Done: 12 copies)"})
    void readsNoOwnerFromALabelInsideTheBrackets(String line) {
        assertThat(ActionItemRecognizer.bracketedActions(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This was tabled until the next meeting at which time Oskar is to report on prices.|[Oskar]|Report on prices.
            The item was deferred to June, at which point Lena Lind will circulate the figures.|[Lena Lind]|Circulate the figures.
            The matter was held over, whereupon the Treasurer will write to the bank.|[the Treasurer]|Write to the bank.
            """)
    void readsTheTaskForTheTimeAMatterWasDeferredTo(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The hall was booked for June, at which time the roof will be repaired.",
        "We met in May, at which time Lena was the chair."})
    void readsNoOwnerFromADeferralWithoutAPersonsTask(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Room list and access codes (Mei to ask the office about this)|[Mei]|Ask the office about this
            Hana reported on the hall and agreed to circulate the figures.|[Hana]|Circulate the figures.
            Oskar Berg suggested a raffle in May and offered to find the prizes.|[Oskar Berg]|Find the prizes.
            The Clerk reported on the audit and agreed to write to the auditor.|[The Clerk]|Write to the auditor.
            Lena is working with the county on the parking permit.|[Lena]|Work with the county on the parking permit.
            """)
    void readsAPersonsTaskInAnAsideAfterAReportOrInHand(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Opening hours (Monday to Friday)",
        "Acme Housing is working with the bank on the loan terms.",
        "Hana reported that the members had met and agreed to raise the fees.",
        "Hana said the tenants had met and agreed to pay the fee.",
        "Hana thanked everyone and agreed to be the chair again.",
        "Hana welcomed the guests and agreed to the plan."})
    void readsNoOwnerFromAnAsideOrAgreementThatGivesNoOneATask(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void keepsAGivenNameTheAttendanceLeavesOutThatOpensALaterUndertaking() throws Exception {
        Meeting m = imported("""
                # Review Group, March 3, 2021

                Present: Ann Lee, Bo Park

                ## Breakout B

                Bo: We went through the draft.  Hana and Kofi were going to leave comments.

                Priya is to book the hall.

                Ann raised the plot. This was tabled until the next meeting at which time Ann is to report on prices.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Hana, Kofi] Leave comments.", "[Priya] Book the hall.", "[Ann Lee] Report on prices.");
    }

    @Test
    void readsAUserNameInBracketsAfterALabelledActionWhenTheMinutesWriteItAsASpeaker() throws Exception {
        Meeting m = imported("""
                # Lang Team Planning, July 7, 2021

                ## Attendance

                * Team members: kwan, Lena, Oskar

                ## Updates

                - kwan: I looked at the draft last week.

                ## Initiatives

                ### Parser rewrite

                * Action item: follow up on the status and discuss next steps (kwan)
                * Action item: write the summary for the blog (optional)
                * Action item: check the benchmarks (lexer)
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[kwan] Follow up on the status and discuss next steps", "[] Write the summary for the blog (optional)",
                "[] Check the benchmarks (lexer)");
    }

    @Test
    void readsNoOwnerFromANounShapedLikeAName() throws Exception {
        Meeting m = imported("""
                # Review Group, March 3, 2021

                Present: Ann Lee, Bo Park

                ## Breakout B

                Bo: We went through the draft.  Registration is to open in May.

                Catering was going to arrange lunch.
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void readsTheTaskOfAnOutlinePointThatNamesPeople() throws Exception {
        Meeting m = imported(OUTLINE.formatted("Ann and Bo to regroup"));
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly("[Ann Lee, Bo Park] Regroup");
        assertThat(m.agenda().get(1).items().get(0).items().get(0).title()).isEqualTo("Ann and Bo to regroup");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Treasurer to report", "Members to note the accounts"})
    void readsNoTaskFromAnOutlinePointForAnOfficeOrBody(String point) throws Exception {
        assertThat(imported(OUTLINE.formatted(point)).actionItems()).isEmpty();
    }

    /** An outline whose second-level points are items of their own, one of them a task or an office's item. */
    private static final String OUTLINE = """
            # Summary Notes, Garden Board Meeting

            Date: 2021-03-03

            ## Attendees
            * Ann Lee (Acme)
            * Bo Park (Globex)
            * Cy Ruiz (Initech)


            ## Resolutions

            1. Hall rental status discussed
            \t1. %s
            \t1. Discussion to be resumed at next meeting

            1. Review of tools in use
            """;

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
