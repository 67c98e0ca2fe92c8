package dev.clerk.compose;

import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.tasks.Origin;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskNote;
import java.util.ArrayList;
import java.util.List;

/** The open-task table of an agenda's review item and of a task list: one row per task, the same in both. */
final class TaskTables {
    private TaskTables() {
    }

    static Table of(Phrases p, List<TaskEntry> tasks, String summary) {
        return new Table(List.of(
                new Table.Column(Text.plain(p.get("tasks.column.id")), 1.45f, true),
                new Table.Column(Text.plain(p.get("tasks.column.task")), 3.0f, false),
                new Table.Column(Text.plain(p.get("tasks.column.owners")), 1.3f, false),
                new Table.Column(Text.plain(p.get("tasks.column.due")), 1.15f, false),
                new Table.Column(Text.plain(p.get("tasks.column.assigned")), 1.9f, false),
                new Table.Column(Text.plain(p.get("tasks.column.status")), 1.4f, false)),
                tasks.stream().map(t -> row(p, t)).toList(), summary);
    }

    /**
     * The task's owners, each from its place in the task's line of the meeting that assigned it; owners reassigned
     * since (a later meeting's report says them) all from that line's owners.
     */
    private static Text owners(Phrases p, TaskEntry t, Source at) {
        Source assigned = assignedOwners(t);
        return assigned != null ? p.listedNames(t.owners(), assigned)
                : p.names(t.owners(), at == null ? null : at.at("owners"));
    }

    /**
     * The owners field of the task's line in the meeting that assigned it, when its owners are still the ones that
     * line lists; null when they were reassigned since or the task has no such line.
     */
    static Source assignedOwners(TaskEntry t) {
        Origin o = t.origin();
        if (o.field() == null || t.notes().stream().anyMatch(n -> n.owners() != null)) {
            return null;
        }
        return Source.meeting(o.meeting(), o.special(), o.field() + ".owners");
    }

    private static List<Text> row(Phrases p, TaskEntry t) {
        Origin o = t.origin();
        Source at = o.field() == null ? null : Source.meeting(o.meeting(), o.special(), o.field());
        List<String> notes = new ArrayList<>();
        if (t.isClosed() || t.status() != TaskStatus.OPEN) {
            notes.add(p.status(t));
        }
        for (TaskNote n : t.notes()) {
            notes.add(p.get("tasks.note", p.date(n.date()), p.note(n)));
        }
        return List.of(
                t.id() == null ? Text.plain(p.get("format.emptyCell")) : Text.of(t.id(), at == null ? null : at.at("id")),
                p.words(t.task(), at == null ? null : at.at("task")),
                owners(p, t, at),
                Text.plain(p.due(t)),
                p.phrase("tasks.assigned", null, Text.plain(p.date(o.meeting())), p.referenceText(o),
                        Text.plain(p.carried(t.timesCarried()))),
                Text.plain(String.join("\n", notes)));
    }
}
