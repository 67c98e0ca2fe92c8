package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Motions whose mover is told apart from their words, each in minutes written for the test: the proposer and seconder
 * named together inside a sentence ("she proposed & Cllr Ross seconded that ..."), a proposer in one sentence and
 * the seconder in the next, a "Motion:" line with its mover on a line below ("* Ann moves."), and a motion laid out
 * as fields under a heading that names it ("Presenter:", "Text:", "Resolution:").
 */
class SeparateProposerFormsTest {

    private static List<String> motions(String text) throws Exception {
        Meeting m = MinutesImporter.importText("minutes.txt", text, ImportOptions.none()).meeting();
        return m.allItems().flatMap(i -> i.motions().stream()).map(SeparateProposerFormsTest::motion).toList();
    }

    private static String motion(Motion x) {
        return x.mover() + "/" + x.seconder() + " " + x.result() + ": " + x.text();
    }

    @Test
    void readsProposerAndSeconderNamedTogetherInsideASentence() throws Exception {
        assertThat(motions("""
                Minutes of the Glenbrook Community Council, 2 May 2022

                14. Village Green: Cllr Hale explained that the bench needed a new seat and she proposed & Cllr Ross \
                seconded that the council buy one. All were in favour.
                """)).containsExactly("Hale/Ross passed: that the council buy one");
        assertThat(motions("""
                Minutes of the Allotment Society, 2 May 2022

                Plots
                After a long discussion, Tom Weir proposed and Jo Park seconded that rents rise by five pounds.
                """)).containsExactly("Tom Weir/Jo Park null: that rents rise by five pounds");
        assertThat(motions("""
                Minutes of the Bowls Club, 2 May 2022

                Greens
                The captain said the roller was broken, so Amy Fox moved & Ben Cole seconded that it be repaired.
                """)).containsExactly("Amy Fox/Ben Cole null: that it be repaired");
    }

    @Test
    void readsAProposerWhoseSecondFollowsInTheNextSentence() throws Exception {
        assertThat(motions("""
                Minutes of the Film Society AGM, 2 May 2022

                1. Minutes of the last AGM
                Rosa Diaz proposed the minutes as circulated were a true record. Sam Lee seconded the proposal.
                """)).containsExactly("Rosa Diaz/Sam Lee null: the minutes as circulated were a true record");
        assertThat(motions("""
                Minutes of the Film Society AGM, 2 May 2022

                1. Accounts
                Ivan Novak proposed that the accounts be adopted.
                Mia Chen seconded.
                """)).containsExactly("Ivan Novak/Mia Chen null: that the accounts be adopted");
        // A proposal no one seconds is a suggestion, not a motion.
        assertThat(motions("""
                Minutes of the Film Society AGM, 2 May 2022

                1. Programme
                Ivan Novak proposed a season of silent films. Members liked the idea.
                """)).isEmpty();
    }

    @Test
    void readsAMotionLineWithItsMoverOnALineBelow() throws Exception {
        assertThat(motions("""
                # Technical Committee, 2 May 2022

                ## Licences

                Motion: accept the guide for contributors
                * Daniel moves.
                * No opposes, no abstains
                """)).containsExactly("Daniel/null passed: accept the guide for contributors");
        assertThat(motions("""
                # Technical Committee, 2 May 2022

                ## Releases

                Motion: Adopt the release calendar
                - Priya so moved
                - Karl seconds
                - None opposed
                """)).containsExactly("Priya/Karl passed: Adopt the release calendar");
        assertThat(motions("""
                # Technical Committee, 2 May 2022

                ## Budget

                Resolution - fund the build servers for a year.
                Omar moved.
                No objections.
                """)).containsExactly("Omar/null passed: fund the build servers for a year");
    }

    @Test
    void readsAMotionLaidOutAsFieldsUnderItsHeading() throws Exception {
        assertThat(motions("""
                <h1>Steering Committee Minutes</h1>
                <p><strong>Date:</strong> 2022-05-04</p>
                <h2>Motions</h2>
                <h3>Motion #2022-05/1</h3>
                <p>Presenter: Lena Ortiz</p>
                <p>Text: Approve the workshop in Lisbon.</p>
                <p>Resolution: Passed</p>
                <h3>Motion #2022-05/2</h3>
                <p>Presenter: Ken Ito</p>
                <p>Text: Open a call for new task forces.</p>
                <p>Resolution: Postponed to the next meeting</p>
                """)).containsExactly("Lena Ortiz/null passed: Approve the workshop in Lisbon",
                "Ken Ito/null tabled: Open a call for new task forces");
        assertThat(motions("""
                # Board minutes, 2 May 2022

                ## Resolution 4: Website

                **Proposed by:** Ada Cole

                **Wording:** That the board rebuild the website.

                **Outcome:** Carried
                """)).containsExactly("Ada Cole/null passed: That the board rebuild the website");
        // Under a heading that names no motion, a presenter is only the one who spoke.
        assertThat(motions("""
                # Board minutes, 2 May 2022

                ## Update 1

                Sponsor: Ada Cole

                Text: The website is live.

                Outcome: Passed round the table
                """)).isEmpty();
    }
}
