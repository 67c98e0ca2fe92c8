package dev.clerk.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Motions agree with the meeting: who moved, seconded and voted was there, and the result agrees with the counts. */
class MotionCheckTest {
    @TempDir
    Path dir;

    /** The problems of a meeting of a board of five, three of them present. */
    private List<String> check(String motions) throws Exception {
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), """
                name: Board
                people:
                  - name: Ann Lee
                  - name: Bo Chen
                  - name: Cy Diaz
                  - name: Di Ng
                  - name: Ed Orr
                """);
        Files.writeString(dir.resolve("meetings/2024-03-13.yaml"), """
                date: 2024-03-13
                attendees:
                  - name: Ann Lee
                  - name: Bo Chen
                  - name: Cy Diaz
                  - {name: Di Ng, status: absent}
                  - {name: Ed Orr, status: excused}
                agenda:
                  - title: Budget
                    motions:
                """ + motions.indent(6));
        String prefix = dir + "/";
        return Checker.check(dir).problems().stream().map(Problem::toString).map(s -> s.replace(prefix, "")
                .replace("meetings/2024-03-13.yaml:", "")).toList();
    }

    @Test
    void acceptsMotionsThatAgreeWithTheMeeting() throws Exception {
        assertThat(check("""
                - {text: A., mover: Ann Lee, seconder: bo chen, result: passed, vote: {ayes: 2, noes: 1}}
                - {text: B., mover: Ann Lee, result: failed, vote: {ayes: 1, noes: 1, abstentions: 1}}
                - {text: C., result: failed, vote: {ayes: 2, noes: 1}, note: Needed two thirds.}
                - text: D.
                  result: passed
                  vote: {ayeNames: [Ann Lee, Cy Diaz], noNames: [Bo Chen], absentNames: [Di Ng, Ed Orr]}
                """)).isEmpty();
    }

    @Test
    void reportsAResultThatContradictsTheCounts() throws Exception {
        assertThat(check("""
                - {text: A., result: passed, vote: {ayes: 1, noes: 2}}
                - {text: B., result: passed, vote: {ayes: 1, noes: 1}}
                - {text: C., result: failed, vote: {ayes: 2, noes: 1}}
                - {text: D., result: passed, vote: {ayes: 3, noes: 0, abstentions: 1}}
                """)).containsExactly(
                "11:28: agenda[0].motions[0].result: the motion is recorded as passed, but the vote was 1 for and 2"
                        + " against",
                "12:28: agenda[0].motions[1].result: the motion is recorded as passed, but the vote was 1 for and 1"
                        + " against",
                "13:28: agenda[0].motions[2].result: warning: the motion is recorded as failed, but the vote was 2 for"
                        + " and 1 against; if it needed more than a majority, say so in its note",
                "14:42: agenda[0].motions[3].vote: 4 votes are counted (for, against and abstaining), but only 3"
                        + " attendees are recorded as present");
    }

    @Test
    void reportsRollCallNamesThatAreUnknownRepeatedOrAbsent() throws Exception {
        assertThat(check("""
                - text: A.
                  result: passed
                  vote:
                    ayeNames: [Ann Lee, Zed Quux, ann  lee]
                    noNames: [Di Ng]
                    abstainNames: [Ed Orr]
                    absentNames: [Bo Chen, Ann Lee, Yu Wei]
                """)).containsExactly(
                "14:31: agenda[0].motions[0].vote.ayeNames[1]: warning: 'Zed Quux' is neither on the roster nor an"
                        + " attendee",
                "14:41: agenda[0].motions[0].vote.ayeNames[2]: 'ann  lee' is already named in this vote at"
                        + " agenda[0].motions[0].vote.ayeNames[0]",
                "15:21: agenda[0].motions[0].vote.noNames[0]: 'Di Ng' voted but is recorded as absent at attendees[3]",
                "16:26: agenda[0].motions[0].vote.abstainNames[0]: 'Ed Orr' voted but is recorded as excused at"
                        + " attendees[4]",
                "17:34: agenda[0].motions[0].vote.absentNames[1]: 'Ann Lee' is already named in this vote at"
                        + " agenda[0].motions[0].vote.ayeNames[0]",
                "17:43: agenda[0].motions[0].vote.absentNames[2]: warning: 'Yu Wei' is neither on the roster nor an"
                        + " attendee");
    }

    @Test
    void reportsAMoverOrSeconderWhoWasNotThere() throws Exception {
        assertThat(check("""
                - {text: A., mover: Di Ng, seconder: Ed Orr}
                - {text: B., mover: Zed Quux, seconder: Ann Lee}
                - {text: C., mover: Bo Chen, seconder: Bo Chen}
                """)).containsExactly(
                "11:27: agenda[0].motions[0].mover: 'Di Ng' moved the motion but is recorded as absent at attendees[3]",
                "11:44: agenda[0].motions[0].seconder: 'Ed Orr' seconded the motion but is recorded as excused at"
                        + " attendees[4]",
                "12:27: agenda[0].motions[1].mover: warning: 'Zed Quux' is neither on the roster nor an attendee",
                "13:46: agenda[0].motions[2].seconder: 'Bo Chen' moved the motion and cannot also second it");
    }
}
