package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An agenda's open-task table and the task list of the same packet state the same figures for each task: both are
 * the tasks as they stand going into the meeting (a packet once said "21 days overdue, carried once" in the agenda
 * and "20 days overdue, not carried yet" in the task list behind it). The meeting itself closes a task: going into
 * it, the task is still open in both.
 */
class OneAsOfRuleTest {
    @Test
    void theAgendaAndThePacketsTaskListAgreeOnEveryTask() throws Exception {
        Committee harbor = CommitteeFolder.read(Path.of("src/test/resources/fixtures/harbor"));
        Meeting may = ModelReader.parseMeeting("2024-05-01.yaml", """
                date: 2024-05-01
                agenda:
                  - title: Review of open action items
                    tasks: [2024-01-10-1, 2024-01-10-2]
                updates:
                  - {task: 2024-01-10-2, status: done, note: Hours collected at the meeting.}
                """).value();
        List<Meeting> meetings = new ArrayList<>(harbor.meetings());
        meetings.add(may);
        Committee committee = new Committee(harbor.body(), meetings);

        Map<String, List<String>> agenda = rows(AgendaComposer.compose(Agenda.of(committee, may)));
        Map<String, List<String>> tasks = rows(TaskListComposer.compose(committee.body(),
                TaskLedger.of(committee).list(TaskQuery.goingInto(may.date()))));

        assertThat(agenda.keySet()).containsExactly("2024-01-10-1", "2024-01-10-2");
        assertThat(agenda.get("2024-01-10-1").get(3)).isEqualTo("April 15, 2024 (16 days overdue)");
        assertThat(agenda.get("2024-01-10-1").get(4)).endsWith("(carried 3 times)");
        for (String id : agenda.keySet()) {
            assertThat(tasks.get(id)).as(id).isEqualTo(agenda.get(id));
        }
    }

    /** The rows of every task table of {@code doc}, by task id, as text. */
    private static Map<String, List<String>> rows(Document doc) {
        Map<String, List<String>> out = new TreeMap<>();
        doc.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).forEach(t -> t.rows().forEach(
                row -> out.put(row.get(0).plainText(), row.stream().map(Text::plainText).toList())));
        return out;
    }
}
