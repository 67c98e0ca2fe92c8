package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Movers and owners in forms clerks write from one body to the next, from invented minutes: a motion recorded under the
 * label "Action:", a motion's record run into the line above it by text taken from a page, the labels "MOVER:" and
 * "SECONDER:", "Motion: Director A; Second: Director B", a task put to someone in the passive ("was asked to"), a
 * given name ending as a plural does, sentences marked as action items with an asterisk, a charge taken on ("will be
 * responsible for"), "she'll", and notes that leave out the "is" ("Tod working with ...", "Kit going to provide ...");
 * and the guards: a label over a task, a plural, a state, a note, a motion only told of, the words of a resolution
 * naming no one, and a place one is going to.
 */
class RecordedMotionAndMarkedTaskFormsTest {

    @Test
    void readsAMotionRecordedUnderAnActionLabelAsAMotion() throws Exception {
        Meeting m = imported("""
                Lakeside Water Board
                Regular Meeting Minutes
                March 3, 2021

                1. Consent Items
                **Action:** Moved by Abbott, seconded by Castle, and carried unanimously by members present to adopt the consent calendar.

                2. Budget
                Action: On a motion by Castle, seconded by Abbott, and carried unanimously by the members present adopt Resolution No. 2021-4.

                3. Grounds
                Action: Dana Fox to book the contractor for the fence.
                """);
        assertThat(movers(m)).containsExactly("Abbott/Castle", "Castle/Abbott");
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task())
                .containsExactly("[Dana Fox] Book the contractor for the fence.");
    }

    @Test
    void readsAMotionRunIntoTheLineAboveIt() throws Exception {
        Meeting m = imported("""
                Lakeside Building Authority
                Meeting Minutes
                July 20, 2021

                2.1 Approval of June 22, 2021 Meeting Minutes 21-0823
                Attachments: 062221 - report pack
                A motion was made by Trustee Lane Rowe, seconded by Trustee Abbott, that this
                agenda item be approved.  The motion carried unanimously.
                """);
        assertThat(movers(m)).containsExactly("Lane Rowe/Abbott");
    }

    @Test
    void splitsASentenceBeforeTheRecordOfAMotionInCapitals() {
        assertThat(Sentences.split("Attachments: report pack A motion was made by Ann Lee, seconded by Bo, to open the hearing."))
                .containsExactly("Attachments: report pack", "A motion was made by Ann Lee, seconded by Bo, to open the hearing.");
        assertThat(Sentences.split("Item four Moved by Ann Lee, seconded by Bo Chan, to approve.")).hasSize(2);
        // Guards: told of in lower case inside a sentence, the sentence stays whole.
        assertThat(Sentences.split("He asked whether a motion was made by the council last year.")).hasSize(1);
        assertThat(Sentences.split("The board noted the motion by Ann Lee at the last meeting.")).hasSize(1);
    }

    @Test
    void readsMoverAndSeconderLabels() throws Exception {
        Meeting m = imported("""
                Hilltop School Parents Association
                General Meeting Minutes
                March 3, 2021
                The February draft minutes were tabled.
                MOTION: That the Minutes of the February General meeting be adopted as tabled.
                MOVER: Greta / SECONDER: Harriet
                The General Meeting was closed at 9.20am and the AGM opened
                MOTION: That the Association adopts the Treasurer's Reports as tabled.
                MOVER: Greta/ SECONDER: Ivy
                MOTION: That the hall be painted. MOVER: Harriet / SECONDER: Ivy
                Mover: none recorded.
                """);
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(x -> x.mover() + "/" + x.seconder() + ": " + x.text()))
                .containsExactly("Greta/Harriet: That the Minutes of the February General meeting be adopted as tabled",
                        "Greta/Ivy: That the Association adopts the Treasurer's Reports as tabled",
                        "Harriet/Ivy: That the hall be painted");
        // Guard: "the February General meeting be adopted" charges no one named "February General".
        assertThat(m.actionItems()).isEmpty();
    }

    @Test
    void readsAMotionLabelOverItsMoverAndSecond() throws Exception {
        Meeting m = imported("""
                Lakeside Fire District Board
                Minutes, April 4, 2022

                1. Surplus Vehicles
                Recommendation: Declare two vehicles surplus.
                Motion: Director Lee; Second: Director Chan
                Ayes: Lee, Chan, Ortiz, Ruiz
                """);
        assertThat(movers(m)).containsExactly("Lee/Chan");
    }

    @Test
    void readsTasksPutToSomeoneInThePassiveAndNamesEndingAsPluralsDo() throws Exception {
        Meeting m = imported("""
                Synopsis of Church Council Meeting Minutes
                Wednesday 4th May 2022

                Fabric – Gate hinges need to be repaired. Quentin was authorised to carry out this expenditure and oversee the repair.
                New Notice Board is required. Quentin was asked to get quotations for council to consider. Benches. The bench needs repairing. Frances is to get a quote for this.
                Volunteers were asked to bring tools on Saturday. Repairs is to be discussed. The hall will be the venue for the fair.
                """);
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Quentin] Carry out this expenditure and oversee the repair.",
                "[Quentin] Get quotations for council to consider.",
                "[Frances] Get a quote for this.");
    }

    @Test
    void readsSentencesMarkedWithAnAsteriskAsTheirOwners() throws Exception {
        Meeting m = imported("""
                Valley Population Committee
                May 10, 2012

                *Indicates action item for attendees

                Attendees: Karen, Virginia, Chuck, Milt.

                1a. Milt raised giving pens at table events.
                *Milt will check on prices and report back.

                1b. We need our own projector. *Chuck will ask the chapter for funds.
                *Note: the hall closes at nine.
                """);
        assertThat(owners(m)).containsExactly("[Milt] Check on prices and report back.", "[Chuck] Ask the chapter for funds.");
    }

    @Test
    void readsAChargeTakenOnWithWillBe() throws Exception {
        Meeting m = imported("""
                County Radio Club
                Minutes, November 12, 2025

                Present: Bobby Moss, Kevin Hart, Amy Lin

                New Business
                - Bobby will be the head of the Hamfest Committee
                - Amy will be responsible for the raffle
                - The hall will be the venue for the Hamfest
                - Kevin will be at the parade
                """);
        assertThat(owners(m)).containsExactly("[Bobby Moss] Be the head of the Hamfest Committee",
                "[Amy Lin] Be responsible for the raffle");
    }

    @Test
    void readsAContractedWillAndNotesThatLeaveOutTheIs() throws Exception {
        Meeting m = imported("""
                # Data Formats Call, 2016-09-06

                * Participants: Cora Vance, Tariq Hale, Tod Reyes, Kit Moss

                ## Items
                * IDs
                  * Cora said she'll post to the issue soon.
                  * Tariq mentioned that this has been discussed elsewhere and that
                    he'll write up the options.
                * Status
                  * Tod working with his manager on obtaining the old docs.
                  * Kit going to provide the page direction requirement.
                  * Cora going to the conference in May.
                  * Members working on the fair will get badges.
                  * Tariq is keeping Lou on as a contractor.  He'll be doing some further work.
                """);
        assertThat(owners(m)).containsExactly("[Cora Vance] Post to the issue soon.", "[Tariq Hale] Write up the options.",
                "[Tod Reyes] Work with his manager on obtaining the old docs.",
                "[Kit Moss] Provide the page direction requirement.");
    }

    private static List<String> movers(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(RecordedMotionAndMarkedTaskFormsTest::pair).toList();
    }

    private static String pair(Motion x) {
        return x.mover() + "/" + x.seconder();
    }

    private static List<String> owners(Meeting m) {
        return m.actionItems().stream().map(RecordedMotionAndMarkedTaskFormsTest::owned).toList();
    }

    private static String owned(ActionItem a) {
        return a.owners() + " " + a.task();
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
    }
}
