package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Motions and owners in more of the forms minutes use, from invented minutes: "Motion to ...: Moved by A and seconded
 * by B", "A made the following motion:" with the motion in quotes, "A makes a motion to ..." with a roll call, the
 * "First: A / Second: B" block; "A to ..." under "Action items:", a speaker's "I need to ...", "he" later in the
 * sentence that names him, "He volunteered to ...", two undertakings in one sentence.
 */
class MotionOwnerMoreFormsTest {
    @TempDir
    Path tmp;

    /** The motions a paragraph opens, each as "mover / seconder / result / text". */
    private static List<String> motions(String paragraph) {
        List<String> out = new ArrayList<>();
        MotionRecognizer.Found f = null;
        for (String s : Sentences.plain(paragraph)) {
            MotionRecognizer.Found opened = MotionRecognizer.opens(s);
            if (opened != null) {
                f = opened;
                out.add("");
            } else if (f != null) {
                MotionRecognizer.continues(f, s);
            }
            if (f != null) {
                out.set(out.size() - 1, f.mover + " / " + f.seconder + " / " + f.result + " / " + f.text);
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12 Renew the library lease (Ordinance)  Motion to amend the lease term:  Moved by Commissioner Ortiz and seconded by Commissioner Bell.  (Y-4)|Commissioner Ortiz / Commissioner Bell / null / Motion to amend the lease term
            Motion to accept the revised report: Moved by Mayor Kline, seconded by Councilor Dunn. Passed 5-0.|Mayor Kline / Councilor Dunn / passed / to accept the revised report
            Harlow made the motion to approve the paving bid. Ives seconded the motion. Motion passed 3-0.|Harlow / Ives / passed / to approve the paving bid
            Rosa Vance makes a motion to confirm Tim Orr as treasurer.|Rosa Vance / null / null / to confirm Tim Orr as treasurer
            We thank Tim for coming and Rosa makes another motion to confirm Ada Pike as secretary:|Rosa / null / null / to confirm Ada Pike as secretary
            Lena Park makes a motion to hold a special meeting on the first Monday in May (2025-05-05) at 6:30p (after the open session) to discuss the budget. The motion passes unanimously.|Lena Park / null / passed / to hold a special meeting on the first Monday in May (2025-05-05) at 6:30p (after the open session) to discuss the budget
            Quill made another motion to table the item. Seconded by Ames. The motion failed.|Quill / Ames / failed / to table the item
            """)
    void readsMotionsInMoreForms(String paragraph, String expected) {
        assertThat(motions(paragraph)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Motion to give the money raised by Robotics Club to the food bank.",
        "She made the motion sound simpler than it was.",
        "First: we reviewed the budget.",
        "First: Introductions."
    })
    void readsNoMoverWhereNoneIsNamed(String sentence) {
        MotionRecognizer.Found f = MotionRecognizer.opens(sentence);
        assertThat(f == null ? null : f.mover).isNull();
    }

    @Test
    void readsTheFollowingMotionInQuotesAndTheRollCall() throws Exception {
        Path f = tmp.resolve("2023-09-12-minutes.md");
        Files.writeString(f, """
                # Marlow Select Board – Minutes, 12 September 2023

                Present: Dana Harlow, Rui Ives, Tess Quill

                ## 1. Borrowing

                Harlow made the following motion:

                "To authorize the Treasurer to borrow up to $50,000 until the tax bills are paid." Ives seconded the motion. Motion passes 2-0.

                ## 2. Officers

                Quill makes a motion to confirm Rui Ives as clerk:
                * Harlow votes yes
                * Quill votes yes
                * Ives votes no
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.allItems().flatMap(i -> i.motions().stream()))
                .extracting(x -> x.mover() + " / " + x.seconder() + " / " + x.text() + " / " + x.vote())
                .hasSize(2)
                .first().asString()
                .startsWith("Dana Harlow / Rui Ives / To authorize the Treasurer to borrow up to $50,000");
        assertThat(m.allItems().flatMap(i -> i.motions().stream()))
                .last().satisfies(x -> {
                    assertThat(x.mover()).isEqualTo("Tess Quill");
                    assertThat(x.text()).isEqualTo("to confirm Rui Ives as clerk");
                    assertThat(x.vote().ayes()).isEqualTo(2);
                    assertThat(x.vote().noes()).isEqualTo(1);
                });
    }

    @Test
    void readsFirstAndSecondBlocksUnderTheMotionsLine() throws Exception {
        Path f = tmp.resolve("2023-10-03-minutes.md");
        Files.writeString(f, """
                # Chess Club Officers – Minutes, 3 October 2023

                Present: Lena Park, Omar Diaz, Kim Roth

                ## 1. Business

                1. Approval of Agenda: **[PASS]**
                    1. First: Lena **[PASS]**
                    2. Second: Omar **[PASS]**
                    3. Discussion: None
                1. Motion to give the money raised by the bake sale to the junior section: **[PASS]**
                    1. First: Kim: happy to.
                    2. Second: Lena **[PASS]**
                    3. Discussion: None
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.allItems().flatMap(i -> i.motions().stream()))
                .extracting(x -> x.mover() + " / " + x.seconder() + " / " + x.text() + " / " + x.result())
                .containsExactly("Lena Park / Omar Diaz / Approval of Agenda / passed",
                        "Kim Roth / Lena Park / Motion to give the money raised by the bake sale to the junior section / passed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ruth mentions a late fee on the 2021 filing, she says she will look into what is needed to waive it.|[Ruth]|Look into what is needed to waive it.
            Omar brings up liability insurance and there is general agreement that he should look into it.|[Omar]|Look into it.
            Tess is given the go-ahead to ask the printer for a quote.|[Tess]|Ask the printer for a quote.
            Kim still needs to return the projector to the library.|[Kim]|Return the projector to the library.
            Carla to turn these notes into a draft budget.|[Carla]|Turn these notes into a draft budget.
            """)
    void readsOwnersInMoreForms(String sentence, String owners, String task) {
        SentenceTasks.assignsOne(sentence, owners, task);
    }

    @Test
    void splitsTwoUndertakingsInOneSentence() {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.inSentence(
                "Ann will write to Tom Reed (Parks Officer) and Bo will speak to Eve Hall (Library).", null);
        assertThat(found).extracting(x -> x.owners() + " " + x.task()).containsExactly(
                "[Ann] Write to Tom Reed (Parks Officer)", "[Bo] Speak to Eve Hall (Library).");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jo reported that the hall was booked, and that the chairs were moved.",
        "Omar asked Kim whether he should write to the council.",
        "Ruth thanked Omar for the flyers, he will be missed.",
        "Can we get members to list what they need?"
    })
    void readsNoOwnerFromReportOrAmbiguousPronoun(String sentence) {
        assertThat(ActionItemRecognizer.inSentence(sentence, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sal|I will be coaching Leo from now on.|[Sal]
            David|I need to get the credentials for the website.|[David]
            Nora|I should run the quiz team this year.|[Nora]
            """)
    void readsASpeakersOwnUndertaking(String speaker, String said, String owners) {
        List<ActionItemRecognizer.Found> found = ActionItemRecognizer.undertaking(speaker, speaker + ": " + said);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).owners()).hasToString(owners);
    }

    @Test
    void readsActionItemsListedUnderALabelAndHeVolunteered() throws Exception {
        Path f = tmp.resolve("2023-11-07-minutes.md");
        Files.writeString(f, """
                # Garden Share – Minutes, 7 November 2023

                Present: Jon Pratt, Mei Wong

                ## 1. Funding

                - Discussion of the grant round
                    - Carla: Can we get members to list what they need?
                    - Action items:
                        - Carla to turn these notes into a draft budget.
                        - Mei to ask the council about water.
                            - Last year's letter https://example.org/letter

                ## 2. Tools

                Jon suggested that we keep a log of the tools lent out. He volunteered to draft a sign-out sheet.

                ## 3. Spring fair

                - Jon: The fair opens in May. Who will book the stall?
                    - Mei: I will.
                - Dev: I will be running the raffle again.
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.actionItems()).extracting(a -> a.owners() + " " + a.task()).containsExactly(
                "[Carla] Turn these notes into a draft budget.",
                "[Mei Wong] Ask the council about water.",
                "[Jon Pratt] Draft a sign-out sheet.",
                "[Mei Wong] Book the stall.",
                "[Dev] Running the raffle again.");
    }
}
