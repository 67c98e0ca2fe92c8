package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Motion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Motions as township and small boards' minutes write them, from invented minutes: "The motion to adopt was made by
 * Tom Reed, Ann Bell second, with Sue King making it unanimous." (what was moved before its mover, the article "The"
 * before "motion"), and the seconder written with the bare word "second" after the mover's clause ("Ann Bell made the
 * motion to approve, Tom Reed second, ..."). Guard: "second" that is no seconder's ("the second reading") stays text.
 */
class MotionMadeByAndBareSecondFormsTest {

    private static List<Motion> motions(String paragraph) throws Exception {
        String minutes = """
                # Parks Board

                May 4, 2021

                Present: Ann Bell, Tom Reed, Joe Hart Jr., Sue King

                ## Business

                %s
                """.formatted(paragraph);
        ImportResult r = MinutesImporter.importText("minutes.txt", minutes, ImportOptions.none());
        return r.meeting().allItems().flatMap(i -> i.motions().stream()).toList();
    }

    @Test
    void readsTheMotionToWhatWasMadeByItsMover() throws Exception {
        List<Motion> found = motions("The board reviewed the plan. The motion to adopt was made by Tom Reed, Ann Bell"
                + " second, with Sue King making it unanimous.");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.mover()).isEqualTo("Tom Reed");
            assertThat(m.seconder()).isEqualTo("Ann Bell");
            assertThat(m.text()).isEqualTo("to adopt");
        });
        assertThat(motions("The motion to adopt the plan was made by Joe Hart Jr., Tom Reed second."))
                .singleElement().satisfies(m -> {
                    assertThat(m.mover()).isEqualTo("Joe Hart Jr.");
                    assertThat(m.seconder()).isEqualTo("Tom Reed");
                });
    }

    @Test
    void readsTheBareSecondAfterTheMoversClause() throws Exception {
        List<Motion> found = motions("The minutes were reviewed. Ann Bell made the motion to approve, Tom Reed second,"
                + " with Sue King making it unanimous.");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.mover()).isEqualTo("Ann Bell");
            assertThat(m.seconder()).isEqualTo("Tom Reed");
            assertThat(m.text()).isEqualTo("to approve");
        });
    }

    @Test
    void leavesASecondThatIsNoSeconder() throws Exception {
        List<Motion> found = motions("Ann Bell made the motion to hold the second reading in June, Tom Reed seconded.");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.seconder()).isEqualTo("Tom Reed");
            assertThat(m.text()).contains("second reading");
        });
    }
}
