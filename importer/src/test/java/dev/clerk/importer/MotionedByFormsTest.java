package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A club's shorthand for who moved and who seconded, from invented minutes: "Motioned by A, Second B", "Motioned by A,
 * seconded by B to ...", "Motion by A, second B to ...", each after a bold topic label or inside a minute's sentence.
 * And the guards: "second" followed by no name, and "motioned" with no "by" and no name after it.
 */
class MotionedByFormsTest {

    @Test
    void readsTheMoverAfterMotionedByAndTheSeconderAfterABareSecond() throws Exception {
        Meeting m = imported("""
                # Radio club meeting, 9 March 2024

                Present: Ivo Brandt, Nell Ochoa, Tam Lowe

                ## Business

                **Adoption of the agenda:** Motioned by Ivo, Second Nell. Carried

                **Minutes of February meeting:** Motioned by Tam, seconded by Ivo. Carried

                **Field day:** Motion by Nell, second Tam to book the park shelter. Carried.
                """);
        assertThat(motions(m)).containsExactly("Ivo Brandt/Nell Ochoa", "Tam Lowe/Ivo Brandt", "Nell Ochoa/Tam Lowe");
    }

    @Test
    void readsMotionedByInsideASentenceWithItsText() throws Exception {
        Meeting m = imported("""
                # Radio club meeting, 9 March 2024

                Present: Ivo Brandt, Nell Ochoa, Tam Lowe

                ## Repeater

                The repeater needs a new battery, a purchase was motioned by Tam, seconded by Nell. Carried.
                """);
        assertThat(motions(m)).containsExactly("Tam Lowe/Nell Ochoa");
    }

    @Test
    void readsNoMoverWhereNoNameFollows() throws Exception {
        Meeting m = imported("""
                # Radio club meeting, 9 March 2024

                Present: Ivo Brandt, Nell Ochoa, Tam Lowe

                ## Notes

                The second field day of the season was motioned about at length.

                Motion by the members present, second the chair's view on the shelter.
                """);
        assertThat(motions(m)).isEmpty();
    }

    private static List<String> motions(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(MotionedByFormsTest::pair).toList();
    }

    private static String pair(Motion x) {
        return x.mover() + "/" + x.seconder();
    }

    private static Meeting imported(String text) throws Exception {
        return MinutesImporter.importText("minutes.md", text, ImportOptions.none()).meeting();
    }
}
