package dev.clerk.cli;

import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.build.BuildPlan;
import dev.clerk.model.build.DocumentKind;
import dev.clerk.model.build.PlannedDocument;
import dev.clerk.model.build.Target;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskListWriter;
import dev.clerk.model.tasks.TaskQuery;
import dev.clerk.render.docx.DocxAgendaRenderer;
import dev.clerk.render.docx.DocxMinutesRenderer;
import dev.clerk.render.docx.DocxOptions;
import dev.clerk.render.docx.DocxTaskListRenderer;
import dev.clerk.render.pdf.PacketBuilder;
import dev.clerk.render.pdf.PdfAgendaRenderer;
import dev.clerk.render.pdf.PdfFonts;
import dev.clerk.render.pdf.PdfMinutesRenderer;
import dev.clerk.render.pdf.PdfTaskListRenderer;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What renders each kind of document {@code clerk build} plans: the only place where the build meets the
 * renderer modules. Everything else (which documents, their names and inputs) is {@link BuildPlan}'s.
 * A new kind is one more constant of {@link DocumentKind} and one more case in {@link #content}.
 */
final class BuildTargets {
    /** The kinds this program renders: every kind the plan knows. */
    static final Set<DocumentKind> KINDS = EnumSet.allOf(DocumentKind.class);

    private final BuildPlan plan;
    private final Parsed<Body> body;
    private PdfFonts fonts;
    private PdfMinutesRenderer pdfMinutes;
    private TaskList tasks;

    private BuildTargets(BuildPlan plan, Parsed<Body> body) {
        this.plan = plan;
        this.body = body;
    }

    /** The targets of the plan's buildable documents, each rendering only when the build asks it to. */
    static List<Target> of(BuildPlan plan) throws Exception {
        BuildTargets t = new BuildTargets(plan,
                ModelReader.parseBody(plan.root().resolve(CommitteeFolder.BODY_FILE)));
        return plan.buildable().stream().map(d -> d.target(t.content(d))).toList();
    }

    private Target.Content content(PlannedDocument doc) {
        Committee committee = plan.committee();
        Body b = committee.body();
        Meeting m = doc.meeting();
        return switch (doc.kind()) {
            case MINUTES_PDF -> out -> MinutesPdfOutput.render(pdfMinutes(), body,
                    ModelReader.parseMeeting(doc.file()), out);
            case MINUTES_DOCX -> out -> new DocxMinutesRenderer(DocxOptions.defaults()).render(b, m, out);
            case AGENDA_PDF -> out -> new PdfAgendaRenderer(fonts()).render(Agenda.of(committee, m), out);
            case AGENDA_DOCX -> out -> new DocxAgendaRenderer(DocxOptions.defaults()).render(Agenda.of(committee, m), out);
            case TASKS_PDF -> out -> new PdfTaskListRenderer(fonts()).render(b, tasks(), out);
            case TASKS_DOCX -> out -> new DocxTaskListRenderer(DocxOptions.defaults()).render(b, tasks(), out);
            case TASKS_MD -> out -> TaskListWriter.markdown(tasks(), out);
            case TASKS_CSV -> out -> TaskListWriter.csv(tasks(), out);
            case PACKET_PDF -> out -> packet(committee, m, out);
        };
    }

    /** The packet as {@code clerk packet} makes it: the open tasks are those going into the meeting. */
    private void packet(Committee committee, Meeting meeting, OutputStream out) throws Exception {
        TaskList open = TaskLedger.of(committee).list(TaskQuery.openAsOf(meeting.date().minusDays(1)));
        PacketBuilder.Input input = new PacketBuilder.Input(committee.body(), Agenda.of(committee, meeting),
                committee.meetings(), open, plan.root());
        try (PacketBuilder.Prepared packet = new PacketBuilder(fonts()).prepare(input)) {
            packet.write(out);
        }
    }

    /** Fonts are loaded once, and only when a PDF is to be made. */
    private PdfFonts fonts() throws Exception {
        if (fonts == null) {
            fonts = MinutesPdfOutput.fonts(body, plan.root(), List.of());
        }
        return fonts;
    }

    /** Fonts are loaded once, and only when a PDF is to be made. */
    private PdfMinutesRenderer pdfMinutes() throws Exception {
        if (pdfMinutes == null) {
            pdfMinutes = new PdfMinutesRenderer(fonts());
        }
        return pdfMinutes;
    }

    private TaskList tasks() {
        if (tasks == null) {
            tasks = TaskLedger.of(plan.committee()).list(new TaskQuery(plan.tasksAsOf(), null, false, Grouping.OWNER));
        }
        return tasks;
    }
}
