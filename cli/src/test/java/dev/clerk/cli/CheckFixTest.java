package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clerk check --fix} gives ids to action items that have none, once. */
class CheckFixTest {
    @TempDir
    Path dir;

    @Test
    void assignsMissingIdsOnceAndNeverChangesThem() throws Exception {
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), "name: Harbor Access Advisory Committee\n");
        Path file = dir.resolve("meetings/2024-01-10.yaml");
        Files.writeString(file, """
                date: 2024-01-10
                agenda:
                  - title: Signage
                    actions:
                      - task: Draft the letter.
                      - task: Book the room.
                """);
        CliRun run = CliRun.of("check", "--fix", dir.toString());
        assertThat(run).isEqualTo(new CliRun(0, "ok: 1 committee, 1 meeting, 2 action items, 2 warnings\n",
                "assigned task ids 2024-01-10-1, 2024-01-10-2 in " + file + "\n"
                        + file + ":5:9: agenda[0].actions[0]: warning: action item has no owner\n"
                        + file + ":7:9: agenda[0].actions[1]: warning: action item has no owner\n"));
        String fixed = Files.readString(file);
        assertThat(fixed).contains("      - id: 2024-01-10-1\n        task: Draft the letter.\n");
        // Reordered by hand, then fixed again: the ids stay with their tasks.
        Files.writeString(file, fixed.replace("""
                      - id: 2024-01-10-1
                        task: Draft the letter.
                      - id: 2024-01-10-2
                        task: Book the room.
                """, """
                      - id: 2024-01-10-2
                        task: Book the room.
                      - task: Thank the host.
                      - id: 2024-01-10-1
                        task: Draft the letter.
                """));
        CliRun again = CliRun.of("check", "--fix", dir.toString());
        assertThat(again.err()).startsWith("assigned task id 2024-01-10-3 in " + file + "\n");
        assertThat(Files.readString(file)).contains("""
                      - id: 2024-01-10-2
                        task: Book the room.
                      - id: 2024-01-10-3
                        task: Thank the host.
                      - id: 2024-01-10-1
                        task: Draft the letter.
                """);
    }
}
