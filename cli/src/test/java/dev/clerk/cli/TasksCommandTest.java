package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clerk tasks} on the three-meeting history fixture and the worked example. */
class TasksCommandTest {
    private static final String HISTORY = Path.of("../model/src/test/resources/history").toString();

    @TempDir
    Path tmp;

    @Test
    void listsOpenTasksOfAnOwnerAsCsv() {
        CliRun run = CliRun.of("tasks", HISTORY, "--as-of", "2024-03-20", "--owner", "Ben Ng", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("\uFEFFID,Task,Owners,Status,Due,Days overdue,Times carried,Assigned on,"
                + "Assigned at,Closed on,Notes\r\n"
                + "2024-01-10-3,Send Dana the ridership counts you have.,Group members,Open,2024-01-20,60,2,2024-01-10,"
                + "III. Ridership data,,\r\n"
                + "2024-02-14-1,Write up the site visit.,Cleo Park; Ben Ng,Open,,0,1,2024-02-14,II. Site visit,,\r\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void listsTheExamplesOpenTasksByMeeting() {
        CliRun run = CliRun.of("tasks", "../examples/swtpic", "--as-of", "2017-05-22", "--by", "meeting");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("""
                Department on the Status of Women

                Mayor's Task Force on Anti-Human Trafficking

                # Sex Work and Trafficking Policy Impact Committee

                **Action Items as of May 22, 2017**

                As of May 22, 2017: 8 open, none overdue.

                ## Meeting of March 27, 2017
                """);
        assertThat(run.out().lines().filter(l -> l.startsWith("| 2017-03-27-"))).hasSize(8);
    }

    @Test
    void writesJsonToAFile() throws Exception {
        Path out = tmp.resolve("tasks.json");
        CliRun run = CliRun.of("tasks", HISTORY, "--as-of", "2024-03-20", "--all", "--format", "json", "-o", out.toString());
        assertThat(run.err()).isEqualTo("wrote " + out + ": As of March 20, 2024: 2 open, 1 overdue, 2 closed.\n");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{\n  \"format\" : \"clerk-tasks\",");
    }

    @Test
    void writesTheWordTaskList() throws Exception {
        Path out = tmp.resolve("tasks.docx");
        CliRun run = CliRun.of("tasks", HISTORY, "--as-of", "2024-03-20", "--format", "docx", "-o", out.toString());
        assertThat(run).isEqualTo(new CliRun(0, "", "wrote " + out + ": As of March 20, 2024: 2 open, 1 overdue.\n"));
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
            assertThat(doc.getTables()).hasSize(3);
        }
    }

    @Test
    void writesThePdfTaskList() throws Exception {
        Path out = tmp.resolve("tasks.pdf");
        CliRun run = CliRun.of("tasks", HISTORY, "--as-of", "2024-03-20", "--format", "pdf", "-o", out.toString());
        assertThat(run).isEqualTo(new CliRun(0, "", "wrote " + out + ": As of March 20, 2024: 2 open, 1 overdue.\n"));
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d))
                    .contains("Action Items as of March 20, 2024", "As of March 20, 2024: 2 open, 1 overdue.");
        }
    }

    @Test
    void refusesBadUsageWithOneLine() {
        assertThat(CliRun.of("tasks", HISTORY, "--by", "year")).isEqualTo(new CliRun(2, "",
                "clerk: --by: 'year' is not one of owner, meeting\n"));
        assertThat(CliRun.of("tasks", HISTORY, "--as-of", "20.3.2024")).isEqualTo(new CliRun(2, "",
                "clerk: --as-of: '20.3.2024' is not a date; write it as YYYY-MM-DD, such as 2017-05-22\n"));
        assertThat(CliRun.of("tasks", HISTORY, "--as-of", "2024-03-20", "--owner", "Ben Nguyen")).isEqualTo(new CliRun(2,
                "", "clerk: --owner: 'Ben Nguyen' is not on the roster, not a group, and owns no task\n"));
    }

    @Test
    void refusesACommitteeWhoseUpdatesDoNotFit() throws Exception {
        CliRun.copy(Path.of(HISTORY), tmp);
        Files.writeString(tmp.resolve("meetings/2024-04-17.yaml"), """
                date: 2024-04-17
                updates:
                  - task: 2024-01-10-1
                    status: open
                  - task: 2024-01-10-33
                    status: done
                """);
        CliRun run = CliRun.of("tasks", tmp.toString(), "--as-of", "2024-04-17");
        String file = tmp.resolve("meetings/2024-04-17.yaml").toString();
        assertThat(run).isEqualTo(new CliRun(1, "", file + ":4:13: updates[0].status: task '2024-01-10-1' was done on"
                + " 2024-03-20; reopening it as open needs a note saying why\n"
                + file + ":5:11: updates[1].task: no action item has the id '2024-01-10-33'\n"));
    }
}
