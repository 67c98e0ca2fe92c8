package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.check.CheckReport;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.ModelWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offices as owners and the motions of public bodies, from invented minutes: a resolution whose clauses charge the
 * Clerk, the Chairman, the Treasurer or a town's manager with a task ("RESOLVED: That the Clerk should write ...",
 * "Resolved that the Treasurer pay ...", "AGREED: that the Town Manager be asked to ..."), two charges in one
 * resolution; the staff officers of councils and boards by their posts; motions laid out a step at a time under
 * labels in any capitals ("MOVED: A moved, second by B, to ...", "VOTED: 9-0-1 by roll call"), wrapped over lines;
 * "moved to APPROVE" in capitals; members named by initials ("DH proposed, and AM seconded, and the minutes were
 * approved"). And what is not a task: a resolution that charges no one, a body's own resolve, what was reported or
 * done; and a vote with no mover stays moverless.
 */
class ResolutionAndStepMotionFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RESOLVED: That the Clerk should write to the highways authority about the verge.|[the Clerk]|Write to the highways authority about the verge.
            Resolved that the Treasurer pay the grass-cutting invoice.|[the Treasurer]|Pay the grass-cutting invoice.
            AGREED: that the Town Manager be asked to report on the bridge repairs.|[the Town Manager]|Report on the bridge repairs.
            RESOLVED (unanimously): That the Chairman is to sign the lease on behalf of the Council.|[the Chairman]|Sign the lease on behalf of the Council.
            The Council resolved that the Parish Clerk shall obtain three quotes for the bench.|[the Parish Clerk]|Obtain three quotes for the bench.
            It was resolved that Cllr Hale be instructed to inspect the play area.|[Cllr Hale]|Inspect the play area.
            That the Executive Director will present the draft budget in May.|[the Executive Director]|Present the draft budget in May.
            """)
    void readsAResolutionThatChargesAnOfficerOrMember(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @Test
    void readsEachChargeOfAResolutionWithTheConditionBeforeIt() {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence("RESOLVED: That the quotation be accepted, and"
                + " that the Clerk should renew the cover.", null);
        assertThat(found).extracting(f -> f.owners() + " " + f.task()).containsExactly("[the Clerk] Renew the cover.");

        found = ActionItemRecognizer.inSentence("RESOLVED: That the Chairman should ask the surgery for its figures and, subject"
                + " to any changes to the draft, the Clerk should send the letter to the health board.", null);
        assertThat(found).extracting(f -> f.owners() + " " + f.task()).containsExactly(
                "[the Chairman] Ask the surgery for its figures",
                "[the Clerk] Subject to any changes to the draft, send the letter to the health board.");

        found = ActionItemRecognizer.inSentence("Resolved that the request be refused and that when replying the Clerk should"
                + " explain the Council's policy on the green.", null);
        assertThat(found).extracting(f -> f.owners() + " " + f.task()).containsExactly(
                "[the Clerk] Explain the Council's policy on the green.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RESOLVED: That the Clerk's Report be received and noted.
            RESOLVED: That the Parish Council support the tree planting scheme.
            Resolved that the accounts be approved and signed by the Chairman.
            RESOLVED: That such permission should not be granted.
            The Clerk reported that the Chairman had written to the surgery.
            That the Committee meet again in June.
            """)
    void readsNoTaskFromAResolutionThatChargesNoOneOrWhatWasDone(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The Town Manager will bring the paving costs to the next meeting.|[The Town Manager]|Bring the paving costs to the next meeting.
            The City Manager was asked to contact the county about the culvert.|[The City Manager]|Contact the county about the culvert.
            The Finance Officer is to circulate the quarterly figures.|[The Finance Officer]|Circulate the quarterly figures.
            The Chief Executive Officer should keep the Board informed.|[The Chief Executive Officer]|Keep the Board informed.
            City Manager/City Recorder Ann Lund will call for a quote.|[City Manager/City Recorder Ann Lund]|Call for a quote.
            """)
    void readsStaffOfficersByTheirPosts(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    private Meeting read(String minutes) throws Exception {
        Path f = tmp.resolve("2025-05-06-minutes.md");
        Files.writeString(f, minutes);
        ImportResult result = MinutesImporter.importFile(f);
        Path written = tmp.resolve("2025-05-06.yaml");
        Files.writeString(written, ModelWriter.yaml(result.meeting(), null, result.comments()));
        CheckReport check = Checker.check(written);
        assertThat(check.errors()).as(check.problems().toString()).isZero();
        return result.meeting();
    }

    private static List<String> motions(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(ResolutionAndStepMotionFormsTest::motion).toList();
    }

    private static String motion(Motion x) {
        return x.mover() + "/" + x.seconder() + " " + x.result() + ": " + x.text();
    }

    private static List<String> owners(Meeting m) {
        return m.allItems().flatMap(i -> i.actions().stream()).map(a -> a.owners() + " " + a.task()).toList();
    }

    @Test
    void readsAParishCouncilsResolutionsAsTasksForItsOfficers() throws Exception {
        Meeting m = read("""
                # Minutes of Eastbrook Parish Council, 6 May 2025

                Present: Mr Owen Hale (Chairman), Mrs Rita Ives, Mr Sam Dent, Councillors, Mrs Joan Bell, Clerk

                ## 1. Insurance

                The Clerk reported that the renewal quotation was £612.

                RESOLVED: That the quotation be accepted, and that the Clerk should renew the policy.

                ## 2. Bank reconciliation

                RESOLVED: That the statement be accepted and confirmed.

                ## 3. Village green

                The Council considered a request to hold a market on the green.

                RESOLVED: That the request be refused and that the Chairman should reply to the organisers.
                """);
        assertThat(owners(m)).containsExactly("[The Clerk] Renew the policy.", "[The Chairman] Reply to the organisers.");
    }

    @Test
    void readsMotionsLaidOutUnderLabelsInAnyCapitals() throws Exception {
        Meeting m = read("""
                # Joint Meeting of the Town Council and Library Board, May 6, 2025

                Present: Councilors Ames, Brook, Cole, Dunn; Trustees Ellis, Ford

                ## 1. Vote to fill the vacancy

                MOVED: President Ames moved, second by Councilor Brook, to appoint Dana Price, a
                resident of the Town, to serve on the Library Board until the next election is held in
                November.
                VOTED: 5-0-1 by roll call (Councilors Ames, Brook, Cole, Dunn and Trustee Ellis voted Yes; Trustee Ford
                abstained).

                ## 2. Paving contract

                MOTION: Councilor Cole moved to APPROVE the paving contract. Councilor Dunn seconded the motion. The
                motion passed unanimously.

                ## 3. Library hours

                Moved: Trustee Ellis moved to Adopt the summer hours. Seconded by Trustee Ford. Carried.

                ## 4. Minutes

                Minutes of 1 April: CA proposed, and DD seconded, and the minutes were unanimously approved.

                ## 5. Budget

                Vote: 6-0 to send the budget to the Finance Committee.

                ## 6. Site plan

                MOTION: To approve the site plan for the depot.

                VOTED: 4-2.
                """);
        assertThat(motions(m)).containsExactly(
                "Ames/Brook passed: to appoint Dana Price, a resident of the Town, to serve on the"
                        + " Library Board until the next election is held in November",
                "Cole/Dunn passed: to APPROVE the paving contract",
                "Ellis/Ford passed: to Adopt the summer hours",
                "CA/DD passed: Minutes of 1 April",
                "null/null passed: To approve the site plan for the depot");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Participation on committees: CEO Lund continues to sit on the state commission.|CEO Lund
            Website – Cllr Ames updated the calendar.|Cllr Ames
            Over time, the caps would reduce the households served.|-
            For example, in 2024, the agency would serve fewer households.|-
            More concerning, however, is the proposed budget.|-
            During the summer the hall was closed.|-
            """)
    void findsTheSubjectAfterATopicAndNoneInAnOpeningPhrase(String sentence, String subject) {
        assertThat(ActionItemRecognizer.subjectOf(sentence)).isEqualTo(subject);
    }

    @Test
    void aPronounStandsForThePersonBeforeItNotForAnOpeningPhrase() throws Exception {
        Meeting m = read("""
                # Board of Commissioners, Riverside Housing Authority, May 6, 2025

                Present: Vice Chair Ana Ruiz, Commissioner Ben Ortiz, Chief Executive Officer Mara Lund

                ## CEO's Report

                - Committees: CEO Lund continues to sit on the state housing commission.
                - Budget caps: Over time, the caps would reduce the households served. She will keep the Board posted.
                """);
        assertThat(owners(m)).hasSize(1);
        assertThat(owners(m).get(0)).contains("Lund").endsWith("Keep the Board posted.");
    }

    @Test
    void aPersonWhoMovedHouseIsNoMotion() {
        assertThat(MotionRecognizer.opens("Councilor Cole moved to Portland in March.")).isNull();
        assertThat(MotionRecognizer.opens("Her family moved to Boston last year.")).isNull();
    }
}
