package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.check.CheckReport;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.ModelWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Motions spread over several lines or sentences, from invented minutes: the motion's words on one line, its mover,
 * seconder and result on the lines after it, or the mover and seconder sentences apart in a paragraph; and votes the
 * minutes name no mover for.
 */
class SpreadMotionFormsTest {
    @TempDir
    Path tmp;

    private ImportResult read(String minutes) throws Exception {
        Path f = tmp.resolve("2025-03-11-minutes.md");
        Files.writeString(f, minutes);
        ImportResult result = MinutesImporter.importFile(f);
        // Every motion read must still satisfy 'clerk check': movers present, seconder not the mover, counts possible.
        Path written = tmp.resolve("2025-03-11.yaml");
        Files.writeString(written, ModelWriter.yaml(result.meeting(), null, result.comments()));
        CheckReport check = Checker.check(written);
        assertThat(check.errors()).as(check.problems().toString()).isZero();
        return result;
    }

    private static List<String> motions(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(SpreadMotionFormsTest::motion).toList();
    }

    private static String motion(Motion x) {
        String vote = x.vote() == null ? "" : " " + x.vote().ayes() + "-" + x.vote().noes();
        return x.mover() + "/" + x.seconder() + " " + x.result() + vote + ": " + x.text();
    }

    @Test
    void readsAMotionABulletAtATimeWithCallSigns() throws Exception {
        Meeting m = read("""
                # Prairie Amateur Radio Club – Business Meeting, March 11, 2025

                ## Secretary's Report

                * Motion to approve by Dana W1DAN
                * Seconded by Omar KD9OMR
                * Motion carried unanimously

                ## Repeater Fund

                * Motion to move $200 to the repeater fund by Omar KD9OMR
                * Second by Lena (N0LEN)
                * Passed 6-0
                """).meeting();
        assertThat(motions(m)).containsExactly(
                "Dana W1DAN/Omar KD9OMR passed: to approve",
                "Omar KD9OMR/Lena (N0LEN) passed 6-0: to move $200 to the repeater fund");
    }

    @Test
    void namesAMemberWithACallSignAsTheAttendanceDoes() throws Exception {
        Meeting m = read("""
                # Prairie Amateur Radio Club – Business Meeting, March 11, 2025

                Present: Dana Reyes, Omar Haddad, Lena Park

                ## Field Day

                Dana Reyes W1DAN moved to hold Field Day at the county park. Omar Haddad KD9OMR seconded. Motion carried.
                """).meeting();
        assertThat(motions(m)).containsExactly("Dana Reyes/Omar Haddad passed: to hold Field Day at the county park");
    }

    @Test
    void takesTheMotionsWordsFromTheLineAboveItsMover() throws Exception {
        Meeting m = read("""
                # Millbrook Garden Society – Committee Minutes, 11 March 2025

                Present: Ann Lee, Bo Chan, Cy Diaz, Dee Ford, Eve Gray

                ## 1. Budget

                Motion: to adopt the 2025 budget as presented.
                Moved: Cy Diaz
                Seconded: Dee Ford
                Carried

                ## 2. Newsletter

                Motion to print the newsletter quarterly.
                MOVED BY: ANN LEE SECONDED BY: BO CHAN
                All in favor.

                ## 3. Parking

                Motion to restripe the car park.
                Motion made by Cy Diaz, seconded by Dee Ford.
                Motion failed.

                ## 4. Hedges

                Motion to trim the hedges in April
                Moved by Eve Gray
                Second by Ann Lee
                Passed 4-1

                ## 5. Shed

                Motion to paint the shed.
                Moved – Bo Chan
                Seconded by: Cy Diaz
                Vote: 4 in favour, 1 against. Carried.
                """).meeting();
        assertThat(motions(m)).containsExactly(
                "Cy Diaz/Dee Ford passed: to adopt the 2025 budget as presented",
                "Ann Lee/Bo Chan passed: to print the newsletter quarterly",
                "Cy Diaz/Dee Ford failed: to restripe the car park",
                "Eve Gray/Ann Lee passed 4-1: to trim the hedges in April",
                "Bo Chan/Cy Diaz passed 4-1: to paint the shed");
    }

    @Test
    void keepsAMotionWithOnlyItsResultWithoutAMover() throws Exception {
        Meeting m = read("""
                # Millbrook Garden Society – Committee Minutes, 11 March 2025

                ## 1. Plant Sale

                Motion: That the plant sale move to the village hall at the end of the
                season and that the proceeds go to the school garden.
                Carried unanimously.

                ## 2. Signs

                Motion to replace the signs at the gate.

                The members discussed the cost of the signs at length.
                """).meeting();
        // No one is named as moving either: the first is a motion without a mover, the second no motion at all.
        assertThat(motions(m)).containsExactly("null/null passed: That the plant sale move to the village hall at the"
                + " end of the season and that the proceeds go to the school garden");
    }

    @Test
    void takesOnlyAMotionMadeForItsWords() {
        assertThat(MotionRecognizer.proposal("Motion: to adopt the budget as presented.").text)
                .isEqualTo("to adopt the budget as presented");
        assertThat(MotionRecognizer.proposal("RESOLUTION – That the hall be let at cost").text)
                .isEqualTo("That the hall be let at cost");
        // A motion told of, or one whose mover is on the same line, is no motion's words waiting for a mover.
        assertThat(MotionRecognizer.proposal("Motion to rename the club will come to the next meeting.")).isNull();
        assertThat(MotionRecognizer.proposal("Motion to approve the minutes by Ann Lee.")).isNull();
        assertThat(MotionRecognizer.proposal("Motions from the floor were discussed.")).isNull();
    }

    @Test
    void readsMoverAndSeconderSentencesApart() throws Exception {
        Meeting m = read("""
                # Lakeside Rowing Club – Committee Minutes, 11 March 2025

                Present: Ann Lee, Bo Chan, Cy Diaz, Dee Ford, Eve Gray, Fay Hill

                ## Boat Trailer

                Cy Diaz moved for $200 for new trailer lights. Eve Gray suggested using the reserve fund instead. Cy amended his motion. Fay Hill seconded. Motion carried unanimously.

                ## Regatta

                Dee Ford made a motion to host the spring regatta. There was some discussion of the date. Ann Lee second. The motion passed.

                ## Dues

                Director Bo Chan moved that the dues rise by ten dollars. Members asked about the juniors. Seconded by Director Eve Gray. Motion failed 2-4.
                """).meeting();
        assertThat(motions(m)).containsExactly(
                "Cy Diaz/Fay Hill passed: for $200 for new trailer lights",
                "Dee Ford/Ann Lee passed: to host the spring regatta",
                "Bo Chan/Eve Gray failed 2-4: that the dues rise by ten dollars");
    }

    @Test
    void closesAMotionToAdjournWithTheAdjournment() throws Exception {
        Meeting m = read("""
                # Prairie Amateur Radio Club – Business Meeting, March 11, 2025

                Meeting called to order at 19:02.

                ## Adjournment

                * Motion to adjourn by Kirk
                * Seconded by Seth
                * Meeting adjourned at 19:50
                """).meeting();
        assertThat(motions(m)).containsExactly("Kirk/Seth passed: to adjourn");
        assertThat(m.end()).isEqualTo(LocalTime.of(19, 50));
    }

    @Test
    void readsAVoteUnderItsHeadingWithoutInventingAMover() throws Exception {
        Meeting m = read("""
                # Widget Working Group – Minutes, 11 March 2025

                ## Vote on Proposal 12

                https://example.org/proposals/12

                * Approved unanimously

                ## Roadmap

                * Approved.

                ## Proposal 13

                * We voted to approve, 4 in favor and one abstaining.
                """).meeting();
        // A result alone is a vote only under a heading that names one; "Roadmap ... Approved." stays narrative.
        assertThat(motions(m)).containsExactly("null/null passed: Vote on Proposal 12");
        assertThat(m.allItems().flatMap(i -> i.decisions().stream()))
                .containsExactly("We voted to approve, 4 in favor and one abstaining.");
    }
}
