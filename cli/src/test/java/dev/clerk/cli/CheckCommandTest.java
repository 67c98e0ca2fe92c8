package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "swtpic");

    @TempDir
    Path tmp;

    private Path copyExample() throws IOException {
        Path dir = tmp.resolve("swtpic");
        CliRun.copy(EXAMPLE, dir);
        return dir;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("planting in " + file).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void acceptsTheWorkedExampleAndSummarises() {
        CliRun run = CliRun.of("check", EXAMPLE.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("ok: 1 committee, " + meetingCount() + " meeting" + (meetingCount() == 1 ? "" : "s")
                + ", " + actionItems() + " action items, 0 warnings\n");
        assertThat(run.exitCode()).isZero();
    }

    private static long meetingCount() {
        try (Stream<Path> s = Files.list(EXAMPLE.resolve("meetings"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int actionItems() {
        return dev.clerk.model.check.Checker.check(EXAMPLE).actionItems();
    }

    @Test
    void locatesTenPlantedMistakes() throws IOException {
        Path dir = copyExample();
        Path minutes = dir.resolve("meetings/2017-03-27.yaml");
        // Mistakes only the whole committee can see, in a file that is otherwise valid.
        replace(minutes, "id: 2017-03-27-2", "id: 2017-03-27-1");                      // 1 duplicate task id
        replace(minutes, "owners: [Alix Lutnick]", "owners: [Alix Lutnik]");           // 2 unknown owner (warning)
        replace(minutes, "  date: 2017-05-22", "  date: 2017-03-01");                   // 3 next meeting before this one
        replace(minutes, "tasks: [2017-03-27-5]", "tasks: [2017-03-27-50]");            // 4 follow-up names no task
        replace(minutes, "  - title: Introductions\n", "  - title: Introductions\n    attachments:\n"
                + "      - {title: Roster, path: docs/roster.pdf}\n");                  // 5 missing attachment
        // A later meeting reporting on a task that does not exist.
        Files.writeString(dir.resolve("meetings/2017-05-22.yaml"), """
                date: 2017-05-22
                updates:
                  - task: 2017-03-27-6
                    status: done
                  - task: 2017-0327-7
                    status: in-progress
                """);                                                                 // 6 unknown task in an update
        // Mistakes the schema sees, in a third meeting.
        Files.writeString(dir.resolve("meetings/2017-06-26.yaml"), """
                date: 2017-06-26
                kind: reguler
                start: 11am
                attendees:
                  - name: Carol Leigh
                    affilation: BAYSWAN
                agenda:
                  - title: Priorities for 2017
                    kind: vote
                    duration: -5
                """);                                                                 // 7-10

        CliRun run = CliRun.of("check", dir.toString());

        String d = dir + "/";
        assertThat(run.err().replace(d, "")).isEqualTo("""
                meetings/2017-03-27.yaml:35:31: agenda[0].attachments[0].path: attachment 'docs/roster.pdf' does not exist (paths are relative to swtpic/)
                meetings/2017-03-27.yaml:54:17: agenda[1].items[0].actions[1].id: duplicate task id '2017-03-27-1'; first used at %1$smeetings/2017-03-27.yaml:49
                meetings/2017-03-27.yaml:115:18: agenda[2].actions[0].owners[0]: warning: 'Alix Lutnik' is neither on the roster, nor an attendee, nor a declared group
                meetings/2017-03-27.yaml:120:9: next.date: the next meeting (2017-03-01) must come after this one (2017-03-27)
                meetings/2017-03-27.yaml:143:15: next.followUps[3].tasks[0]: no action item has the id '2017-03-27-50'
                meetings/2017-05-22.yaml:5:11: updates[1].task: no action item has the id '2017-0327-7'; did you mean '2017-03-27-7'?
                meetings/2017-06-26.yaml:2:7: kind: 'reguler' is not allowed; use one of regular, special
                meetings/2017-06-26.yaml:3:8: start: '11am' is not a time; write HH:MM on the 24-hour clock, such as 11:00 or 18:30
                meetings/2017-06-26.yaml:6:5: attendees[0].affilation: unknown field; did you mean 'affiliation'?
                meetings/2017-06-26.yaml:9:11: agenda[0].kind: 'vote' is not allowed; use one of information, discussion, action
                meetings/2017-06-26.yaml:10:15: agenda[0].duration: must be at least 0, was -5
                10 errors, 1 warning
                """.formatted(d).replace(d, ""));
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void printsProblemsAsJson() throws IOException {
        Path dir = copyExample();
        replace(dir.resolve("meetings/2017-05-22.yaml"), "kind: regular", "kind: annual");
        CliRun run = CliRun.of("check", dir.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"errors\" : 1", "\"line\" : 7", "\"column\" : 7", "\"path\" : \"kind\"",
                "\"message\" : \"'annual' is not allowed; use one of regular, special\"");
    }

    @Test
    void checksOneMeetingFileWithItsCommittee() {
        CliRun run = CliRun.of("check", EXAMPLE.resolve("meetings/2017-03-27.yaml").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsAFolderOutsideAnyCommittee() {
        CliRun run = CliRun.of("check", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(tmp + ": not inside a committee folder (no committee.yaml here or above);"
                + " create one with 'clerk init'\n");
    }

    @Test
    void badUsageExitsWithTwo() {
        CliRun run = CliRun.of("check", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--format'");
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void badInputPrintsNoStackTrace() throws IOException {
        Path dir = copyExample();
        Files.write(dir.resolve("meetings/2017-03-27.yaml"), new byte[] {(byte) 0xC3, 0x28, 0x0A});
        CliRun run = CliRun.of("check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines().findFirst().orElseThrow()).endsWith(
                "meetings/2017-03-27.yaml:1:1: invalid UTF-8 (byte 0xC3 at offset 0); save the file as UTF-8");
    }
}
