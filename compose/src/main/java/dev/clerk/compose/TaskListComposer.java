package dev.clerk.compose;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.Body;
import dev.clerk.model.Names;
import dev.clerk.model.Person;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskGroup;
import dev.clerk.model.tasks.TaskList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Composes a task list: the letterhead, "Action Items as of ..." (or "Open Action Items for the Meeting of ..."
 * going into a meeting), a summary line, and one table per owner or meeting, overdue tasks first.
 */
public final class TaskListComposer {
    private TaskListComposer() {
    }

    /** The task list {@code list} of {@code body}. */
    public static Document compose(Body body, TaskList list) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(list, "list");
        Phrases p = new Phrases(body.language(), name -> body.person(name).map(Person::lang).orElse(null));
        List<Block> blocks = new ArrayList<>();
        Letterheads.add(blocks, body, p);
        blocks.add(Heading.title(p.words(body.name(), Source.committee("name"))));
        String subtitle = subtitle(p, list);
        blocks.add(new Paragraph(Paragraph.Role.SUBTITLE, Text.plain(subtitle)));
        blocks.add(Paragraph.body(Text.plain(summary(p, list))));
        for (TaskGroup g : list.groups()) {
            String heading = p.group(g);
            blocks.add(Heading.section(g.owner() != null ? p.name(heading, ownersField(g)) : p.words(heading, null), null));
            blocks.add(TaskTables.of(p, g.entries(), p.get("tasks.group.summary", heading)));
        }
        if (list.groups().isEmpty()) {
            blocks.add(Paragraph.body(Text.plain(p.get("tasks.none"))));
        }
        String who = body.shortName() != null ? body.shortName() : body.name();
        Meta meta = new Meta(Meta.Kind.TASK_LIST, p.get("tasks.title", who, p.date(list.asOf())), subtitle,
                body.department() != null ? body.department() : body.name(),
                List.of(p.get("tasks.keyword"), p.get("tasks.keyword.tasks"), list.asOf().toString()),
                body.language(), list.asOf(), list.asOf(), false);
        Furniture furniture = new Furniture(Text.of(body.name(), Source.committee("name")), Text.plain(subtitle),
                null, p.get("page.numbers"), null);
        return new Document(meta, furniture, MinutesComposer.numbering(body), blocks);
    }

    /**
     * The one-line summary of {@code list}, in the body's language: "As of May 22, 2017: 8 open, 1 overdue, 2 closed.",
     * "Going into the meeting of May 22, 2017: 8 open, none overdue.", with the owner the list is limited to.
     */
    public static String summary(Body body, TaskList list) {
        return summary(new Phrases(Objects.requireNonNull(body, "body").language()), Objects.requireNonNull(list, "list"));
    }

    /**
     * Where an owner's name is written (the field its heading's name is read from, so that a character no font has
     * is reported there): the name among the owners of the first of the group's tasks that still has the owners it
     * was assigned, else the owners of the group's first task.
     */
    private static Source ownersField(TaskGroup g) {
        for (TaskEntry e : g.entries()) {
            Source owners = TaskTables.assignedOwners(e);
            int n = IntStream.range(0, e.owners().size()).filter(i -> Names.same(e.owners().get(i), g.owner()))
                    .findFirst().orElse(-1);
            if (owners != null && n >= 0) {
                return owners.at("[" + n + "]");
            }
        }
        return g.entries().stream().map(TaskEntry::origin).filter(o -> o.field() != null).findFirst()
                .map(o -> Source.meeting(o.meeting(), o.special(), o.field() + ".owners")).orElse(null);
    }

    /** "Action Items as of May 22, 2017", or "Open Action Items for the Meeting of May 22, 2017". */
    static String subtitle(Phrases p, TaskList list) {
        return p.get(list.query().goingInto() ? "tasks.subtitle.goingInto" : "tasks.subtitle.asOf", p.date(list.asOf()));
    }

    /** "As of May 22, 2017: 8 open, 1 overdue, 2 closed." with the owner the list is limited to. */
    static String summary(Phrases p, TaskList list) {
        StringBuilder sb = new StringBuilder(p.get(list.query().goingInto() ? "tasks.summary.goingInto"
                : "tasks.summary.asOf", p.date(list.asOf())));
        if (list.query().owner() != null) {
            sb.append(p.get("tasks.summary.for", list.query().owner()));
        }
        sb.append(p.get("tasks.summary.open", list.open()));
        if (list.open() > 0) {
            sb.append(list.overdue() == 0 ? p.get("tasks.summary.noneOverdue") : p.get("tasks.summary.overdue", list.overdue()));
        }
        if (list.query().includeClosed()) {
            sb.append(p.get("tasks.summary.closed", list.closed()));
        }
        return sb.append(p.get("tasks.summary.end")).toString();
    }
}
