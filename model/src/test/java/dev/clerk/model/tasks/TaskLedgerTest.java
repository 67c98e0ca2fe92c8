package dev.clerk.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.io.CommitteeFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic three-meeting history in {@code src/test/resources/history}: tasks assigned on January 10,
 * carried to February 14 (one reassigned with a new due date, one done), carried to March 20 (the reassigned one
 * done there), and a group task left overdue throughout.
 */
class TaskLedgerTest {
    private static final LocalDate JAN = LocalDate.of(2024, 1, 10);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 14);
    private static final LocalDate MAR = LocalDate.of(2024, 3, 20);

    private static final Origin SIGNAGE = new Origin(JAN, false, "II.", "Ferry landing signage", null, List.of(),
            "agenda[1].actions[0]");
    private static final Origin SIGNAGE_2 = new Origin(JAN, false, "II.", "Ferry landing signage", null, List.of(),
            "agenda[1].actions[1]");
    private static final Origin DATA = new Origin(JAN, false, "III.", "Ridership data", null, List.of(),
            "agenda[2].actions[0]");
    private static final Origin VISIT = new Origin(FEB, false, "II.", "Site visit", null, List.of(),
            "agenda[1].actions[0]");
    private static final String LETTER = "Draft the letter to the ferry operator about signage.";
    private static final String ROOM = "Book the room for the site visit.";
    private static final String COUNTS = "Send Dana the ridership counts you have.";
    private static final String WRITE_UP = "Write up the site visit.";
    private static final TaskNote REASSIGNED = new TaskNote(FEB, TaskStatus.IN_PROGRESS, false, List.of("Ana Ortiz"),
            List.of("Cleo Park"), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), "First draft circulated.");

    private final Committee committee = read();
    private final TaskLedger ledger = TaskLedger.of(committee);

    private static Committee read() {
        try {
            return CommitteeFolder.read(Path.of("src/test/resources/history"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Meeting meeting(LocalDate date) {
        return committee.meetings().stream().filter(m -> m.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void carriesEveryOpenTaskToTheSecondMeetingOverdueFirst() {
        assertThat(ledger.carriedTo(meeting(FEB))).containsExactly(
                new TaskEntry("2024-01-10-3", COUNTS, List.of("Group members"), LocalDate.of(2024, 1, 20),
                        TaskStatus.OPEN, null, 25, 1, DATA, List.of()),
                new TaskEntry("2024-01-10-1", LETTER, List.of("Ana Ortiz"), LocalDate.of(2024, 2, 1),
                        TaskStatus.OPEN, null, 13, 1, SIGNAGE, List.of()),
                new TaskEntry("2024-01-10-2", ROOM, List.of("Ben Ng"), null, TaskStatus.OPEN, null, 0, 1, SIGNAGE_2,
                        List.of()));
    }

    @Test
    void carriesReassignedTaskWithItsNewOwnerDueDateAndNote() {
        assertThat(ledger.carriedTo(meeting(MAR))).containsExactly(
                new TaskEntry("2024-01-10-3", COUNTS, List.of("Group members"), LocalDate.of(2024, 1, 20),
                        TaskStatus.OPEN, null, 60, 2, DATA, List.of()),
                new TaskEntry("2024-01-10-1", LETTER, List.of("Cleo Park"), LocalDate.of(2024, 3, 1),
                        TaskStatus.IN_PROGRESS, null, 19, 2, SIGNAGE, List.of(REASSIGNED)),
                new TaskEntry("2024-02-14-1", WRITE_UP, List.of("Cleo Park", "Ben Ng"), null, TaskStatus.OPEN, null,
                        0, 1, VISIT, List.of()));
    }

    @Test
    void carriesToAMeetingNotYetInTheCommitteeByDate() {
        assertThat(ledger.carriedTo(LocalDate.of(2024, 4, 17))).extracting(TaskEntry::id, TaskEntry::timesCarried,
                TaskEntry::daysOverdue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024-01-10-3", 3, 88),
                org.assertj.core.groups.Tuple.tuple("2024-02-14-1", 2, 0));
    }

    @Test
    void listsClosedTasksWithTheirClosingDateWhenAskedForAll() {
        TaskList list = ledger.list(new TaskQuery(MAR, null, true, Grouping.MEETING));
        assertThat(list.entries()).containsExactly(
                new TaskEntry("2024-01-10-3", COUNTS, List.of("Group members"), LocalDate.of(2024, 1, 20),
                        TaskStatus.OPEN, null, 60, 2, DATA, List.of()),
                new TaskEntry("2024-02-14-1", WRITE_UP, List.of("Cleo Park", "Ben Ng"), null, TaskStatus.OPEN, null,
                        0, 1, VISIT, List.of()),
                new TaskEntry("2024-01-10-2", ROOM, List.of("Ben Ng"), null, TaskStatus.DONE,
                        LocalDate.of(2024, 2, 2), 0, 1, SIGNAGE_2, List.of(new TaskNote(LocalDate.of(2024, 2, 2), TaskStatus.DONE, false, List.of(), null, null, null,
                        null))),
                new TaskEntry("2024-01-10-1", LETTER, List.of("Cleo Park"), LocalDate.of(2024, 3, 1),
                        TaskStatus.DONE, MAR, 0, 2, SIGNAGE,
                        List.of(REASSIGNED, new TaskNote(MAR, TaskStatus.DONE, false, List.of(), null, null, null,
                                "Sent to the ferry operator."))));
        assertThat(list.groups()).extracting(TaskGroup::meeting, g -> g.entries().stream().map(TaskEntry::id).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JAN, List.of("2024-01-10-3", "2024-01-10-2", "2024-01-10-1")),
                        org.assertj.core.groups.Tuple.tuple(FEB, List.of("2024-02-14-1")));
        assertThat(list.groups()).allSatisfy(g -> {
            assertThat(g.by()).isEqualTo(Grouping.MEETING);
            assertThat(g.owner()).isNull();
            assertThat(g.special()).isFalse();
        });
        assertThat(list.groupsOf(list.entries().get(0))).containsExactly(list.groups().get(0));
    }

    @Test
    void listsOnlyOpenTasksByDefaultAndGroupsThemUnderEachOwner() {
        TaskList list = ledger.list(TaskQuery.openAsOf(MAR));
        assertThat(list.entries()).extracting(TaskEntry::id).containsExactly("2024-01-10-3", "2024-02-14-1");
        assertThat(list.groups()).extracting(TaskGroup::owner, g -> g.entries().stream().map(TaskEntry::id).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ben Ng", List.of("2024-02-14-1")),
                        org.assertj.core.groups.Tuple.tuple("Cleo Park", List.of("2024-02-14-1")),
                        org.assertj.core.groups.Tuple.tuple("Group members", List.of("2024-01-10-3")));
    }

    @Test
    void givesAPersonTheTasksOfTheGroupsTheyAreIn() {
        TaskList ben = ledger.list(new TaskQuery(MAR, "ben ng", false, Grouping.OWNER));
        assertThat(ben.groups()).extracting(TaskGroup::owner).containsExactly("Ben Ng", "Group members");
        // Staff are not members, so "Group members" tasks are not Dana's.
        TaskList dana = ledger.list(new TaskQuery(MAR, "Dana Ruiz", false, Grouping.OWNER));
        assertThat(dana.entries()).isEmpty();
        assertThat(ledger.knowsOwner("Dana Ruiz")).isTrue();
        assertThat(ledger.knowsOwner("Dana Roiz")).isFalse();
    }

    @Test
    void listsAsOfADayBetweenMeetingsFromTheMinutesHeldUpToIt() {
        TaskList list = ledger.list(TaskQuery.openAsOf(LocalDate.of(2024, 2, 1)));
        assertThat(list.entries()).extracting(TaskEntry::id, TaskEntry::daysOverdue, TaskEntry::timesCarried)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2024-01-10-3", 12, 0),
                        org.assertj.core.groups.Tuple.tuple("2024-01-10-1", 0, 0),
                        org.assertj.core.groups.Tuple.tuple("2024-01-10-2", 0, 0));
    }

    @Test
    void findsNoIssuesInAConsistentHistory() {
        assertThat(ledger.issues()).isEmpty();
    }

    /**
     * Imported minutes keep owners as they name them ("Chair Jerdonek", "Member Wasserman", "the Clerk"): the task
     * list still gives each person one group, under their full name, and finds their tasks by it.
     */
    @Test
    void groupsAPersonsTasksHoweverTheMinutesNamedThem() throws Exception {
        var body = dev.clerk.model.io.ModelReader.parseBody("committee.yaml", """
                name: Advisory Committee
                people:
                  - name: Christopher Jerdonek
                  - name: Tony Wasserman
                """).value();
        var march = dev.clerk.model.io.ModelReader.parseMeeting("2018-03-08.yaml", """
                date: 2018-03-08
                recorder: Tony Wasserman
                attendees:
                  - name: Christopher Jerdonek
                  - name: Tony Wasserman
                agenda:
                  - title: Letter
                    actions:
                      - {owners: [Chair Jerdonek], task: Put the letter on letterhead.}
                      - {owners: [Member Wasserman], task: Report to the Commission.}
                      - {owners: [the Clerk], task: Send the letter.}
                """).value();
        var may = dev.clerk.model.io.ModelReader.parseMeeting("2018-05-10.yaml", """
                date: 2018-05-10
                attendees:
                  - name: Christopher Jerdonek
                agenda:
                  - title: Budget
                    actions:
                      - {owners: [Christopher Jerdonek], task: Draft the budget.}
                """).value();
        TaskLedger byName = TaskLedger.of(body, List.of(march, may));
        TaskList list = byName.list(new TaskQuery(LocalDate.of(2018, 5, 10), null, false, Grouping.OWNER));
        assertThat(list.groups()).extracting(g -> g.owner(), g -> g.entries().stream().map(TaskEntry::task).toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Christopher Jerdonek",
                                List.of("Put the letter on letterhead.", "Draft the budget.")),
                        org.assertj.core.groups.Tuple.tuple("Tony Wasserman",
                                List.of("Report to the Commission.", "Send the letter.")));
        // The owner stays as the minutes wrote it.
        assertThat(list.entries()).extracting(e -> e.owners().get(0)).contains("Chair Jerdonek", "the Clerk");
        assertThat(byName.list(new TaskQuery(LocalDate.of(2018, 5, 10), "Tony Wasserman", false, Grouping.OWNER))
                .entries()).extracting(TaskEntry::task).containsExactly("Report to the Commission.", "Send the letter.");
    }
}
