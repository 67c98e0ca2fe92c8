package dev.clerk.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.TaskStatus;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown and CSV forms of a task list. */
class TaskListWriterTest {
    private static final LocalDate MAR = LocalDate.of(2024, 3, 20);

    private static TaskList history(TaskQuery query) throws Exception {
        return TaskLedger.of(CommitteeFolder.read(Path.of("src/test/resources/history"))).list(query);
    }

    private static String markdown(TaskList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskListWriter.markdown(list, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String csv(TaskList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskListWriter.csv(list, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesMarkdownGroupedByOwnerWithClosedTasks() throws Exception {
        Golden.assertMatches("tasks-history-all.md", markdown(history(new TaskQuery(MAR, null, true, Grouping.OWNER))));
    }

    @Test
    void saysSoWhenNothingIsOpen() throws Exception {
        assertThat(markdown(history(new TaskQuery(MAR, "Dana Ruiz", false, Grouping.OWNER)))).isEqualTo("""
                # Action items: Harbor Access Advisory Committee

                As of March 20, 2024, for Dana Ruiz: 0 open.
                """);
    }

    @Test
    void writesCsvAsRfc4180WithAByteOrderMarkAndCrlf() throws Exception {
        assertThat(csv(history(new TaskQuery(MAR, null, true, Grouping.MEETING)))).isEqualTo("\uFEFF"
                + "ID,Task,Owners,Status,Due,Days overdue,Times carried,Assigned on,Assigned at,Closed on,Notes\r\n"
                + "2024-01-10-3,Send Dana the ridership counts you have.,Group members,Open,2024-01-20,60,2,2024-01-10,"
                + "III. Ridership data,,\r\n"
                + "2024-02-14-1,Write up the site visit.,Cleo Park; Ben Ng,Open,,0,1,2024-02-14,II. Site visit,,\r\n"
                + "2024-01-10-2,Book the room for the site visit.,Ben Ng,Done,,0,1,2024-01-10,"
                + "II. Ferry landing signage,2024-02-02,2024-02-02: Done.\r\n"
                + "2024-01-10-1,Draft the letter to the ferry operator about signage.,Cleo Park,Done,2024-03-01,0,2,"
                + "2024-01-10,II. Ferry landing signage,2024-03-20,\"2024-02-14: In progress; reassigned from Ana Ortiz"
                + " to Cleo Park; due date moved to March 1, 2024. First draft circulated.\n"
                + "2024-03-20: Done. Sent to the ferry operator.\"\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldTakeForFormulas() {
        Origin origin = new Origin(MAR, false, "I.", "=HYPERLINK(\"http://x\")", null, List.of());
        TaskEntry entry = new TaskEntry("t-1", "=1+1", List.of("+Ana", "@Ben"), null, TaskStatus.OPEN, null, 0, 0,
                origin, List.of(new TaskNote(MAR, "-5 dollars")));
        TaskList list = new TaskList("Body, with comma", TaskQuery.openAsOf(MAR), List.of(entry), List.of());
        String[] lines = csv(list).split("\r\n");
        assertThat(lines[1]).isEqualTo("t-1,'=1+1,'+Ana; @Ben,Open,,0,0,2024-03-20,"
                + "\"I. =HYPERLINK(\"\"http://x\"\")\",,2024-03-20: -5 dollars");
        assertThat(TaskListWriter.cell("-5")).isEqualTo("'-5");
        assertThat(TaskListWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(TaskListWriter.cell("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(TaskListWriter.cell("plain")).isEqualTo("plain");
    }
}
