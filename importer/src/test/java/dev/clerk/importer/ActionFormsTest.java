package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Action items in the spellings minutes use, from invented minutes: owners as written, task, due date. */
class ActionFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rosa will send the survey to members by July 1st.|[Rosa]|Send the survey to members by July 1st.
            Rosa and Ken will draft the letter.|[Rosa, Ken]|Draft the letter.
            Rosa & Ken to draft the letter.|[Rosa, Ken]|Draft the letter.
            Group members will review the bylaws before the next meeting.|[Group members]|Review the bylaws before the next meeting.
            TSC members to provide input on qualifications.|[TSC members]|Provide input on qualifications.
            All TSC members to review the budget.|[All TSC members]|Review the budget.
            Web and Events teams to publish the calendar.|[Web and Events teams]|Publish the calendar.
            Carla Diaz told the board that Amy Greer would be working with her to set up payroll.|[Amy Greer]|Set up payroll.
            Rosa should visit the bank before Friday.|[Rosa]|Visit the bank before Friday.
            Ken shall contact the printers.|[Ken]|Contact the printers.
            Ken must renew the insurance.|[Ken]|Renew the insurance.
            It was agreed that Rosa should raise the complaint with the landlord.|[Rosa]|Raise the complaint with the landlord.
            It was **agreed** that Rosa should raise it.|[Rosa]|Raise it.
            It was agreed that the Clerk would source three quotes for the bench.|[Clerk]|Source three quotes for the bench.
            It was suggested that the Clerk contact the Borough Council about the verge.|[Clerk]|Contact the Borough Council about the verge.
            It was agreed that, Cllr Hale and Cllr Ives would continue to represent us.|[Cllr Hale, Cllr Ives]|Continue to represent us.
            The Chairman will in future initial the bank statements.|[Chairman]|In future initial the bank statements.
            Clerk to write to the highways department.|[Clerk]|Write to the highways department.
            To be confirmed by Cllr Fox at the next meeting.|[Cllr Fox]|To be confirmed at the next meeting
            To be circulated by the Secretary.|[Secretary]|To be circulated
            """)
    void readsOwnersInSentences(String sentence, String owners, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).owners()).hasToString(owners);
        assertThat(found.get(0).task()).isEqualTo(task);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Book the hall for May (Rosa)|[Rosa]|Book the hall for May
            Rosa to book the hall|[Rosa]|Book the hall
            [Rosa] Book the hall|[Rosa]|Book the hall
            Rosa - book the hall|[Rosa]|Book the hall
            Rosa/Ken: book the hall|[Rosa, Ken]|Book the hall
            Book the hall|[]|Book the hall
            """)
    void readsActionLines(String line, String owners, String task) {
        ActionItemRecognizer.Found f = ActionItemRecognizer.actionLine(line);
        assertThat(f.owners()).hasToString(owners);
        assertThat(f.task()).isEqualTo(task);
    }

    @ParameterizedTest
    @ValueSource(strings = {"It was agreed that the meeting is adjourned.", "It was suggested that the hall be painted.",
            "Ken would like to thank the volunteers.", "The roof should be repaired soon.",
            "To be honest nobody knew by Friday.", "It was agreed that Rosa is happy with the plan."})
    void readsNoOwnerWhereNoOneIsGivenATask(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void keepsOfficesJoinedBySlashAsOnePerson() {
        assertThat(ActionItemRecognizer.owners("City Manager/City Recorder Leanne Moll"))
                .containsExactly("City Manager/City Recorder Leanne Moll");
    }

    @Test
    void readsEachLineOfAnActionsCell() {
        assertThat(ActionItemRecognizer.inCell("<p>- Duncan to prepare a summary.</p><p>- Review the budget.</p>"))
                .extracting(f -> f.owners() + " " + f.task())
                .containsExactly("[Duncan] Prepare a summary.", "[] Review the budget.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The city will host the festival in June.",
            "Need to do a storage audit.",
            "Discussion to continue at the next meeting.",
            "There will be a workshop in May."})
    void leavesStatementsThatAssignNoOneAlone(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void readsActionsFromLabelsListsAndTables() throws Exception {
        Path f = tmp.resolve("2024-05-06-minutes.md");
        Files.writeString(f, """
                # Friends of Elm Park – Minutes, 6 May 2024

                Present: Rosa Lind, Ken Obi, Marta Ruiz

                ## 1. Spring Fair

                Rosa Lind will book the bandstand by 1 June.

                ACTION: Ken Obi to order the banners before 20 May.

                AI: Marta Ruiz - ask the council about parking

                ## 2. Agenda

                | Topic | Notes | Actions |
                | ----- | ----- | ------- |
                | Budget | Reviewed | <p>- Marta to update the spreadsheet.</p><p>- Share the totals.</p> |

                ## Action items

                - Rosa Lind: send thank-you letters
                - Ken Obi & Marta Ruiz: clear the shed by next meeting
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(ActionFormsTest::action).containsExactly(
                "[Rosa Lind] Book the bandstand by 1 June. due 2024-06-01",
                "[Ken Obi] Order the banners before 20 May. due 2024-05-20",
                "[Marta Ruiz] Ask the council about parking due null",
                "[Marta Ruiz] Update the spreadsheet. due null",
                "[] Share the totals. due null",
                "[Rosa Lind] Send thank-you letters due null",
                "[Ken Obi, Marta Ruiz] Clear the shed by next meeting due null");
    }

    private static String action(ActionItem a) {
        return a.owners() + " " + a.task() + " due " + a.due();
    }
}
