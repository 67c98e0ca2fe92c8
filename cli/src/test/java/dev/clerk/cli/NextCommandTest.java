package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code clerk next} on a copy of the worked example and on minutes without task ids. */
class NextCommandTest {
    private static final Path REPO = Path.of("..");

    @TempDir
    Path tmp;
    Path example;
    Path minutes;
    Path may22;

    @BeforeEach
    void copyExample() throws Exception {
        CliRun.copy(REPO.resolve("schema"), tmp.resolve("schema"));
        example = tmp.resolve("examples/swtpic");
        CliRun.copy(REPO.resolve("examples/swtpic"), example);
        minutes = example.resolve("meetings/2017-03-27.yaml");
        may22 = example.resolve("meetings/2017-05-22.yaml");
    }

    @Test
    void draftsTheCommittedMay22FileFromTheMarch27Minutes() throws Exception {
        Files.delete(may22);
        CliRun run = CliRun.of("next", minutes.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("wrote " + may22 + ": agenda of May 22, 2017 with 10 items, 8 open action items"
                + " to review\n");
        assertThat(run.exitCode()).isZero();
        // The committed file is the draft plus the two sample attachments the clerk added for the packet.
        assertThat(Files.readString(may22)).isEqualTo(Files.readString(REPO.resolve("examples/swtpic/meetings/2017-05-22.yaml"))
                .replaceAll("    attachments:\n      - title: .*\n        path: .*\n", ""));
        CliRun check = CliRun.of("check", example.toString());
        assertThat(check.out()).isEqualTo("ok: 1 committee, 2 meetings, 8 action items, 0 warnings\n");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Files.writeString(may22, Files.readString(may22) + "# edited by hand\n");
        CliRun run = CliRun.of("next", minutes.toString());
        assertThat(run.err()).isEqualTo("clerk: " + may22 + " already exists; not overwritten (use --force to replace it)\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readString(may22)).endsWith("# edited by hand\n");

        CliRun forced = CliRun.of("next", minutes.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(may22)).doesNotContain("# edited by hand");
    }

    @Test
    void writesWhereToldWithTheDateGiven() throws Exception {
        Path out = example.resolve("meetings/2017-06-05-special.yaml");
        CliRun run = CliRun.of("next", minutes.toString(), "--date", "2017-06-05", "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("# yaml-language-server: $schema=../../../schema/meeting.schema.json\n")
                .contains("date: 2017-06-05\n");
    }

    @Test
    void explainsBadDates() {
        CliRun bad = CliRun.of("next", minutes.toString(), "--date", "2017-02-30");
        assertThat(bad.err()).isEqualTo("clerk: --date: '2017-02-30' is not a date; write it as YYYY-MM-DD, such as"
                + " 2017-05-22\n");
        assertThat(bad.exitCode()).isEqualTo(2);
        CliRun early = CliRun.of("next", minutes.toString(), "--date", "2017-03-27");
        assertThat(early.err()).isEqualTo("clerk: --date: the next meeting (2017-03-27) must come after these minutes"
                + " (2017-03-27)\n");
        assertThat(early.exitCode()).isEqualTo(2);
    }

    @Test
    void assignsMissingIdsBeforeDraftingAndAsksForADateWhenTheMinutesGiveNone() throws Exception {
        Path dir = tmp.resolve("haac");
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), "name: Harbor Access Advisory Committee\n");
        Path jan = dir.resolve("meetings/2024-01-10.yaml");
        Files.writeString(jan, """
                date: 2024-01-10
                status: approved
                approvedOn: 2024-02-14
                agenda:
                  - title: Signage
                    actions:
                      - task: Draft the letter.   # no id yet
                """);
        CliRun noDate = CliRun.of("next", jan.toString());
        assertThat(noDate.err()).isEqualTo("clerk: " + jan + ": the minutes do not give the next meeting's date"
                + " (next.date); give it with --date\n");
        assertThat(noDate.exitCode()).isEqualTo(2);
        assertThat(Files.readString(jan)).doesNotContain("id:");

        CliRun run = CliRun.of("next", jan.toString(), "--date", "2024-02-14");
        Path feb = dir.resolve("meetings/2024-02-14.yaml");
        assertThat(run.out()).isEqualTo("assigned task id 2024-01-10-1 in " + jan + "\n"
                + "wrote " + feb + ": agenda of February 14, 2024 with 1 items, 1 open action item to review\n");
        assertThat(Files.readString(jan)).contains("""
                      - id: 2024-01-10-1
                        task: Draft the letter.   # no id yet
                """);
        assertThat(Files.readString(feb)).isEqualTo("""
                # yaml-language-server: $schema=../../schema/meeting.schema.json
                #
                # Agenda of the meeting of February 14, 2024, drafted by 'clerk next' from the minutes of January 10, 2024.
                # The review item lists the open action items by id; 'clerk agenda' prints them with their history.
                # After the meeting, add its minutes here, and report on those tasks under 'updates:'.
                date: 2024-02-14
                kind: regular
                status: draft
                agenda:
                  - title: Review of open action items
                    kind: discussion
                    tasks:
                      - 2024-01-10-1
                """);
    }

    @Test
    void writesTimesThatYaml11ToolsReadAsText() throws Exception {
        Path dir = tmp.resolve("evening");
        Files.createDirectories(dir.resolve("meetings"));
        Files.writeString(dir.resolve("committee.yaml"), "name: Evening Committee\n");
        Path jan = dir.resolve("meetings/2024-01-10.yaml");
        Files.writeString(jan, """
                date: 2024-01-10
                start: "18:30"
                next:
                  date: 2024-02-14
                  time: "19:00"
                """);
        CliRun run = CliRun.of("next", jan.toString(), "-o", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("start: \"19:00\"\n");
        // SnakeYAML's default loader is YAML 1.1, where an unquoted 19:00 is the sexagesimal number 1140.
        Map<String, Object> draft = new Yaml().load(run.out());
        assertThat(draft.get("start")).isEqualTo("19:00");
    }
}
