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

/**
 * The motion verb in its tenses and forms, from invented minutes: "moved", "motions", "motioned", "made a motion",
 * "put forward a motion", "Motion made by", "On motion of", "Upon motion by"; the mover a titled name ("Mr.",
 * "Mrs.", "Dr.", "Rev.") or a first name; the seconder named or not ("seconded and carried"), after the motion with
 * no comma between ("... committee Elizabeth seconds"); the result in the same sentence or on the next line. And what
 * is not a motion: a proposal no one seconds or votes on, a report by a member, a proposal talked about.
 */
class MotionVerbFormsTest {
    @TempDir
    Path tmp;

    private Meeting read(String minutes) throws Exception {
        Path f = tmp.resolve("2025-04-02-minutes.md");
        Files.writeString(f, minutes);
        ImportResult result = MinutesImporter.importFile(f);
        Path written = tmp.resolve("2025-04-02.yaml");
        Files.writeString(written, ModelWriter.yaml(result.meeting(), null, result.comments()));
        CheckReport check = Checker.check(written);
        assertThat(check.errors()).as(check.problems().toString()).isZero();
        return result.meeting();
    }

    private static List<String> motions(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(MotionVerbFormsTest::motion).toList();
    }

    private static String motion(Motion x) {
        return x.mover() + "/" + x.seconder() + " " + x.result() + ": " + x.text();
    }

    @Test
    void readsTheLedgerFormWithATitledMoverAndANamelessSecond() throws Exception {
        Meeting m = read("""
                # Board of Trustees, Lakeview School District, April 2, 2025

                Present:
                Mrs. Edna Pryor, President.
                Mr. Harold Kessler
                Dr. Amos Whitby
                Rev. Thomas Bell, Trustees.

                ## Business

                Motion made by Mr. Kessler, seconded and carried, that the coal contract be awarded to the lowest bidder.

                The Building Committee reported on the furnace. On motion of Dr. Whitby, seconded and carried, the
                report was ordered accepted.

                Upon motion by Rev. Bell, duly seconded, it was voted that the fence be repaired. Carried.

                A motion was made by Mrs. Pryor, seconded and unanimously carried, to close the school on Decoration Day.
                """);
        assertThat(motions(m)).containsExactly(
                "Mr. Harold Kessler/null passed: that the coal contract be awarded to the lowest bidder",
                "Dr. Amos Whitby/null passed: the report was ordered accepted",
                "Rev. Thomas Bell/null passed: that the fence be repaired",
                "Mrs. Edna Pryor/null passed: to close the school on Decoration Day");
    }

    @Test
    void readsOnMotionOfInTheMiddleOfASentenceAndWithoutASecond() throws Exception {
        Meeting m = read("""
                # Millbrook Grange No. 41, Regular Meeting, April 2, 2025

                Present: Mr. Walter Finch, Mrs. Ida Crane, Mr. Leon Abbott

                ## Correspondence

                The secretary read a letter from the county fair, and on motion of Mrs. Crane, seconded and carried, it
                was voted that the Grange enter an exhibit.

                On motion of Mr. Abbott the bills were ordered paid.

                Upon motion by Mr. Finch, it was voted to buy twelve folding chairs. Carried.
                """);
        assertThat(motions(m)).containsExactly(
                "Mrs. Ida Crane/null passed: that the Grange enter an exhibit",
                "Mr. Leon Abbott/null null: the bills were ordered paid",
                "Mr. Walter Finch/null passed: to buy twelve folding chairs");
    }

    @Test
    void readsAMotionDulyMadeAsOneNoOneIsNamedFor() throws Exception {
        Meeting m = read("""
                # Millbrook Grange No. 41, Regular Meeting, April 2, 2025

                Present: Mr. Walter Finch, Mrs. Ida Crane

                ## Business

                On motion duly made, seconded and carried, the treasurer's report was accepted as read.

                Motion duly made, seconded and carried, that the hall be painted.

                Mr. Finch read a letter from the Pomona Grange, and on motion duly made, seconded and carried, it was
                voted that it be placed on file.
                """);
        assertThat(motions(m)).containsExactly(
                "null/null passed: the treasurer's report was accepted as read",
                "null/null passed: that the hall be painted",
                "null/null passed: that it be placed on file");
    }

    @Test
    void readsMotionsAndMotionedWithTheResultOnTheNextBullet() throws Exception {
        Meeting m = read("""
                # Harbor Tenants Association, General Meeting, 2025-04-02

                Attendance:
                1. Priya
                2. Marcus
                3. Lena
                4. Tomas

                ## Bylaws

                ● Marcus motioned to adopt the revised dues schedule
                        ○ Motion passes
                ● Lena motions to form a Housing committee Priya seconds
                        ○ Approved unanimously
                ● Tomas has motioned to move the meeting to Thursdays
                        ○ Motion fails

                ## Events

                - Priya made a motion to hold a block party in June. Carried.
                - Marcus put forward a motion to rent a bouncy castle
                    - Motion passed 3-1
                """);
        assertThat(motions(m)).containsExactly(
                "Marcus/null passed: to adopt the revised dues schedule",
                "Lena/Priya passed: to form a Housing committee",
                "Tomas/null failed: to move the meeting to Thursdays",
                "Priya/null passed: to hold a block party in June",
                "Marcus/null passed: to rent a bouncy castle");
    }

    @Test
    void readsASeconderWrittenAfterTheMotionWithoutAComma() throws Exception {
        Meeting m = read("""
                # Eastside Cycling Club, Committee Meeting, 2025-04-02

                Present: Dana Ruiz, Omar Haddad, Ann Lee, Bo Chan

                ## Equipment

                - Omar moved to buy a projector Dana seconded
                - Motion carried
                - Ann motions to close the old bank account Bo Chan seconds the motion
                - Carried
                - Dana motioned to renew the insurance Ann seconds
                - Approved unanimously
                """);
        assertThat(motions(m)).containsExactly(
                "Omar Haddad/Dana Ruiz passed: to buy a projector",
                "Ann Lee/Bo Chan passed: to close the old bank account",
                "Dana Ruiz/Ann Lee passed: to renew the insurance");
    }

    @Test
    void aProposalIsAMotionOnlyOnceItIsSecondedOrVotedOn() throws Exception {
        Meeting m = read("""
                # Harbor Tenants Association, General Meeting, 2025-04-02

                Attendance: Priya, Marcus, Lena, Tomas

                ## Committees

                ● Tomas proposes to merge the outreach committee with the events committee
                ● Tomas would like to merge them because they need the same skills
                ● Outreach has not been very active
                ● Will talk to the events leads and propose what to do at the next meeting

                ## Newsletter

                ● Lena proposes to print the newsletter every month
                        ○ Motion passes
                """);
        assertThat(motions(m)).containsExactly("Lena/null passed: to print the newsletter every month");
    }

    @Test
    void readsNoMotionFromReportsOrFromAProposalTalkedAbout() throws Exception {
        Meeting m = read("""
                # Board of Trustees, Lakeview School District, April 2, 2025

                Present: Mr. Harold Kessler, Dr. Amos Whitby

                ## Business

                Mr. Kessler reported progress on the cemetery proceedings.

                Comments on the motion of Dr. Whitby from last month were read into the record.

                Dr. Whitby moved to the front of the room to show the plans.
                """);
        assertThat(motions(m)).isEmpty();
    }

    @Test
    void readsTheMotionsWrittenBeforeTheFirstHeading() throws Exception {
        Meeting m = read("""
                # Millbrook Grange No. 41, Regular Meeting, April 2, 2025

                Present: Mr. Walter Finch, Mrs. Ida Crane, Mr. Leon Abbott

                The Master opened the meeting in due form. On motion of Mrs. Crane, seconded and carried, the minutes of
                the last meeting were approved as read.

                Mr. Abbott moved to take the bills out of order; Mr. Finch seconded. Carried.

                ## Bills

                The following bills were read and ordered paid.

                ## Hall

                Motion made by Mr. Finch, seconded and carried, that the hall be rented for the fair.
                """);
        assertThat(motions(m)).containsExactly(
                "Mrs. Ida Crane/null passed: the minutes of the last meeting were approved as read",
                "Mr. Leon Abbott/Mr. Walter Finch passed: to take the bills out of order",
                "Mr. Walter Finch/null passed: that the hall be rented for the fair");
        assertThat(m.agenda().get(0).title()).isEqualTo("Preamble");
    }

    @Test
    void leavesTheTextBeforeTheFirstHeadingAsItWasWhenItHoldsNoMotion() throws Exception {
        Meeting m = read("""
                # Millbrook Grange No. 41, Regular Meeting, April 2, 2025

                Present: Mr. Walter Finch, Mrs. Ida Crane

                The meeting opened at 8:00 P.M. Mr. Finch will bring the lantern slides next time.

                ## Hall

                Motion made by Mr. Finch, seconded and carried, that the hall be rented for the fair.
                """);
        assertThat(m.agenda().get(0).actions()).isEmpty();
        assertThat(motions(m)).containsExactly("Mr. Walter Finch/null passed: that the hall be rented for the fair");
    }

    @Test
    void leavesOutASeconderWhoIsAlsoTheMoverAndSaysSo() throws Exception {
        // read() fails when the meeting file does not pass 'clerk check': one member cannot move and second.
        Path f = tmp.resolve("2025-04-02-minutes.md");
        Files.writeString(f, """
                # Harbour Board, April 2, 2025

                Present: Ann Lee, Bo Chan, Cy Dee

                ## Moorings

                Moved by Lee, seconded by Lee, to raise the mooring fee. Carried 3-0.

                Moved by Chan, seconded by Dee, to paint the slipway. Carried 3-0.
                """);
        ImportResult result = MinutesImporter.importFile(f);
        Path written = tmp.resolve("2025-04-02.yaml");
        Files.writeString(written, ModelWriter.yaml(result.meeting(), null, result.comments()));
        CheckReport check = Checker.check(written);
        assertThat(check.errors()).as(check.problems().toString()).isZero();
        assertThat(motions(result.meeting())).extracting(m -> m.substring(0, m.indexOf(": ")))
                .containsExactly("Ann Lee/null passed", "Bo Chan/Cy Dee passed");
        assertThat(result.guesses()).anySatisfy(g -> assertThat(g.note()).contains("Ann Lee as both mover and seconder"));
        assertThat(ModelWriter.yaml(result.meeting(), null, result.comments())).contains("seconded by Lee");
    }
}
