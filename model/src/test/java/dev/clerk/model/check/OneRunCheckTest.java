package dev.clerk.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code clerk check} reports everything that can be known: schema errors do not hide what the records refuse,
 * nor what only the committee can tell, and an unreadable part does not make references to it look wrong.
 */
class OneRunCheckTest {
    private static final String ROSTER = """
            name: Board
            people:
              - name: Ann Lee
              - name: Bo Chen
              - name: Cy Diaz
            groups:
              - name: Finance
                members: [Ann Lee]
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void committee() throws Exception {
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), ROSTER);
        Files.writeString(dir.resolve("meetings/2024-02-14.yaml"), """
                date: 2024-02-14
                agenda:
                  - title: Budget
                    actions:
                      - id: 2024-02-14-1
                        task: Draft the budget.
                        owners: [Finance]
                """);
    }

    private List<String> check() {
        String prefix = dir + "/";
        return Checker.check(dir).problems().stream().map(Problem::toString).map(s -> s.replace(prefix, "")).toList();
    }

    @Test
    void fixingWhatTheFirstRunReportsLeavesNothingForASecond() throws Exception {
        Path march = dir.resolve("meetings/2024-03-13.yaml");
        Files.writeString(march, """
                date: 2024-03-12
                kind: reguler
                start: 7pm
                approvedOn: 2024-04-10
                attendees:
                  - name: Ann Lee
                  - affilation: City
                  - name: Bo Chen
                    status: excused
                agenda:
                  - title: Budget
                    tasks: [2024-02-14-1, 2024-02-14-2]
                    motions:
                      - text: To adopt the budget.
                        mover: Bo Chen
                        result: passed
                        vote:
                          ayes: 3
                          noes: 5
                          ayeNames: [Ann Lee, Ann Lee]
                    actions:
                      - task: Publish the budget.
                        owners: [Finanse]
                        due: 2024-01-01
                updates:
                  - task: 2024-02-14-9
                    status: done
                """);
        assertThat(check()).containsExactly(
                "meetings/2024-03-13.yaml:1:7: date: the meeting is dated 2024-03-12 but the file is named for"
                        + " 2024-03-13; rename the file or correct the date",
                "meetings/2024-03-13.yaml:2:7: kind: 'reguler' is not allowed; use one of regular, special",
                "meetings/2024-03-13.yaml:3:8: start: '7pm' is not a time; write HH:MM on the 24-hour clock, such as"
                        + " 11:00 or 18:30",
                "meetings/2024-03-13.yaml:4:13: approvedOn: draft minutes have no approval date; set status: approved",
                "meetings/2024-03-13.yaml:7:5: attendees[1].affilation: unknown field; did you mean 'affiliation'?",
                "meetings/2024-03-13.yaml:7:5: attendees[1]: missing required field 'name'",
                "meetings/2024-03-13.yaml:12:27: agenda[0].tasks[1]: no action item has the id '2024-02-14-2'",
                // attendees[2], as the file numbers it, although the entry before it could not be read
                "meetings/2024-03-13.yaml:15:16: agenda[0].motions[0].mover: 'Bo Chen' moved the motion but is"
                        + " recorded as excused at attendees[2]",
                "meetings/2024-03-13.yaml:16:17: agenda[0].motions[0].result: the motion is recorded as passed, but"
                        + " the vote was 2 for and 5 against",
                "meetings/2024-03-13.yaml:18:17: agenda[0].motions[0].vote.ayes: 3 does not match the 2 names listed",
                "meetings/2024-03-13.yaml:20:31: agenda[0].motions[0].vote.ayeNames[1]: 'Ann Lee' is already named in"
                        + " this vote at agenda[0].motions[0].vote.ayeNames[0]",
                "meetings/2024-03-13.yaml:23:18: agenda[0].actions[0].owners[0]: warning: 'Finanse' is neither on the"
                        + " roster, nor an attendee, nor a declared group",
                "meetings/2024-03-13.yaml:24:14: agenda[0].actions[0].due: warning: due 2024-01-01, before the"
                        + " meeting that assigned it",
                "meetings/2024-03-13.yaml:26:11: updates[0].task: no action item has the id '2024-02-14-9'");

        // Each line above fixed, and nothing else touched.
        Files.writeString(march, """
                date: 2024-03-13
                kind: regular
                start: "19:00"
                attendees:
                  - name: Ann Lee
                  - name: Cy Diaz
                    affiliation: City
                  - name: Bo Chen
                    status: excused
                agenda:
                  - title: Budget
                    tasks: [2024-02-14-1]
                    motions:
                      - text: To adopt the budget.
                        mover: Ann Lee
                        result: failed
                        vote:
                          ayes: 1
                          noes: 1
                          ayeNames: [Ann Lee]
                    actions:
                      - task: Publish the budget.
                        owners: [Finance]
                        due: 2024-04-01
                updates:
                  - task: 2024-02-14-1
                    status: done
                """);
        assertThat(check()).isEmpty();
    }

    @Test
    void readsEveryEntryOfAListThatCanBeReadAndNamesTheOthersAsTheFileDoes() throws Exception {
        Files.writeString(dir.resolve("meetings/2024-03-13.yaml"), """
                date: 2024-03-13
                attendees:
                  - name: 42
                  - {name: Ann Lee, status: here}
                  - name: Bo Chen
                    status: absent
                agenda:
                  - title: Budget
                    motions:
                      - {text: To adopt the budget., mover: Bo Chen, seconder: Zed Quux}
                """);
        assertThat(check()).containsExactly(
                "meetings/2024-03-13.yaml:3:11: attendees[0].name: expected text, found the number 42",
                "meetings/2024-03-13.yaml:4:29: attendees[1].status: 'here' is not allowed; use one of present, absent,"
                        + " excused",
                "meetings/2024-03-13.yaml:10:45: agenda[0].motions[0].mover: 'Bo Chen' moved the motion but is"
                        + " recorded as absent at attendees[2]",
                "meetings/2024-03-13.yaml:10:64: agenda[0].motions[0].seconder: warning: 'Zed Quux' is neither on the"
                        + " roster nor an attendee");
    }

    @Test
    void keepsWhatHoldsAnUnusableTextOrDate() throws Exception {
        Files.writeString(dir.resolve("meetings/2024-03-13.yaml"), """
                date: 2024-03-13
                status: approved
                approvedOn: 2024-03-01
                attendees:
                  - name: Ann Lee
                  - name: Ann Lee
                agenda:
                  - title: "Budget \\x01"
                    motions:
                      - {text: A., mover: Bo Chen}
                """);
        assertThat(check()).containsExactly(
                "meetings/2024-03-13.yaml:3:13: approvedOn: 2024-03-01 is before the meeting on 2024-03-13",
                "meetings/2024-03-13.yaml:6:11: attendees[1].name: 'Ann Lee' is already listed at attendees[0]",
                "meetings/2024-03-13.yaml:8:12: agenda[0].title: character U+0001 is a control character, which no"
                        + " document can show; remove it",
                "meetings/2024-03-13.yaml:10:27: agenda[0].motions[0].mover: warning: 'Bo Chen' moved the motion but"
                        + " is not in the attendance record");
    }

    @Test
    void anErrorInTheCommitteeFileDoesNotMakeItsNamesUnknown() throws Exception {
        String meeting = """
                date: 2024-03-13
                agenda:
                  - title: Budget
                    actions:
                      - {id: 2024-03-13-1, task: Report., owners: [Finance, Cy Diaz]}
                """;
        Files.writeString(dir.resolve("meetings/2024-03-13.yaml"), meeting);
        // An error elsewhere in the file, in the group itself, in the person's entry, then a file that is not YAML.
        Files.writeString(dir.resolve("committee.yaml"), ROSTER + "timeZone: 5\n");
        assertThat(check()).containsExactly("committee.yaml:9:11: timeZone: expected text, found the number 5");
        Files.writeString(dir.resolve("committee.yaml"), ROSTER.replace("members:", "membres:"));
        assertThat(check()).containsExactly(
                "committee.yaml:8:5: groups[0].membres: unknown field; did you mean 'members'?");
        Files.writeString(dir.resolve("committee.yaml"), ROSTER.replace("- name: Cy Diaz", "- {name: Cy Diaz, email: 7}")
                .replace("- name: Finance", "- {name: Finance, members: Ann Lee}\n  - name: Audit"));
        assertThat(check()).containsExactly(
                "committee.yaml:5:28: people[2].email: expected text, found the number 7",
                "committee.yaml:7:30: groups[0].members: expected a list, found the text 'Ann Lee'");
        Files.writeString(dir.resolve("committee.yaml"), ROSTER.replace("name: Board\n", ""));
        assertThat(check()).containsExactly("committee.yaml:1:1: missing required field 'name'");
        Files.writeString(dir.resolve("committee.yaml"), ROSTER + "  - name: [Finance\n");
        assertThat(check()).hasSize(1).allMatch(p -> p.startsWith("committee.yaml:"));
    }
}
