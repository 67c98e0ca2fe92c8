package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.ModelReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final Path SEED = Path.of("..", "examples", "swtpic", "source", "2017-03-27-swtpic-minutes.txt");

    @TempDir
    Path tmp;

    @Test
    void printsTheMeetingAndTheNewPeopleOutsideACommittee() {
        CliRun run = CliRun.of("import", SEED.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# as written (line 4): March 27, 2017 - 11:00am\ndate: 2017-03-27\n").contains("""
                          - id: 2017-03-27-1
                            # check: owner guessed from "Minouche"
                            owners:
                              - Minouche Kandel
                """);
        assertThat(run.err()).startsWith("\n# 8 people not yet on the roster; paste under 'people:' in committee.yaml"
                + " (or rerun with --update-roster):\n  - name: Saerom Choi\n    affiliation: API Legal Outreach\n");
    }

    @Test
    void writesIntoTheCommitteeFolderAndUpdatesTheRoster() throws Exception {
        Path dir = tmp.resolve("swtpic");
        assertThat(CliRun.of("init", dir.toString(), "--body", "SWTPIC").exitCode()).isZero();
        CliRun run = CliRun.of("import", SEED.toString(), "--committee", dir.toString(), "--update-roster");
        Path meeting = dir.resolve("meetings/2017-03-27.yaml");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("imported " + SEED + " to " + meeting + ": 8 attendees, 6 agenda items,"
                + " 8 action items, 0 motions, 14 guesses marked '# check:'\n"
                + "added 8 people to " + dir.resolve("committee.yaml") + ": Saerom Choi, Alan Guttirez, Minouche Kandel,"
                + " Carol Leigh, Alix Lutnick, Jessica Marques, Maggie McHale, Rachel West\n");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(meeting)).startsWith("# yaml-language-server: $schema=../schema/meeting.schema.json\n");
        assertThat(ModelReader.readBody(dir.resolve("committee.yaml")).people()).hasSize(8);
        assertThat(Files.readString(dir.resolve("committee.yaml"))).contains("# The roster. role: chair");
        CliRun check = CliRun.of("check", dir.toString());
        assertThat(check.exitCode()).isZero();

        CliRun again = CliRun.of("import", SEED.toString(), "--committee", dir.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("clerk: " + meeting + " already exists; not overwritten (use --into "
                + meeting + " to see and apply the differences, or --force to replace it)\n");
        assertThat(CliRun.of("import", SEED.toString(), "--committee", dir.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void writesWhereAskedAndReportsBadInputOnOneLine() throws Exception {
        Path out = tmp.resolve("m.yaml");
        assertThat(CliRun.of("import", SEED.toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(ModelReader.readMeeting(out).date()).hasToString("2017-03-27");

        Path bin = tmp.resolve("x.txt");
        Files.write(bin, new byte[] {1, 2, 0, 4});
        CliRun bad = CliRun.of("import", bin.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo(bin + ": not a text file (a zero byte at offset 2); import reads plain text,"
                + " Markdown and .docx\n");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void reportsWhereEachLineWentOnStandardErrorWhenTheMeetingGoesToStandardOutput() throws Exception {
        CliRun run = CliRun.of("import", SEED.toString(), "--report");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# as written (line 4): March 27, 2017 - 11:00am\ndate: 2017-03-27\n")
                .contains("# check: the minutes' own title (line 1), kept as"
                + " written;");
        assertThat(run.out()).doesNotContain("where each line went");
        assertThat(run.err()).startsWith("\nrecognised in " + SEED + ": date 2017-03-27, start 11:00, 8 attendees,"
                + " 6 agenda items, 0 motions, 8 action items\n"
                + "guessed (14, each marked '# check:' in the meeting file):\n"
                + "  agenda[1].items[0].actions[0].owners: owner guessed from \"Minouche\"\n");
        assertThat(run.err()).contains("""
                where each line went (29 lines, 1 kept as written where the importer read no field):
                  1: kept as written in title (check: the minutes' own title)
                  3: date, start
                  4: date, start (its wording in a comment)
                  5: location
                """, """
                  12: attendees[0..7]
                  14: agenda[0].title
                """, """
                  22: agenda[1].items[0].narrative[0]
                """, """
                  56: next.proposedItems[0] (its wording in a comment)
                """);
        // One line for each non-blank line of the minutes.
        long lines = Files.readAllLines(SEED).stream().filter(l -> !l.replace('\u00A0', ' ').isBlank()).count();
        assertThat(run.err().lines().filter(l -> l.matches("  \\d+: .*"))).hasSize((int) lines);
    }

    @Test
    void reportsLinesKeptAsWrittenWithTheirCheck() throws Exception {
        Path minutes = tmp.resolve("board-2021-05-04.txt");
        Files.writeString(minutes, """
                Minutes of the Parks Board, May 4, 2021

                The board walked the new trail at Elm Creek before the meeting.

                I. Trail Report
                Ana Ruiz moved to buy two benches; Bo Chan seconded. Carried 4-0.
                """);
        Path out = tmp.resolve("m.yaml");
        CliRun run = CliRun.of("import", minutes.toString(), "-o", out.toString(), "--report");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("""
                  1: kept as written in title (check: the minutes' own title)
                  3: kept as narrative agenda[0].narrative[0] (check: text before the first section, kept as written:\
                 place it, or leave it here)
                  5: agenda[1].title
                  6: kept as narrative agenda[1].narrative[0] (check: kept as written: not all of it was read into\
                 fields)
                """);
        assertThat(Files.readString(out)).contains("""
                  - title: Preamble
                    narrative:
                      # check: line 3: text before the first section, kept as written: place it, or leave it here
                      - The board walked the new trail at Elm Creek before the meeting.
                """);
    }

    @Test
    void refusesToUpdateARosterThatIsNotThere() {
        CliRun run = CliRun.of("import", SEED.toString(), "--update-roster", "-o", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("clerk: --update-roster needs a committee folder: give --committee DIR or run"
                + " inside one\n");
    }
}
