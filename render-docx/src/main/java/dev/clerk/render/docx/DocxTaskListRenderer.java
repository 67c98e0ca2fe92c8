package dev.clerk.render.docx;

import dev.clerk.model.Body;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskGroup;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskListWriter;
import dev.clerk.model.text.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a task list as a Word document: the body's letterhead, "Action Items as of ...", a summary line, and a
 * table per owner (or per meeting) with overdue tasks first. The same list always gives the same bytes.
 */
public final class DocxTaskListRenderer {
    private static final List<String> COLUMNS = List.of("ID", "Task", "Owners", "Due", "Assigned",
            "Status and notes");
    private static final int[] WIDTHS = {16, 26, 13, 11, 19, 15};

    private final DocxOptions options;

    /** A renderer with the given options. */
    public DocxTaskListRenderer(DocxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes {@code list}, a task list of {@code body}, to {@code out}, which stays open.
     *
     * @throws TemplateException when the options' template is not a usable .docx file
     * @throws IOException       when {@code out} cannot be written
     */
    public void render(Body body, TaskList list, OutputStream out) throws IOException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(out, "out");
        List<dev.clerk.model.NumberingStyle> outline = java.util.stream.IntStream.range(0, 3)
                .mapToObj(level -> body.defaults().numberingAt(level)).toList();
        WordDocument word = WordDocument.create(options, new WordDocument.Setup(body.language(), outline));
        if (body.department() != null) {
            word.paragraph(Style.LETTERHEAD, body.department());
        }
        if (body.parentBody() != null) {
            word.paragraph(Style.LETTERHEAD, body.parentBody());
        }
        word.paragraph(Style.TITLE, body.name());
        String subtitle = "Action Items as of " + Wording.date(list.asOf());
        word.paragraph(Style.SUBTITLE, subtitle);
        word.paragraph(Style.BODY_TEXT, TaskListWriter.summary(list));
        for (TaskGroup g : list.groups()) {
            word.paragraph(Style.SECTION_HEADING, g.title());
            List<List<String>> rows = new ArrayList<>();
            for (TaskEntry e : g.entries()) {
                rows.add(DocxAgendaRenderer.row(e));
            }
            word.table(WIDTHS, COLUMNS, rows);
        }
        word.headerAndFooter(body.name(), subtitle, null);
        word.properties(new WordDocument.Properties(
                (body.shortName() != null ? body.shortName() : body.name()) + " Action Items, " + Wording.date(list.asOf()),
                subtitle, body.department() != null ? body.department() : body.name(),
                "action items; tasks; " + list.asOf(), body.language(), list.asOf(), list.asOf()));
        word.write(out, list.asOf());
    }
}
