package dev.clerk.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.ItemKind;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random histories checked against a plain replay of every task's updates: the carry-forward list into each
 * meeting holds exactly the tasks open at its start, with the status, owners, due date, overdue days and number of
 * meetings carried that the replay gives.
 */
class TaskLedgerPropertyTest {
    private record Change(int meeting, TaskStatus status, List<String> owners, LocalDate due) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void carryForwardMatchesAReplayOfEveryTask(long seed) {
        Random random = new Random(seed);
        int meetings = 6 + random.nextInt(10);
        LocalDate first = LocalDate.of(2024, 1, 1);
        Map<String, Integer> origin = new HashMap<>();
        Map<String, List<Change>> changes = new HashMap<>();
        List<List<TaskUpdate>> updates = new ArrayList<>();
        List<List<ActionItem>> assigned = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            updates.add(new ArrayList<>());
            assigned.add(new ArrayList<>());
        }
        for (int m = 0; m < meetings; m++) {
            LocalDate date = first.plusWeeks(2L * m);
            // Updates at this meeting on tasks assigned earlier, in an order that keeps each history valid.
            for (Map.Entry<String, List<Change>> e : changes.entrySet()) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                List<Change> history = e.getValue();
                TaskStatus now = history.get(history.size() - 1).status();
                TaskStatus next = now.isClosed() ? TaskStatus.OPEN
                        : TaskStatus.values()[1 + random.nextInt(TaskStatus.values().length - 1)];
                List<String> owners = random.nextBoolean() ? List.of("P" + random.nextInt(4)) : List.of();
                LocalDate due = random.nextBoolean() ? date.plusDays(random.nextInt(20) - 10) : null;
                updates.get(m).add(new TaskUpdate(e.getKey(), next, null, now.isClosed() ? "Reopened." : null, owners,
                        due));
                history.add(new Change(m, next, owners.isEmpty() ? null : owners, due));
            }
            int n = random.nextInt(4);
            for (int k = 1; k <= n; k++) {
                String id = date + "-" + k;
                LocalDate due = random.nextBoolean() ? date.plusDays(random.nextInt(30)) : null;
                TaskStatus status = random.nextInt(6) == 0 ? TaskStatus.DONE : TaskStatus.OPEN;
                assigned.get(m).add(new ActionItem(id, List.of("P" + random.nextInt(4)), "Task " + id, due, status, null));
                origin.put(id, m);
                List<Change> history = new ArrayList<>();
                history.add(new Change(m, status, List.of(assigned.get(m).get(k - 1).owners().get(0)), due));
                changes.put(id, history);
            }
        }
        List<Meeting> list = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            AgendaItem item = new AgendaItem("Business", ItemKind.DISCUSSION, null, null, null, List.of(), List.of(),
                    List.of(), assigned.get(m), List.of(), null, List.of(), List.of());
            list.add(new Meeting(first.plusWeeks(2L * m), MeetingKind.REGULAR, null, null, null, null, null, null,
                    null, null, List.of(), List.of(item), null, updates.get(m)));
        }
        Body body = new Body("Random", null, null, null, null, List.of(), null, List.of(), null);
        Committee committee = new Committee(body, list);
        TaskLedger ledger = TaskLedger.of(committee);
        assertThat(ledger.issues()).isEmpty();

        for (int cut = 0; cut < meetings; cut++) {
            Meeting into = committee.meetings().get(cut);
            Map<String, TaskEntry> actual = new HashMap<>();
            for (TaskEntry e : ledger.carriedTo(into)) {
                actual.put(e.id(), e);
            }
            int expectedOpen = 0;
            for (Map.Entry<String, List<Change>> e : changes.entrySet()) {
                String id = e.getKey();
                if (origin.get(id) >= cut) {
                    assertThat(actual).doesNotContainKey(id);
                    continue;
                }
                TaskStatus status = null;
                List<String> owners = null;
                LocalDate due = null;
                int carried = 0;
                for (int j = origin.get(id); j <= cut; j++) {
                    if (j > origin.get(id) && !status.isClosed()) {
                        carried++; // open at the start of meeting j
                    }
                    if (j == cut) {
                        break;
                    }
                    for (Change c : e.getValue()) {
                        if (c.meeting() == j) {
                            status = c.status();
                            owners = c.owners() != null ? c.owners() : owners;
                            due = c.due() != null ? c.due() : due;
                        }
                    }
                }
                if (status.isClosed()) {
                    assertThat(actual).as("closed task %s going into meeting %d", id, cut).doesNotContainKey(id);
                    continue;
                }
                expectedOpen++;
                TaskEntry entry = actual.get(id);
                assertThat(entry).as("open task %s going into meeting %d", id, cut).isNotNull();
                LocalDate day = into.date();
                int overdue = due != null && due.isBefore(day) ? (int) ChronoUnit.DAYS.between(due, day) : 0;
                assertThat(List.of(entry.status(), entry.owners(), String.valueOf(entry.due()), entry.daysOverdue(),
                        entry.timesCarried())).as("task %s going into meeting %d", id, cut)
                        .isEqualTo(List.of(status, owners, String.valueOf(due), overdue, carried));
            }
            assertThat(actual).hasSize(expectedOpen);
            List<Integer> overdue = ledger.carriedTo(into).stream().map(TaskEntry::daysOverdue).toList();
            List<Integer> sortedDesc = new ArrayList<>(overdue);
            sortedDesc.sort(java.util.Comparator.reverseOrder());
            assertThat(overdue).as("overdue first, most overdue first").isEqualTo(sortedDesc);
        }
    }
}
