package dev.clerk.render.pdf;

import dev.clerk.model.Body;
import dev.clerk.model.tasks.TaskGroup;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskListWriter;
import dev.clerk.model.text.Wording;
import dev.clerk.render.pdf.Content.Block;
import dev.clerk.render.pdf.Content.Heading;
import dev.clerk.render.pdf.Content.Origin;
import dev.clerk.render.pdf.Content.Para;
import dev.clerk.render.pdf.Content.Style;
import dev.clerk.render.pdf.Content.Table;
import dev.clerk.render.pdf.Content.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A task list as a tagged document, with the same content as the Word task list: letterhead, "Action Items as of
 * ...", the summary line, and one table per owner (or meeting), overdue tasks first.
 */
final class TaskListDoc {
    private TaskListDoc() {
    }

    static TaggedPdf.Doc of(Body body, TaskList list) {
        List<Block> blocks = new ArrayList<>();
        if (body.department() != null) {
            blocks.add(new Para(Text.of(body.department(), Origin.body("department")), Style.LETTERHEAD, null));
        }
        if (body.parentBody() != null) {
            blocks.add(new Para(Text.of(body.parentBody(), Origin.body("parentBody")), Style.LETTERHEAD, null));
        }
        blocks.add(new Heading(1, Text.of(body.name(), Origin.body("name")), null));
        String subtitle = "Action Items as of " + Wording.date(list.asOf());
        blocks.add(new Para(Text.plain(subtitle), Style.SUBTITLE, null));
        blocks.add(Para.body(Text.plain(TaskListWriter.summary(list))));
        for (TaskGroup g : list.groups()) {
            blocks.add(new Heading(2, Text.plain(g.title()), null));
            blocks.add(new Table(AgendaDoc.TASK_WIDTHS, AgendaDoc.TASK_COLUMNS,
                    g.entries().stream().map(AgendaDoc::row).toList(), "The tasks of " + g.title()));
        }
        if (list.groups().isEmpty()) {
            blocks.add(Para.body(Text.plain("No action item is open.")));
        }
        String who = body.shortName() != null ? body.shortName() : body.name();
        TaggedPdf.Meta meta = new TaggedPdf.Meta(who + " Action Items, " + Wording.date(list.asOf()), subtitle,
                body.department() != null ? body.department() : body.name(),
                "action items, tasks, " + list.asOf(), body.language(), list.asOf(), list.asOf());
        TaggedPdf.Furniture furniture = new TaggedPdf.Furniture(Text.of(body.name(), Origin.body("name")),
                Text.plain(subtitle), null, null, false);
        return new TaggedPdf.Doc(meta, furniture, blocks);
    }
}
