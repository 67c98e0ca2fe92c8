package dev.clerk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.Committee;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.Origin;
import dev.clerk.model.tasks.TaskGroup;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskNote;
import dev.clerk.model.tasks.TaskQuery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How documents word the task ledger's facts: history entries, origins, group headings, the summary line. */
class TaskWordingTest {
    private static final LocalDate FEB = LocalDate.of(2024, 2, 14);
    private static final LocalDate MAR = LocalDate.of(2024, 3, 1);
    private final Phrases p = new Phrases("en-US");

    @Test
    void wordsAnUpdateThatChangesEverythingAsOneSentenceThenTheNote() {
        TaskNote n = new TaskNote(FEB, TaskStatus.IN_PROGRESS, false, List.of("Ana Ortiz"), List.of("Cleo Park"),
                LocalDate.of(2024, 2, 1), MAR, "First draft circulated.");
        assertThat(p.note(n)).isEqualTo("In progress; reassigned from Ana Ortiz to Cleo Park; due date moved to"
                + " March 1, 2024. First draft circulated.");
    }

    @Test
    void wordsEachKindOfChangeOnItsOwn() {
        assertThat(p.note(new TaskNote(FEB, TaskStatus.DONE, false, List.of(), null, null, null, null)))
                .isEqualTo("Done.");
        assertThat(p.note(new TaskNote(FEB, TaskStatus.IN_PROGRESS, true, List.of(), null, null, null, "Not done")))
                .isEqualTo("Reopened as in progress. Not done");
        assertThat(p.note(new TaskNote(FEB, null, false, List.of(), List.of("Ben Ng", "Cleo Park"), null, null, null)))
                .isEqualTo("Reassigned to Ben Ng and Cleo Park.");
        assertThat(p.note(new TaskNote(FEB, null, false, List.of(), null, null, MAR, null)))
                .isEqualTo("Due March 1, 2024.");
        assertThat(p.note(TaskNote.remark(FEB, "waiting for the port"))).isEqualTo("waiting for the port");
    }

    @Test
    void wordsTheHistoryOfTheFixtureAsTheTaskListPrintsIt() throws Exception {
        Committee c = CommitteeFolder.read(Path.of("../model/src/test/resources/history"));
        List<String> notes = TaskLedger.of(c).list(new TaskQuery(LocalDate.of(2024, 3, 20), null, true,
                Grouping.OWNER)).entries().stream().flatMap(e -> e.notes().stream()).map(p::note).toList();
        assertThat(notes).containsExactly("Done.", "In progress; reassigned from Ana Ortiz to Cleo Park; due date"
                + " moved to March 1, 2024. First draft circulated.", "Done. Sent to the ferry operator.");
    }

    @Test
    void wordsWhereATaskWasAssigned() {
        assertThat(p.reference(new Origin(FEB, false, "II.A.", "Check in on the policy", null, List.of(3))))
                .isEqualTo("II.A. Check in on the policy (also follow-up 3)");
        assertThat(p.reference(new Origin(FEB, false, "IV.", null, 2, List.of(1, 4))))
                .isEqualTo("IV. Next Meeting, follow-up 2 (also follow-ups 1 and 4)");
    }

    @Test
    void headsEachGroupOfATaskList() {
        assertThat(p.group(TaskGroup.owner("Alix Lutnick", List.of()))).isEqualTo("Alix Lutnick");
        assertThat(p.group(TaskGroup.owner(null, List.of()))).isEqualTo("No owner");
        assertThat(p.group(TaskGroup.meeting(LocalDate.of(2017, 3, 27), false, List.of())))
                .isEqualTo("Meeting of March 27, 2017");
        assertThat(p.group(TaskGroup.meeting(LocalDate.of(2017, 3, 27), true, List.of())))
                .isEqualTo("Special meeting of March 27, 2017");
    }

    @Test
    void summarisesATaskListInTheBodysLanguage() throws Exception {
        Committee c = CommitteeFolder.read(Path.of("../model/src/test/resources/history"));
        TaskLedger ledger = TaskLedger.of(c);
        assertThat(TaskListComposer.summary(c.body(), ledger.list(new TaskQuery(LocalDate.of(2024, 3, 20), null, true,
                Grouping.OWNER)))).isEqualTo("As of March 20, 2024: 2 open, 1 overdue, 2 closed.");
        assertThat(TaskListComposer.summary(c.body(), ledger.list(TaskQuery.goingInto(LocalDate.of(2024, 3, 20)))))
                .isEqualTo("Going into the meeting of March 20, 2024: 3 open, 2 overdue.");
        Body noOne = new Body("Parks", null, null, null, null, List.of(), null, List.of(), BodyDefaults.none());
        assertThat(TaskListComposer.summary(noOne, TaskLedger.of(noOne, List.of()).list(
                new TaskQuery(MAR, "Ana", false, Grouping.OWNER)))).isEqualTo("As of March 1, 2024, for Ana: 0 open.");
    }
}
