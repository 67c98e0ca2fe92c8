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
 * Motions whose mover the minutes name after the verb of the motion and before its words, from invented minutes
 * ("MOTION raised by Ann Bell to accept the report, seconded by Tom. Passed unanimously.", "Motion put by ...",
 * "Motion brought by ..."), a request voted on ("Gus requested $120 for a cable. Motion passed."), and resolutions that end with the initials of their mover and seconder ("Received and
 * accepted the treasurer's report. KT, OW." or "... (KT/OW)"), read only when the attendance defines both initials;
 * the initials are kept as written, as an action's owner by initials is, with a note naming the person. A task that
 * names its owners by initials stays a task.
 */
class RaisedByAndInitialledMotionFormsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MOTION raised by Ann Bell to accept the report, seconded by Tom Ruiz.|Ann Bell|Tom Ruiz|to accept the report
            Motion put by Tom Ruiz to raise the fee to $15, seconded by Ann Bell.|Tom Ruiz|Ann Bell|to raise the fee to $15
            A motion brought by Ann Bell that the hall be repainted, seconded by Tom Ruiz.|Ann Bell|Tom Ruiz|that the hall be repainted
            Motion proposed by Tom Ruiz to buy a new urn.|Tom Ruiz||to buy a new urn
            """)
    void readsTheMoverNamedBetweenTheVerbAndTheWords(String sentence, String mover, String seconder, String text) {
        MotionRecognizer.Found f = MotionRecognizer.opens(sentence);
        assertThat(f).as(sentence).isNotNull();
        assertThat(f.mover).isEqualTo(mover);
        assertThat(f.seconder).isEqualTo(seconder);
        assertThat(f.text).isEqualTo(text);
    }

    @Test
    void readsRaisedByMotionsWithTheirResults() throws Exception {
        Meeting m = read("""
                Astronomy Club executive meeting 9/Mar/2023

                Present: Ann Bell, Tom Ruiz, Gus Hart

                Previous Minutes

                MOTION raised by Ann Bell to accept the previous minutes, seconded by Tom. Passed unanimously.

                Treasurer's Report

                MOTION raised by Gus Hart to accept the report, seconded by Ann. Passed unanimously.
                """);
        assertThat(motions(m)).containsExactly("Ann Bell/Tom Ruiz passed: to accept the previous minutes",
                "Gus Hart/Ann Bell passed: to accept the report");
    }

    @Test
    void readsARequestTheMeetingVotedOnAsAMotionOfTheOneWhoMadeIt() throws Exception {
        Meeting m = read("""
                Astronomy Club members meeting 9/Mar/2023

                Present: Ann Bell, Tom Ruiz, Gus Hart

                Equipment

                Gus requested $120 for a new projector cable. Motion passed unopposed.
                """);
        assertThat(motions(m)).containsExactly("Gus Hart/null passed: $120 for a new projector cable");
    }

    @Test
    void readsResolutionsClosedByTheInitialsTheAttendanceDefines() throws Exception {
        Meeting m = read("""
                # Harbour Rowing Club Annual General Meeting, 9 March 2023

                ## Attendees

                Kira Tamm (KT), Oscar Wendt (OW), Lia Brook (LB)

                ## Resolutions

                1. The minutes of the 2022 AGM were accepted as a true record. KT, OW
                2. Received and accepted the treasurer's report for 2022. OW, LB.
                3. With one nomination Lia Brook was elected Secretary (KT/LB)
                """);
        assertThat(motions(m)).containsExactly(
                "KT/OW passed: The minutes of the 2022 AGM were accepted as a true record.",
                "OW/LB passed: Received and accepted the treasurer's report for 2022.",
                "KT/LB passed: With one nomination Lia Brook was elected Secretary");
        assertThat(owners(m)).isEmpty();
    }

    @Test
    void leavesInitialsTheAttendanceDoesNotDefineAndTasksOwnedByInitials() throws Exception {
        Meeting m = read("""
                # Harbour Rowing Club Committee, 9 March 2023

                ## Attendees

                Kira Tamm (KT), Oscar Wendt (OW)

                ## Business

                1. The boat shed lease was renewed for a year. PX, QZ.
                2. Book the hall for the dinner. KT, OW
                """);
        assertThat(motions(m)).isEmpty();
        assertThat(owners(m)).contains("[KT, OW] Book the hall for the dinner.");
    }

    private Meeting read(String minutes) throws Exception {
        // Markdown when the minutes use its headings, plain text otherwise.
        Path f = tmp.resolve("2023-03-09-minutes" + (minutes.contains("#") ? ".md" : ".txt"));
        Files.writeString(f, minutes);
        ImportResult result = MinutesImporter.importFile(f);
        Path written = tmp.resolve("2023-03-09.yaml");
        Files.writeString(written, ModelWriter.yaml(result.meeting(), null, result.comments()));
        CheckReport check = Checker.check(written);
        assertThat(check.errors()).as(check.problems().toString()).isZero();
        return result.meeting();
    }

    private static List<String> motions(Meeting m) {
        return m.allItems().flatMap(i -> i.motions().stream()).map(RaisedByAndInitialledMotionFormsTest::motion).toList();
    }

    private static String motion(Motion x) {
        return x.mover() + "/" + x.seconder() + " " + x.result() + ": " + x.text();
    }

    private static List<String> owners(Meeting m) {
        return m.allItems().flatMap(i -> i.actions().stream()).map(a -> a.owners() + " " + a.task()).toList();
    }
}
