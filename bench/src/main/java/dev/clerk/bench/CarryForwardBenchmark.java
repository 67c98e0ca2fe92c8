package dev.clerk.bench;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Group;
import dev.clerk.model.ItemKind;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Person;
import dev.clerk.model.Role;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Carry-forward over a synthetic history of 500 weekly meetings assigning 10 action items each (5,000 tasks).
 * Each task gets zero to three updates at later meetings (in progress with a reassignment and a new due date,
 * then done or dropped); about a fifth are never closed, so the open list keeps growing. Seeded, so every run
 * measures the same history.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CarryForwardBenchmark {
    static final int MEETINGS = 500;
    static final int TASKS_PER_MEETING = 10;

    Committee committee;
    TaskLedger ledger;
    LocalDate next;

    @Setup
    public void setUp() {
        committee = history(MEETINGS, TASKS_PER_MEETING, 42);
        ledger = TaskLedger.of(committee);
        next = committee.meetings().get(MEETINGS - 1).date().plusWeeks(1);
        if (ledger.ids().size() != MEETINGS * TASKS_PER_MEETING) {
            throw new IllegalStateException("expected 5,000 tasks, got " + ledger.ids().size());
        }
    }

    /** Follows every task through the whole history and lists the ones open going into the next meeting. */
    @Benchmark
    public List<TaskEntry> carryForwardToNextMeeting() {
        return TaskLedger.of(committee).carriedTo(next);
    }

    /** Builds the ledger alone: every assignment and update, with the lifecycle checks. */
    @Benchmark
    public TaskLedger buildLedger() {
        return TaskLedger.of(committee);
    }

    /** The task list as of the last meeting, all tasks (closed included), grouped by owner. */
    @Benchmark
    public TaskList taskListWithClosed() {
        return ledger.list(new TaskQuery(next, null, true, null));
    }

    static Committee history(int meetings, int perMeeting, long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < 25; p++) {
            people.add(new Person("Member " + p, "Org " + p, Role.MEMBER, null, null, null, null));
        }
        Body body = new Body("Synthetic Committee", "SYN", null, null, null, people, null,
                List.of(new Group("Group members", null, List.of())), null);
        LocalDate first = LocalDate.of(2000, 1, 3);
        List<List<TaskUpdate>> updates = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            updates.add(new ArrayList<>());
        }
        List<Meeting> out = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            LocalDate date = first.plusWeeks(m);
            List<ActionItem> actions = new ArrayList<>();
            for (int k = 1; k <= perMeeting; k++) {
                String id = date + "-" + k;
                String owner = random.nextInt(10) == 0 ? "Group members" : "Member " + random.nextInt(25);
                LocalDate due = random.nextBoolean() ? date.plusWeeks(1 + random.nextInt(8)) : null;
                actions.add(new ActionItem(id, List.of(owner), "Task " + id, due, TaskStatus.OPEN, null));
                int at = m + 1 + random.nextInt(4);
                if (random.nextInt(3) == 0 && at < meetings) {
                    updates.get(at).add(new TaskUpdate(id, TaskStatus.IN_PROGRESS, null, "Under way.",
                            List.of("Member " + random.nextInt(25)), date.plusWeeks(10)));
                    at += 1 + random.nextInt(6);
                }
                if (random.nextInt(5) != 0 && at < meetings) {
                    updates.get(at).add(new TaskUpdate(id, random.nextInt(8) == 0 ? TaskStatus.DROPPED : TaskStatus.DONE,
                            null, null, List.of(), null));
                }
            }
            AgendaItem item = new AgendaItem("Business", ItemKind.DISCUSSION, null, null, null, List.of(), List.of(),
                    List.of(), actions, List.of(), null, List.of(), List.of());
            out.add(new Meeting(date, MeetingKind.REGULAR, null, LocalTime.of(18, 0), null, null, null, null, null,
                    null, List.of(), List.of(AgendaItem.titled("Call to order"), item), null, updates.get(m)));
        }
        return new Committee(body, out);
    }
}
