package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Owners and movers in the forms parish councils, village halls and societies write them, from invented minutes: an
 * office in lower case owning a task ("clerk to complete", "The clerk is to notify ..."), a task after a topic that
 * follows a heading's label ("Correspondence: Highways survey - clerk to complete"), a task put to an officer after
 * "and" in a body's sentence ("... and instructed the Chair to contact ..."), "Upon the proposition of A, seconded by
 * B", "proposed A seconded B" without "by", "A moved the adoption of the report", and a proposal whose outcome the
 * next sentence of its paragraph tells; and the guards: an office's full title ("Clerk to the Council"), a direction
 * only thought of, a suggestion, an outcome in another paragraph, a move of furniture, and a word after a colon
 * inside a word ("dcterms:URI to change ...").
 */
class OfficeOwnerAndProposerFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Correspondence: Highways survey - clerk to complete.|[clerk]|Complete: Highways survey
            Letter about the bus shelter - clerk to write to the operator.|[clerk]|Write to the operator.
            The clerk is to notify the Police of the broken gate.|[The clerk]|Notify the Police of the broken gate.
            Our treasurer will bank the cheques before Friday.|[Our treasurer]|Bank the cheques before Friday.
            The secretary to book the hall for the AGM.|[The secretary]|Book the hall for the AGM.
            The Board agreed to take up the offer and instructed the Chair to contact the college.|[the Chair]|Contact the college.
            The committee noted the letter and asked the Secretary to write to the county.|[the Secretary]|Write to the county.
            """)
    void readsAnOfficeOwningATask(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mrs Ames, clerk to the council, read the letter.",
        "Mrs Ames, Clerk to the Council, read the letter.",
        "Ann Lee, Secretary to the Trust, thanked the members.",
        "The chair to be repaired before the AGM.",
        "The Board could have waited and asked the Clerk to write to the county.",
        "The Board discussed whether to fund the fair and asked the Treasurer to look for the money.",
        "The Board welcomed the guests and asked them to introduce themselves.",
        "The committee thanked the speaker and asked the Chair to explain the delay.",
        // A colon inside a word sets off no topic: what follows it is no owner.
        "Need to add the proposed change to dcterms:URI to change the link to the new spec.",
        "The vote is recorded at minutes:Ballot to close on Friday."})
    void readsNoOwnerFromATitleAThoughtOrTheConductOfTheMeeting(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @Test
    void keepsTheTaskAnOfficerIsGivenInABodysDecision() throws Exception {
        Meeting m = imported("""
                # Harwell Society Board, 4 May 2022

                Present: Ann Lee (Chair), Bo Chan, Cy Dent

                ## 1. Venue

                Because the hall was booked, the Board agreed to pursue the offer from the college and instructed the Chair to contact the bursar.

                ## 2. Garden

                The Board agreed to revisit the planting in the autumn.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[The Chair] Contact the bursar.");
    }

    @Test
    void readsMoversInTheFormsOfParishAndSocietyMinutes() throws Exception {
        Meeting m = imported("""
                # Brackley Village Hall Committee, 3 March 2021

                Present: Kay Lyle, Bo Oduya, Ann Tarrant, Tom Rowe

                ## 1. Accounts

                The accounts were tabled and, upon the proposition of Kay Lyle, seconded by Ann Tarrant, it was resolved unanimously "That the accounts be approved."

                ## 2. Payments

                Hall hire £40.00 - Insurance £210.00 - proposed Kay Lyle seconded Bo Oduya pass for payment.

                ## 3. Annual Report

                Mr Rowe moved the adoption of the report and thanked the volunteers.

                ## 4. Events

                TR proposed that the committee buy a gazebo for the fete. This proposal was not accepted on cost grounds.

                KL proposed that members be offered a discount on fete tickets. The proposal was agreed.
                """);
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(OfficeOwnerAndProposerFormsTest::motion)).containsExactly(
                "Kay Lyle/Ann Tarrant passed",
                "Kay Lyle/Bo Oduya null",
                "Tom Rowe/null null",
                "TR/null failed",
                "KL/null passed");
    }

    @Test
    void readsNoMotionFromASuggestionAnOutcomeElsewhereOrAMoveOfFurniture() throws Exception {
        Meeting m = imported("""
                # Marsh Lane Residents' Association, 2 March 2019

                Present: Jane Hill (Chair), Tom Rowe, Kate Fry

                ## 1. Events

                a. TR proposed that the Association invite the mayor to the fete. After some discussion the Chair agreed to phone the mayor's office.

                b. KF suggested that the fete run over two days. This proposal was not accepted on cost grounds.

                c. Mr Rowe moved the tables into the hall before the meeting.
                """);
        assertThat(m.allItems().flatMap(i -> i.motions().stream())).isEmpty();
    }

    private static String motion(Motion x) {
        return x.mover() + "/" + x.seconder() + " " + x.result();
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
