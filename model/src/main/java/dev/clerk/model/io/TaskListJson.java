package dev.clerk.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clerk.model.tasks.Origin;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskGroup;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskNote;
import java.time.LocalDate;

/**
 * A task list as JSON, in the shape {@code schema/tasks.schema.json} describes. Every key is always present
 * (null when it has no value) and keys keep their order, so that programs and diffs can rely on the shape. It holds
 * data, never wording: groups, origins and notes are given as facts, in no language.
 */
public final class TaskListJson {
    /**
     * The {@code version} of the shape; raised only when a key is removed or changes meaning. Version 2 gave groups,
     * origins and notes as facts instead of English text.
     */
    public static final int VERSION = 2;

    private TaskListJson() {
    }

    /** The list as JSON text, ending with a newline. */
    public static String json(TaskList list) {
        ObjectNode root = Mappers.JSON.createObjectNode();
        root.put("format", "clerk-tasks");
        root.put("version", VERSION);
        root.put("body", list.body());
        root.put("asOf", list.asOf().toString());
        root.put("owner", list.query().owner());
        root.put("includeClosed", list.query().includeClosed());
        root.put("groupBy", list.query().grouping().key());
        ObjectNode counts = root.putObject("counts");
        counts.put("open", list.open());
        counts.put("overdue", list.overdue());
        counts.put("closed", list.closed());
        ArrayNode groups = root.putArray("groups");
        for (TaskGroup g : list.groups()) {
            group(groups.addObject(), g);
        }
        ArrayNode tasks = root.putArray("tasks");
        for (TaskEntry e : list.entries()) {
            ObjectNode t = tasks.addObject();
            t.put("id", e.id());
            t.put("task", e.task());
            ArrayNode owners = t.putArray("owners");
            e.owners().forEach(owners::add);
            t.put("status", e.status().key());
            t.put("due", iso(e.due()));
            t.put("daysOverdue", e.daysOverdue());
            t.put("timesCarried", e.timesCarried());
            t.put("closedOn", iso(e.closedOn()));
            Origin o = e.origin();
            ObjectNode origin = t.putObject("origin");
            origin.put("meeting", o.meeting().toString());
            origin.put("special", o.special());
            origin.put("item", o.label());
            origin.put("title", o.title());
            origin.put("followUp", o.followUp());
            ArrayNode restated = origin.putArray("restatedIn");
            o.restatedIn().forEach(restated::add);
            ArrayNode notes = t.putArray("notes");
            for (TaskNote n : e.notes()) {
                note(notes.addObject(), n);
            }
            ArrayNode in = t.putArray("groups");
            list.groupsOf(e).forEach(g -> group(in.addObject(), g));
        }
        try {
            return Mappers.JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void group(ObjectNode node, TaskGroup g) {
        node.put("owner", g.owner());
        node.put("meeting", iso(g.meeting()));
        node.put("special", g.special());
    }

    private static void note(ObjectNode node, TaskNote n) {
        node.put("date", n.date().toString());
        node.put("status", n.status() == null ? null : n.status().key());
        node.put("reopened", n.reopened());
        ArrayNode before = node.putArray("ownersBefore");
        n.ownersBefore().forEach(before::add);
        if (n.owners() == null) {
            node.putNull("owners");
        } else {
            ArrayNode owners = node.putArray("owners");
            n.owners().forEach(owners::add);
        }
        node.put("dueBefore", iso(n.dueBefore()));
        node.put("due", iso(n.due()));
        node.put("note", n.note());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
