package dev.clerk.render.docx;

import dev.clerk.model.Attachment;
import dev.clerk.model.Notice;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.agenda.AgendaEntry;
import dev.clerk.model.agenda.Letterhead;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.text.Wording;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a meeting's agenda as a Word document ready to post: letterhead, date, time and place, the items as
 * numbered headings (Word's own numbering, in the body's style) with kind, presenter, time allotted and start time,
 * the open-task table under the review item, and the notices. The same agenda always gives the same bytes.
 *
 * <pre>{@code
 * new DocxAgendaRenderer(DocxOptions.defaults()).render(Agenda.of(committee, meeting), out);
 * }</pre>
 */
public final class DocxAgendaRenderer {
    /** The columns of the open-task table, with their relative widths. */
    static final List<String> TASK_COLUMNS = List.of("ID", "Task", "Owners", "Due", "Assigned",
            "Status and notes");
    private static final int[] TASK_WIDTHS = {16, 26, 13, 11, 19, 15};

    private final DocxOptions options;

    /** A renderer with the given options. */
    public DocxAgendaRenderer(DocxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes {@code agenda} to {@code out}, which stays open.
     *
     * @throws TemplateException when the options' template is not a usable .docx file
     * @throws IOException       when {@code out} cannot be written
     */
    public void render(Agenda agenda, OutputStream out) throws IOException {
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(out, "out");
        WordDocument word = WordDocument.create(options, new WordDocument.Setup(agenda.language(), agenda.numbering()));
        Letterhead l = agenda.letterhead();
        if (l.department() != null) {
            word.paragraph(Style.LETTERHEAD, l.department());
        }
        if (l.parentBody() != null) {
            word.paragraph(Style.LETTERHEAD, l.parentBody());
        }
        word.paragraph(Style.TITLE, l.body());
        word.paragraph(Style.SUBTITLE, agenda.subtitle() + " " + agenda.title());
        detail(word, "Date:", agenda.dateText() + (agenda.timeText() == null ? "" : ", " + agenda.timeText()));
        if (!agenda.location().isEmpty()) {
            detail(word, "Location:", String.join("\n", agenda.location()));
        }
        boolean timed = agenda.isTimed();
        for (AgendaEntry e : agenda.items()) {
            word.heading(e.level(), e.title());
            String details = e.details(timed);
            if (!details.isEmpty()) {
                word.paragraph(Style.ITEM_DETAILS, details);
            }
            if (e.description() != null) {
                word.paragraph(Style.BODY_TEXT, e.description());
            }
            if (e.minutesOf() != null) {
                word.paragraph(Style.BODY_TEXT, "The draft minutes of " + Wording.date(e.minutesOf())
                        + " are in the agenda packet.");
            }
            for (Attachment a : e.attachments()) {
                word.paragraph(Style.BODY_TEXT, "Attachment: " + a.title());
            }
            if (e.isReview()) {
                word.table(TASK_WIDTHS, TASK_COLUMNS, e.tasks().stream().map(DocxAgendaRenderer::row).toList());
            }
        }
        if (!agenda.notices().isEmpty()) {
            word.paragraph(Style.SECTION_HEADING, "Notices");
            for (Notice n : agenda.notices()) {
                XWPFParagraph p = word.paragraph(Style.BODY_TEXT);
                Runs.strong(p, n.title() + ". ");
                Runs.text(p, n.text());
            }
        }
        word.headerAndFooter(l.body(), agenda.title() + " – " + Wording.date(agenda.date()), null);
        word.properties(new WordDocument.Properties(agenda.documentTitle(),
                agenda.subtitle() + " " + agenda.title() + " of " + Wording.date(agenda.date()),
                l.department() != null ? l.department() : l.body(),
                "agenda; " + (l.shortName() != null ? l.shortName() + "; " : "") + agenda.date(),
                agenda.language(), agenda.date(), agenda.date()));
        word.write(out, agenda.date());
    }

    /** One row of the open-task table. */
    static List<String> row(TaskEntry t) {
        List<String> notes = new ArrayList<>();
        if (t.isClosed() || t.status() != TaskStatus.OPEN) {
            notes.add(t.statusText());
        }
        t.notes().forEach(n -> notes.add(Wording.date(n.date()) + ": " + n.text()));
        return List.of(t.id() == null ? "—" : t.id(), t.task(), t.ownerText(), t.dueText(),
                t.origin().describe() + "\n(" + Wording.carried(t.timesCarried()) + ")", String.join("\n", notes));
    }

    private static void detail(WordDocument word, String label, String value) {
        XWPFParagraph p = word.paragraph(Style.MEETING_DETAILS);
        Runs.strong(p, label);
        p.createRun().addTab();
        Runs.text(p, value);
    }
}
