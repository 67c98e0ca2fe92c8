package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.Committee;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.Origin;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskNote;
import dev.clerk.model.tasks.TaskQuery;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV task list: RFC 4180, a byte order mark, cells a spreadsheet would run neutralised. */
class TaskListCsvTest {
    private static final LocalDate MAR = LocalDate.of(2024, 3, 20);

    private static String csv(Body body, TaskList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskListCsv.write(body, list, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesCsvAsRfc4180WithAByteOrderMarkAndCrlf() throws Exception {
        Committee c = CommitteeFolder.read(Path.of("../model/src/test/resources/history"));
        TaskList list = TaskLedger.of(c).list(new TaskQuery(MAR, null, true, Grouping.MEETING));
        assertThat(csv(c.body(), list)).isEqualTo("\uFEFF"
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
                origin, List.of(TaskNote.remark(MAR, "-5 dollars")));
        TaskList list = new TaskList("Body, with comma", TaskQuery.openAsOf(MAR), List.of(entry), List.of());
        Body body = new Body("Body, with comma", null, null, null, null, List.of(), null, List.of(),
                BodyDefaults.none());
        String[] lines = csv(body, list).split("\r\n");
        assertThat(lines[1]).isEqualTo("t-1,'=1+1,'+Ana; @Ben,Open,,0,0,2024-03-20,"
                + "\"I. =HYPERLINK(\"\"http://x\"\")\",,2024-03-20: -5 dollars");
        assertThat(TaskListCsv.cell("-5")).isEqualTo("'-5");
        assertThat(TaskListCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(TaskListCsv.cell("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(TaskListCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void wordsAFollowUpsOriginAsTheMinutesDo() {
        Origin origin = new Origin(MAR, false, "IV.", null, 2, List.of());
        TaskEntry entry = new TaskEntry("t-2", "Plan the brown bag.", List.of(), null, TaskStatus.OPEN, null, 0, 1,
                origin, List.of());
        TaskList list = new TaskList("Parks", TaskQuery.openAsOf(MAR), List.of(entry), List.of());
        Body body = new Body("Parks", null, null, null, null, List.of(), null, List.of(), BodyDefaults.none());
        assertThat(csv(body, list).split("\r\n")[1])
                .isEqualTo("t-2,Plan the brown bag.,,Open,,0,1,2024-03-20,\"IV. Next Meeting, follow-up 2\",,");
    }
}
