package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Action owners in more forms, from invented minutes: a group named by its part in the work ("the authors" of the paper
 * the meeting reviews, "the organisers"), a lead-in closing a paragraph ("... The authors agreed to:") over the list of
 * their tasks, a given name the meeting settles a task on ("It was agreed that Nell would ..."), the owners' initials
 * straight after an action label ("Action DH: ..."), initials with helpers in brackets ("KS, (DH, LM): ..."), and the
 * rows of an AsciiDoc table with an owner column; and the guards: a body's list of decisions, a label that names no
 * one present, a sentence that does not go on from the lead-in, a table with no owner column, an outcome ("Unanimously
 * Agreed") set in a column after the minute where an owner would stand.
 */
class RoleGroupAndLabelOwnerFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The authors agreed to add a plot of the survey index.|[The authors]|Add a plot of the survey index.
            The authors also agreed to rename the scenarios in the tables.|[The authors]|Rename the scenarios in the tables.
            The organisers will book the hall for the spring fair.|[The organisers]|Book the hall for the spring fair.
            The presenters will upload their slides to the wiki.|[The presenters]|Upload their slides to the wiki.
            Rosa also agreed to check the lease.|[Rosa]|Check the lease.
            """)
    void readsTheGroupNamedByItsPartInTheWork(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The authors of the report were thanked for their work.",
        "The results will be published in the spring.",
        "The residents will be consulted by the council."})
    void readsNoOwnerFromAStatementAboutThem(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void readsTheListUnderALeadInThatClosesAParagraph() throws Exception {
        Meeting m = imported("""
                # Stock Review Working Group, 14 February 2023

                Present: Rosa Lind, Tomas Berg, Hana Sato

                ## Other edits to the paper

                Participants made several useful suggestions. The authors agreed to:

                * Standardise the names of the plots throughout.

                * Describe the dotted lines in the trend figures.

                * There was a suggestion to shorten the appendix.

                ## Budget

                The Board agreed to:

                * raise the fee to ten pounds
                * keep the reserve as it is
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[The authors] Standardise the names of the plots throughout.",
                "[The authors] Describe the dotted lines in the trend figures.");
        AgendaItem budget = m.agenda().get(1);
        assertThat(budget.decisions()).containsExactly("raise the fee to ten pounds", "keep the reserve as it is");
    }

    @Test
    void readsTheGivenNameTheMeetingSettlesATaskOn() throws Exception {
        Meeting m = imported("""
                # Lakeside Owners Association, 8 May 2022

                ## Dues

                Many ballots are still out. It was agreed that Nell would continue collecting the ballots at the gate.
                It was agreed that Training would resume in the autumn.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[Nell] Continue collecting the ballots at the gate.");
    }

    @Test
    void readsTheInitialsAfterAnActionLabelAndHelpersInBrackets() throws Exception {
        Meeting m = imported("""
                # Solver Project Meeting, 2 June 2021

                Present: Lena Marsh, David Holt, Kim Sato, Jo Baker

                # Action items

                1. KS, (DH, LM): Write a note on how the new interface should look.

                ## Survey update

                Action DH: compare the survey with the list of papers.
                Action JB: Add the install notes to the download page.
                Action Required: a decision on the release date.
                Action QZ: nothing here names QZ.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).contains(
                "[KS, DH, LM] Write a note on how the new interface should look.",
                "[DH] Compare the survey with the list of papers.",
                "[JB] Add the install notes to the download page.");
        assertThat(m.actionItems()).flatExtracting(a -> a.owners()).doesNotContain("Required", "QZ");
    }

    @Test
    void readsTheRowsOfAnAsciiDocTableWithAnOwnerColumn() throws Exception {
        Meeting m = imported("""
                = Standards Panel Call, 19 March 2019

                == Participants

                * Rosa Lind
                * Tomas Berg
                * Hana Sato

                == Open action points

                |===
                |No| Action points| Owner| Deadline

                |12
                |Send the draft agenda to the secretary.
                |@Rosa, Tomas
                |2019/04/01

                |15
                |Upload the ballot comments
                to the site.
                |@Hana
                |2019 April

                |===

                == Ballots

                |===
                |Ballot| Closes

                |DIS 1234-2
                |2019-05-02

                |===
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Rosa Lind, Tomas Berg] Send the draft agenda to the secretary.",
                "[Hana Sato] Upload the ballot comments to the site.");
        assertThat(m.agenda().get(2).narrative()).anySatisfy(n -> assertThat(n).contains("DIS 1234-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Cllr Mrs Carter proposed acceptance of the minutes seconded by Cllr Hale.    Unanimously Agreed",
        "The quote for the bench was accepted.\t\tCarried"})
    void readsNoOwnerFromAnOutcomeSetInAColumn(String minute) {
        assertThat(ActionItemRecognizer.ownerMark(minute)).isNull();
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
