package dev.clerk.model.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's history as typed entries: what each update changed, before and after, and the clerk's note. */
class TaskNoteTest {
    private static final LocalDate JAN = LocalDate.of(2024, 1, 10);
    private static final LocalDate FEB = LocalDate.of(2024, 2, 14);
    private static final LocalDate MAR = LocalDate.of(2024, 3, 20);
    private static final LocalDate APR = LocalDate.of(2024, 4, 17);

    private static Meeting meeting(LocalDate date, List<AgendaItem> agenda, List<TaskUpdate> updates) {
        return new Meeting(date, MeetingKind.REGULAR, null, null, null, null, null, null, null, null, List.of(), agenda,
                null, updates);
    }

    private static List<TaskNote> history(List<Meeting> meetings, LocalDate asOf) {
        TaskList list = TaskLedger.of(null, meetings).list(new TaskQuery(asOf, null, true, Grouping.OWNER));
        return list.entries().get(0).notes();
    }

    @Test
    void recordsTheAssignmentNoteAsARemark() {
        AgendaItem item = AgendaItem.titled("Signage");
        item = new AgendaItem(item.title(), null, null, null, null, List.of(), List.of(), List.of(),
                List.of(new ActionItem("2024-01-10-1", List.of("Ana"), "Draft the letter.", null, null,
                        "Ask the port first")), List.of(), null, List.of(), List.of());
        assertThat(history(List.of(meeting(JAN, List.of(item), List.of())), JAN))
                .containsExactly(TaskNote.remark(JAN, "Ask the port first"));
    }

    @Test
    void recordsAReopeningAFirstOwnerAndAFirstDueDate() {
        AgendaItem item = new AgendaItem("Signage", null, null, null, null, List.of(), List.of(), List.of(),
                List.of(new ActionItem("2024-01-10-1", List.of(), "Draft the letter.", null, null, null)), List.of(),
                null, List.of(), List.of());
        List<Meeting> meetings = List.of(
                meeting(JAN, List.of(item), List.of()),
                meeting(FEB, List.of(), List.of(new TaskUpdate("2024-01-10-1", TaskStatus.DONE, null, null, List.of(),
                        null))),
                meeting(MAR, List.of(), List.of(new TaskUpdate("2024-01-10-1", TaskStatus.IN_PROGRESS, null,
                        "The port wants changes", List.of("Ben"), LocalDate.of(2024, 4, 1)))),
                meeting(APR, List.of(), List.of(new TaskUpdate("2024-01-10-1", TaskStatus.IN_PROGRESS, null,
                        "Still waiting", List.of("ben"), null))));
        assertThat(history(meetings, APR)).containsExactly(
                new TaskNote(FEB, TaskStatus.DONE, false, List.of(), null, null, null, null),
                new TaskNote(MAR, TaskStatus.IN_PROGRESS, true, List.of(), List.of("Ben"), null,
                        LocalDate.of(2024, 4, 1), "The port wants changes"),
                // Same status, same owner (spelt otherwise), no new due date: only the note is news.
                TaskNote.remark(APR, "Still waiting"));
    }

    @Test
    void rejectsAnEntryThatSaysNothing() {
        assertThatThrownBy(() -> new TaskNote(JAN, null, false, List.of(), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("note: an entry changes the status, owners or due date, or has a note");
        assertThatThrownBy(() -> TaskNote.remark(JAN, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("note: must not be blank");
    }

    @Test
    void rejectsInconsistentChanges() {
        assertThatThrownBy(() -> new TaskNote(JAN, TaskStatus.DONE, true, List.of(), null, null, null, null))
                .hasMessage("reopened: needs an open status, not done");
        assertThatThrownBy(() -> new TaskNote(JAN, null, false, List.of("Ana"), null, null, null, "x"))
                .hasMessage("ownersBefore: [Ana] without new owners");
        assertThatThrownBy(() -> new TaskNote(JAN, null, false, List.of(), null, FEB, null, "x"))
                .hasMessage("dueBefore: 2024-02-14 without a new due date");
        assertThat(new TaskNote(JAN, null, false, List.of(), null, null, FEB, null).hasChanges()).isTrue();
        assertThat(TaskNote.remark(JAN, "x").hasChanges()).isFalse();
    }
}
