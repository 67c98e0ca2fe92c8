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
            It was agreed that the Clerk would source three quotes for the bench.|[the Clerk]|Source three quotes for the bench.
            It was suggested that the Clerk contact the Borough Council about the verge.|[the Clerk]|Contact the Borough Council about the verge.
            It was agreed that, Cllr Hale and Cllr Ives would continue to represent us.|[Cllr Hale, Cllr Ives]|Continue to represent us.
            The Chairman will in future initial the bank statements.|[The Chairman]|In future initial the bank statements.
            Clerk to write to the highways department.|[Clerk]|Write to the highways department.
            To be confirmed by Cllr Fox at the next meeting.|[Cllr Fox]|To be confirmed at the next meeting
            To be circulated by the Secretary.|[the Secretary]|To be circulated
            """)
    void readsOwnersInSentences(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Member Ortiz will present the report at the April meeting.|[Member Ortiz]|Present the report at the April meeting.
            Chair Lund is going to ask the county for the figures.|[Chair Lund]|Ask the county for the figures.
            Councilor Abara will follow up with the state.|[Councilor Abara]|Follow up with the state.
            Greta vowed to have the office send a monthly newsletter.|[Greta]|Have the office send a monthly newsletter.
            Rolf promised to bring the projector.|[Rolf]|Bring the projector.
            In any case, Greta vowed to send the news monthly.|[Greta]|Send the news monthly.
            However, Rolf will check the lease.|[Rolf]|Check the lease.
            Ines and Tomas will continue to research the cost of mowing.|[Ines, Tomas]|Continue to research the cost of mowing.
            Ines agreed to book the hall.|[Ines]|Book the hall.
            Ines volunteered to take the minutes in June.|[Ines]|Take the minutes in June.
            Ines offered to drive the van.|[Ines]|Drive the van.
            Tomas said he would try to find a cheaper printer.|[Tomas]|Try to find a cheaper printer.
            Chair Lund asked Member Ortiz to draft the next report.|[Member Ortiz]|Draft the next report.
            Chair Lund asked Member Ortiz if he would draft the next report.|[Member Ortiz]|Draft the next report.
            Member Hale asked if Chair Lund could contact the county clerk.|[Chair Lund]|Contact the county clerk.
            Greta recommended that Rolf contact the printer about the proofs.|[Rolf]|Contact the printer about the proofs.
            Greta and Ines suggested that Rolf send his comments in writing.|[Rolf]|Send his comments in writing.
            Greta suggested that the board should review the lease.|[the board]|Review the lease.
            Rolf encourages the board to circulate drafts well before the meeting.|[the board]|Circulate drafts well before the meeting.
            Board members are encouraged to read the audit before May.|[Board members]|Read the audit before May.
            The Landscape Committee will come back with three quotes.|[The Landscape Committee]|Come back with three quotes.
            The Finance Sub-committee will review the reserves.|[The Finance Sub-committee]|Review the reserves.
            The board will look into what the bylaws say about fences.|[The board]|Look into what the bylaws say about fences.
            It was confirmed that Member Ortiz would present at the May meeting.|[Member Ortiz]|Present at the May meeting.
            It was noted that the board should write to the owners.|[the board]|Write to the owners.
            The auditor suggested tighter controls and the Chairman will in future sign the statements.|[the Chairman]|In future sign the statements.
            """)
    void readsTasksPutToSomeone(String sentence, String owners, String task) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(sentence, null);
        assertThat(found).extracting(f -> f.owners() + "|" + f.task()).containsExactly(owners + "|" + task);
    }

    @Test
    void readsHimAsTheOneSpokenOfBefore() {
        assertThat(ActionItemRecognizer.inSentence("Chair Lund asked him to draft some text.", "Member Ortiz"))
                .extracting(f -> f.owners() + " " + f.task() + " " + f.pronoun())
                .containsExactly("[Member Ortiz] Draft some text. him");
        // The one asking is no one to resolve "him" to.
        assertThat(ActionItemRecognizer.inSentence("Chair Lund asked him to draft some text.", "Chair Lund")).isEmpty();
    }

    @Test
    void readsEachClauseThatAssignsATask() {
        assertThat(ActionItemRecognizer.inSentence("Rolf will call the bank and Ines will write to the bank.", null))
                .extracting(f -> f.owners() + " " + f.task())
                .containsExactly("[Rolf] Call the bank", "[Ines] Write to the bank.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "He said the city will repave the road in May.",
            "Tomas said the report was late and the board will see it in June.",
            "It will be discussed again in June.",
            "We will see how the fair goes.",
            "Greta encouraged everyone to bring a friend to the fair.",
            "Everyone is encouraged to renew early.",
            "Chair Lund asked Member Ortiz to explain the figures.",
            "Member Hale asked if the Committee could take any actions to help.",
            "Greta suggested that Rolf was right about the fence.",
            "Greta recommended that the hall needed painting.",
            "It was noted that Rolf had sent the letter.",
            "The City Council will vote on the plan in May.",
            "Tomas said he would like to thank the volunteers.",
            "Member Ortiz said he would try and welcomed any help.",
            "Guests may join, and interested residents and board members should contact Rolf.",
            "Ines invited Rolf and Greta to present their proposal."})
    void findsNoOwnerInReportedSpeechOrVagueSubjects(String sentence) {
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

    @Test
    void keepsOwnersAsWrittenUnlessABareNameIsAnAttendees() throws Exception {
        Path f = tmp.resolve("2024-06-03-minutes.md");
        Files.writeString(f, """
                # Harbour Walk Advisory Committee – Minutes, 3 June 2024

                Present: Members Vera Ortiz, Paul Lund

                ## 1. Reports

                Member Ortiz will present the report to the Commission. Chair Abara will put the letter on letterhead.

                The board will look into the parking rules. Greta mentioned the ferry timetable. Greta vowed to ask the
                operator for the winter times. Funding will come from the reserve.

                ## 2. Elections

                - Nora Quint stands (proposed: Greta, seconded: Paul Lund)
                - Elected unanimously (7)
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Member Ortiz] Present the report to the Commission.",
                "[Chair Abara] Put the letter on letterhead.",
                "[The board] Look into the parking rules.",
                "[Greta] Ask the operator for the winter times.");
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(x -> x.mover() + "/" + x.seconder() + " " + x.result()))
                .containsExactly("Greta/Paul Lund passed");
    }

    private static String action(ActionItem a) {
        return a.owners() + " " + a.task() + " due " + a.due();
    }
}
