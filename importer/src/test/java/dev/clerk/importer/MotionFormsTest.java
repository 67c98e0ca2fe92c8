package dev.clerk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Motions in the spellings minutes use, from invented minutes: mover, seconder, result and counts. */
class MotionFormsTest {
    @TempDir
    Path tmp;

    /** The motions a paragraph opens, each as "mover / seconder / result". */
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
                out.set(out.size() - 1, f.mover + " / " + f.seconder + " / " + f.result);
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Greg Olsen moves to adopt the budget as presented. Motion carried unanimously.|Greg Olsen / null / passed
            Ruth Ames moved, Dan Cole seconded, to accept the audit. The motion passed 5-0.|Ruth Ames / Dan Cole / passed
            Ruth Ames moved to accept the audit; Dan Cole seconded. Carried.|Ruth Ames / Dan Cole / passed
            Tom Reyes moved to approve the minutes, Lee Hart seconds. Unanimous consent, the motion carries.|Tom Reyes / Lee Hart / passed
            After a short discussion, Priya Nair motioned for the agenda to be approved. Seconded by Al Ruiz.|Priya Nair / Al Ruiz / null
            Moved by Ann Lee, seconded by Bo Chan, to approve the agenda; motion carried 4-1.|Ann Lee / Bo Chan / passed
            Motion by Becker, second by Wong, to fund the trail. The motion failed 2-3.|Becker / Wong / failed
            On motion of Director Shaw, seconded by Director Imes, the board voted to renew the lease.|Director Shaw / Director Imes / null
            On the proposal of Cllr Byrne, seconded by Cllr Walsh, it was agreed to adjourn for ten minutes.|Cllr Byrne / Cllr Walsh / passed
            The amendment was proposed by Councillor Ryan (P) and seconded by Councillor Doyle.|Councillor Ryan (P) / Councillor Doyle / null
            Proposed: Cllr. Mary Flynn. Seconded: Cllr. Joe Kane.|Cllr. Mary Flynn / Cllr. Joe Kane / null
            M/S/C (Wong/Natarajan) to approve the warrants.|Wong / Natarajan / passed
            Proposed: Cllr Byrne; Seconded: Cllr Walsh; all in favour.|Cllr Byrne / Cllr Walsh / passed
            Proposed by: Ann Lee. Unanimously approved.|Ann Lee / null / passed
            Mrs Dora Diaz was nominated and proposed by Cllr Evans, Cllr Fox seconded the proposal and all were in favour.|Cllr Evans / Cllr Fox / passed
            Mr Gus Gold was re-elected, proposed in his absence by Cllr Hale, seconded by Cllr Ives.|Cllr Hale / Cllr Ives / null
            Nora Quint stands (proposed: Ivo, seconded: Pia). Elected unanimously (9).|Ivo / Pia / passed
            Nora Quint for Treasurer (proposed by Ivo Bell; seconded by Pia Roth)|Ivo Bell / Pia Roth / null
            Cllr Rees was nominated and proposed by Cllr Ash. No other nominations; Cllr Rees accepted the nomination Cllr Birch seconded the proposal.|Cllr Ash / Cllr Birch / null
            Cllr Rees was nominated by Cllr Ash. Cllr. Birch seconded the nomination.|Cllr Ash / Cllr. Birch / null
            Cllr.Ash nominated Cllr Rees as Vice Chair. Cllr Birch seconded the proposal.|Cllr. Ash / Cllr Birch / null
            Cllr Ash nominated Cllr Rees There were no other nominations; Cllr Rees accepted. Cllr Birch seconded the proposal.|Cllr Ash / Cllr Birch / null
            Cllr Rees was nominated by Cllr Ash There were no other nominations; Cllr Birch seconded the proposal.|Cllr Ash / Cllr Birch / null
            A constitutional amendment was proposed by the (outgoing) Chair to change clause 4.|the (outgoing) Chair / null / null
            The retiring Secretary proposed a second amendment. The amendment was rejected.|The retiring Secretary / null / null
            Susan made a motion to raise dues by 5%. Jordan seconded the motion. The motion was approved 3-0.|Susan / Jordan / passed
            """)
    void readsMoversAndSeconders(String paragraph, String expected) {
        assertThat(motions(paragraph)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She moved to Portland in 2015 and joined the board last year.",
            "The meeting moved to the next item.",
            "Kim Lee moved to Ohio after the election.",
            "The discussion moved to the budget.",
            "The plan proposed by Staff was discussed at length.",
            "The date was proposed by the caretaker.",
            "Rosa nominated three charities for the raffle.",
            "The changes proposed by Ivo Bell were discussed.",
            "Ivo stands for election next year."})
    void leavesOtherMovesAlone(String sentence) {
        assertThat(motions(sentence)).isEmpty();
    }

    @Test
    void joinsASeconderCutOffByALineBreak() {
        MotionRecognizer.Found f = MotionRecognizer.opens("On the proposal of Councillor Byrne, seconded by Councillor");
        assertThat(f.mover).isEqualTo("Councillor Byrne");
        assertThat(f.seconder).isNull();
        assertThat(MotionRecognizer.continues(f, "Walsh, it was agreed to adjourn for ten minutes.")).isTrue();
        assertThat(f.seconder).isEqualTo("Walsh");
        assertThat(f.text).isEqualTo("to adjourn for ten minutes");
        assertThat(f.result).isEqualTo(dev.clerk.model.MotionResult.PASSED);
    }

    @Test
    void readsCouncilMinutesWithADeclaredResultAndAMotionTable() throws Exception {
        Path f = tmp.resolve("2024-03-04-minutes.md");
        Files.writeString(f, """
                # Ashford Town Council – Minutes of the meeting of 4 March 2024

                ## 1. Footpath Repairs

                On the proposal of Cllr Byrne, seconded by Cllr Walsh, it was proposed to defer the repairs.

                The Mayor directed that a vote be taken.

                The Mayor declared the proposal to defer proposed by Cllr P. Byrne and seconded by Cllr A. Walsh as defeated.

                ## 2. Motions

                | Motion | Moved by | Seconded by | Result |
                | ------ | -------- | ----------- | ------ |
                | Accept the treasurer's report | Flynn | Kane | Carried |
                | Buy a new mower | Kane | Flynn | Lost |
                """);
        Meeting m = MinutesImporter.importFile(f).meeting();
        assertThat(m.allItems().flatMap(i -> i.motions().stream()).map(MotionFormsTest::motion)).containsExactly(
                "Byrne/Walsh failed: to defer the repairs",
                "Flynn/Kane passed: Accept the treasurer's report",
                "Kane/Flynn failed: Buy a new mower");
        // The declaring sentence stays in the record as narrative.
        assertThat(m.agenda().get(0).narrative()).anyMatch(n -> n.startsWith("The Mayor declared the proposal"));
    }

    private static String motion(Motion x) {
        return x.mover() + "/" + x.seconder() + " " + x.result() + ": " + x.text();
    }
}
