package dev.clerk.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.Examples;
import dev.clerk.model.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CheckerTest {
    @TempDir
    Path dir;

    static List<Path> committees() {
        return Examples.committeeFolders();
    }

    @ParameterizedTest
    @MethodSource("committees")
    void everyExampleAndFixtureIsClean(Path committee) {
        CheckReport report = Checker.check(committee);
        assertThat(report.problems()).isEmpty();
        assertThat(report.committees()).isEqualTo(1);
        assertThat(report.meetings()).isPositive();
    }

    private List<String> problems(String committee, String... meetings) throws Exception {
        Files.writeString(dir.resolve("committee.yaml"), committee);
        Files.createDirectories(dir.resolve("meetings"));
        for (int i = 0; i < meetings.length; i += 2) {
            Files.writeString(dir.resolve("meetings").resolve(meetings[i]), meetings[i + 1]);
        }
        String prefix = dir + "/";
        return Checker.check(dir).problems().stream().map(Problem::toString).map(s -> s.replace(prefix, "")).toList();
    }

    @Test
    void reportsDuplicateRosterNamesAndUnknownGroupMembers() throws Exception {
        assertThat(problems("""
                name: Board
                people:
                  - name: Jane Doe
                  - name: jane  doe
                groups:
                  - name: Finance
                    members: [Jane Doe, John Roe]
                """)).containsExactly(
                "committee.yaml:4:11: people[1].name: 'jane  doe' is already on the roster at people[0]",
                "committee.yaml:7:25: groups[0].members[1]: warning: 'John Roe' is not on the roster");
    }

    @Test
    void reportsMalformedLanguageTagsInEveryFile() throws Exception {
        assertThat(problems("name: Board\npeople:\n  - {name: ليلى حداد, lang: arabic}\n", "2024-01-10.yaml", """
                date: 2024-01-10
                agenda:
                  - title: Comentarios
                    lang: es
                    narrative:
                      - {text: Hola., lang: es_MX}
                """)).containsExactly(
                "committee.yaml:3:29: people[0].lang: 'arabic' is not a language tag such as en-US",
                "meetings/2024-01-10.yaml:6:29: agenda[0].narrative[0].lang: 'es_MX' is not a language tag such as"
                        + " en-US");
    }

    @Test
    void reportsAFileNamedForAnotherDate() throws Exception {
        assertThat(problems("name: Board\n", "2017-03-28.yaml", "date: 2017-03-27\n")).containsExactly(
                "meetings/2017-03-28.yaml:1:7: date: the meeting is dated 2017-03-27 but the file is named for"
                        + " 2017-03-28; rename the file or correct the date");
    }

    @Test
    void reportsAnUpdateOnATaskAssignedAtTheSameMeeting() throws Exception {
        assertThat(problems("name: Board\npeople: [{name: Ann Lee}]\n", "2017-03-27.yaml", """
                date: 2017-03-27
                agenda:
                  - title: Budget
                    actions:
                      - {id: B-1, owners: [Ann Lee], task: Draft the budget}
                updates:
                  - {task: B-1, status: done}
                """)).containsExactly(
                "meetings/2017-03-27.yaml:7:12: updates[0].task: task 'B-1' is assigned at meetings/2017-03-27.yaml:5,"
                        + " not at an earlier meeting");
    }

    @Test
    void warnsOfActionsWithoutOwnerOrDueBeforeTheMeeting() throws Exception {
        assertThat(problems("name: Board\n", "2017-03-27.yaml", """
                date: 2017-03-27
                start: "12:00"
                end: "11:00"
                agenda:
                  - title: Budget
                    actions:
                      - {task: Draft the budget, due: 2017-03-01}
                """)).containsExactly(
                "meetings/2017-03-27.yaml:3:6: end: the meeting ends (11:00) before it starts (12:00)",
                "meetings/2017-03-27.yaml:7:9: agenda[0].actions[0]: warning: action item has no owner",
                "meetings/2017-03-27.yaml:7:39: agenda[0].actions[0].due: warning: due 2017-03-01, before the meeting"
                        + " that assigned it");
    }

    @Test
    void acceptsOwnersNamedByTitleOrOfficeWhenTheyNameOnePerson() throws Exception {
        assertThat(problems("""
                name: Board
                people:
                  - {name: Tony Wasserman}
                  - {name: Olwen Williams}
                  - {name: Ruth Sands, role: secretary}
                  - {name: Ann Park}
                  - {name: Bo Park}
                """, "2018-03-08.yaml", """
                date: 2018-03-08
                presiding: Olwen Williams
                attendees:
                  - {name: Jim Soper, role: guest}
                agenda:
                  - title: Report
                    actions:
                      - {owners: [Member Wasserman], task: Present the report}
                      - {owners: [Cllr. O. Williams, the Clerk], task: Sign the return}
                      - {owners: [Mr. Jim Soper, the Chair], task: Send the study}
                      - {owners: [Member Park], task: Draft the letter}
                      - {owners: [Cllr. T. Williams], task: Check the fence}
                      - {owners: [the Treasurer], task: Pay the invoice}
                """)).containsExactly(
                "meetings/2018-03-08.yaml:11:19: agenda[0].actions[3].owners[0]: warning: 'Member Park' is neither on"
                        + " the roster, nor an attendee, nor a declared group",
                "meetings/2018-03-08.yaml:12:19: agenda[0].actions[4].owners[0]: warning: 'Cllr. T. Williams' is neither"
                        + " on the roster, nor an attendee, nor a declared group",
                "meetings/2018-03-08.yaml:13:19: agenda[0].actions[5].owners[0]: warning: 'the Treasurer' is neither on"
                        + " the roster, nor an attendee, nor a declared group");
    }

    @Test
    void checksAMeetingOutsideAnyCommitteeAlone() throws Exception {
        Path file = dir.resolve("lonely.yaml");
        Files.writeString(file, "date: 2017-03-27\nnext: {date: 2017-03-20}\n");
        assertThat(Checker.check(file).problems()).extracting(Problem::toString).containsExactly(
                file + ":2:14: next.date: the next meeting (2017-03-20) must come after this one (2017-03-27)");
    }
}
