package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Action owners written as roles, offices and user names, from invented minutes: owners in Markdown code spans before
 * or after the task ("`ann` - book the hall", "Book the hall - `Treasurer`"), an office before the holder's surname
 * ("General Manager Okafor will ..."), a body whose own word is in lower case ("Grounds committee", "Data
 * taskforce"), and the user names a chat digest gives its speakers ("_ann.lee:_ I'll merge it"); and the guards: a
 * command or file in a code span, a span that says no one, a label in lower case, a name that no list of people gives,
 * a report named after an office, "Not" opening a sentence; and a request to a group of the meeting's people named by
 * what they do ("Developers are encouraged to ..."), kept though no attendance names them, unlike a plain statement
 * about such a group.
 */
class RoleAndHandleOwnerFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            `all` - Read the minutes!|[all]|Read the minutes!
            [ ] `events` - Send the plan for the spring fair|[events]|Send the plan for the spring fair
            [x] `Treasurer`, `Webmaster` - Put the accounts online|[Treasurer, Webmaster]|Put the accounts online
            `Second Year Rep` / `mika` - Hand out flyers|[Second Year Rep, mika]|Hand out flyers
            `ops`: renew the certificate|[ops]|Renew the certificate
            Renew the certificate - `ops`|[ops]|Renew the certificate
            Renew the certificate (`ops`, `Sam Reyes`)|[ops, Sam Reyes]|Renew the certificate
            Update `README` - `kit`|[kit]|Update `README`
            """)
    void readsOwnersInCodeSpans(String line, String owners, String task) {
        ActionItemRecognizer.Found f = ActionItemRecognizer.actionLine(line);
        assertThat(f.owners()).as(line).hasToString(owners);
        assertThat(f.task()).as(line).isEqualTo(task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "`npm test` - run it before merging",
        "`config.yml` - add the new host",
        "`none` - nothing this week",
        "`TBD` - find a venue"})
    void readsNoOwnerFromACommandAFileOrASpanThatSaysNoOne(String line) {
        assertThat(ActionItemRecognizer.actionLine(line).owners()).as(line).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            General Manager Okafor will attend the regional summit.|[General Manager Okafor]|Attend the regional summit.
            Finance Director Lindqvist to send the audit letter.|[Finance Director Lindqvist]|Send the audit letter.
            Parks Manager Osei stated she will brief the new staff.|[Parks Manager Osei]|Brief the new staff.
            Grounds committee will price the new fence.|[Grounds committee]|Price the new fence.
            The Data Taskforce will draft the glossary.|[The Data Taskforce]|Draft the glossary.
            Data taskforce to continue the survey of sources.|[Data taskforce]|Continue the survey of sources.
            """)
    void readsOfficesBeforeSurnamesAndBodiesInLowerCase(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Treasurer Report will be given at the next meeting.",
        "General Manager Report will follow the break.",
        "Not sure if they are here, they will research it."})
    void readsNoOwnerFromAReportNamedAfterAnOfficeOrFromNot(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).as(sentence).isEmpty();
    }

    @Test
    void readsCodeSpanOwnersUnderAnActionHeading() throws Exception {
        Meeting m = imported("""
                # Hill Walkers Committee, 4 March 2025

                ## Present
                - `Chair`, `Treasurer`, `Webmaster`

                ## Routes
                - Spring route agreed.

                ## Action Items
                - [ ] `all` - Read the new route guide
                - [ ] `Webmaster`, `Treasurer` - Put the fees page online
                - [x] `Chair` - Book the minibus
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners().size() + " " + a.task()).containsExactly(
                "1 Read the new route guide", "2 Put the fees page online", "1 Book the minibus");
    }

    @Test
    void readsUndertakingsOfSpeakersAChatDigestNamesByUserName() throws Exception {
        Meeting m = imported("""
                # Release meeting, May 6 2025

                **Present:**
                * kitsune
                * ann.lee
                * bo

                ## 1. Packaging

                * _kitsune:_ The installer is still broken on one platform.
                   * _ann.lee:_ Yes, will fix the installer this week.
                   * _bo:_ me neither
                   * _ann.lee:_ The rest can wait.
                * _kitsune:_ So the notes are not written, I will get to them after the build.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[ann.lee] Fix the installer this week.", "[kitsune] Get to them after the build.");
    }

    @Test
    void readsNoSpeakerFromALowerCaseLabelNoListOfPeopleGives() throws Exception {
        Meeting m = imported("""
                # Release meeting, May 6 2025

                **Present:** Kit Ng, Ann Lee

                ## 1. Packaging

                * _note:_ I will check the installer.
                * _note:_ I will check the notes.
                * _pros:_ I will write it up.
                * _pros:_ I will write the summary.
                """);
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void keepsARequestToAGroupOfTheMeetingsPeopleNamedByWhatTheyDo() throws Exception {
        Meeting m = imported("""
                # Quill user meeting, 3 November 2024

                ## Documentation

                - All quill users are invited to read the new guide and send comments.
                - Developers are encouraged to add examples before the release.
                - Volunteers will get a free ticket.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[All quill users] Read the new guide and send comments.", "[Developers] Add examples before the release.");
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
