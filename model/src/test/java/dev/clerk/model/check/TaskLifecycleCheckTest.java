package dev.clerk.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code clerk check} says about updates that do not fit a task's history, and about same-day meetings. */
class TaskLifecycleCheckTest {
    @TempDir
    Path dir;

    @BeforeEach
    void committee() throws IOException {
        write("committee.yaml", """
                name: Harbor Access Advisory Committee
                people:
                  - name: Ana Ortiz
                """);
        write("meetings/2024-01-10.yaml", """
                date: 2024-01-10
                agenda:
                  - title: Signage
                    actions:
                      - id: 2024-01-10-1
                        owners: [Ana Ortiz]
                        task: Draft the letter.
                """);
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    private String[] messages() {
        return Checker.check(dir).problems().stream().map(Problem::toString)
                .map(s -> s.replace(dir.toString() + "/", "")).toArray(String[]::new);
    }

    @Test
    void rejectsUpdateOfUnknownTask() throws IOException {
        write("meetings/2024-02-14.yaml", """
                date: 2024-02-14
                updates:
                  - task: 2024-01-10-9
                    status: done
                """);
        assertThat(messages()).containsExactly(
                "meetings/2024-02-14.yaml:3:11: updates[0].task: no action item has the id '2024-01-10-9'");
    }

    @Test
    void rejectsTaskClosedTwice() throws IOException {
        write("meetings/2024-02-14.yaml", """
                date: 2024-02-14
                updates:
                  - task: 2024-01-10-1
                    status: done
                """);
        write("meetings/2024-03-20.yaml", """
                date: 2024-03-20
                updates:
                  - task: 2024-01-10-1
                    status: dropped
                    note: Nobody remembers.
                """);
        assertThat(messages()).containsExactly("meetings/2024-03-20.yaml:4:13: updates[0].status: task '2024-01-10-1'"
                + " is already done (since 2024-02-14); a task is closed once (reopen it with a note first)");
    }

    @Test
    void rejectsReopeningWithoutANoteButAcceptsItWithOne() throws IOException {
        write("meetings/2024-02-14.yaml", """
                date: 2024-02-14
                updates:
                  - task: 2024-01-10-1
                    status: done
                    date: 2024-02-01
                  - task: 2024-01-10-1
                    status: open
                """);
        write("meetings/2024-03-20.yaml", """
                date: 2024-03-20
                updates:
                  - task: 2024-01-10-1
                    status: done
                  - task: 2024-01-10-1
                    status: in-progress
                    note: The operator asked for changes.
                """);
        assertThat(messages()).containsExactly("meetings/2024-02-14.yaml:7:13: updates[1].status: task '2024-01-10-1'"
                + " was done on 2024-02-01; reopening it as open needs a note saying why");
    }

    @Test
    void rejectsTwoMeetingsOnOneDateWithoutASuffix() throws IOException {
        write("meetings/2024-01-10.json", """
                {"date": "2024-01-10"}
                """);
        write("meetings/2024-01-10-special.yaml", """
                date: 2024-01-10
                kind: special
                """);
        assertThat(messages()).containsExactly("meetings/2024-01-10.yaml:1:7: date: a second meeting on 2024-01-10"
                + " (the first is meetings/2024-01-10.json); name the file of the second one with a suffix, such as"
                + " 2024-01-10-special.yaml");
    }
}
