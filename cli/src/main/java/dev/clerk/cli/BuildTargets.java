package dev.clerk.cli;

import dev.clerk.importer.word.WordRecord;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.build.BuildPlan;
import dev.clerk.model.build.DocumentKind;
import dev.clerk.model.build.PlannedDocument;
import dev.clerk.model.build.Target;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import dev.clerk.compose.AgendaComposer;
import dev.clerk.compose.MarkdownWriter;
import dev.clerk.compose.TaskListCsv;
import dev.clerk.compose.MinutesComposer;
import dev.clerk.compose.TaskListComposer;
import dev.clerk.compose.doc.Document;
import dev.clerk.render.pdf.MissingGlyphException;
import dev.clerk.render.pdf.PacketBuilder;
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
    private final Painters painters;
    private TaskList tasks;

    private BuildTargets(BuildPlan plan, Parsed<Body> body) {
        this.plan = plan;
        this.painters = Painters.of(plan.root(), body, List.of());
    }

    /** The targets of the plan's buildable documents, each rendering only when the build asks it to. */
    static List<Target> of(BuildPlan plan) {
        // The committee file as the plan read it: every document is rendered from the bytes the plan hashed.
        BuildTargets t = new BuildTargets(plan, plan.body());
        return plan.buildable().stream().map(d -> d.target(t.content(d))).toList();
    }

    private Target.Content content(PlannedDocument doc) {
        Committee committee = plan.committee();
        Body b = committee.body();
        Meeting m = doc.meeting();
        return switch (doc.kind()) {
            case MINUTES_HTML -> paint(() -> MinutesComposer.compose(committee, m), Painters.Format.html);
            case MINUTES_PDF -> paint(() -> MinutesComposer.compose(committee, m), Painters.Format.pdf);
            case MINUTES_DOCX -> out -> painters.paint(MinutesComposer.compose(committee, m), Painters.Format.docx, out,
                    Painters.record(WordRecord.MINUTES, m));
            case AGENDA_HTML -> paint(() -> AgendaComposer.compose(Agenda.of(committee, m)), Painters.Format.html);
            case AGENDA_PDF -> paint(() -> AgendaComposer.compose(Agenda.of(committee, m)), Painters.Format.pdf);
            case AGENDA_DOCX -> paint(() -> AgendaComposer.compose(Agenda.of(committee, m)), Painters.Format.docx);
            case TASKS_HTML -> paint(() -> TaskListComposer.compose(b, tasks()), Painters.Format.html);
            case TASKS_PDF -> paint(() -> TaskListComposer.compose(b, tasks()), Painters.Format.pdf);
            case TASKS_DOCX -> paint(() -> TaskListComposer.compose(b, tasks()), Painters.Format.docx);
            case TASKS_MD -> out -> MarkdownWriter.write(TaskListComposer.compose(b, tasks()), out);
            case TASKS_CSV -> out -> TaskListCsv.write(b, tasks(), out);
            case PACKET_PDF -> out -> packet(committee, m, out);
        };
    }

    private Target.Content paint(java.util.function.Supplier<Document> doc, Painters.Format format) {
        return out -> painters.paint(doc.get(), format, out);
    }

    /** The packet as {@code clerk packet} makes it: the open tasks are those going into the meeting. */
    private void packet(Committee committee, Meeting meeting, OutputStream out) throws Exception {
        TaskList open = TaskLedger.of(committee).list(TaskQuery.goingInto(meeting.date()));
        PacketBuilder.Input input = new PacketBuilder.Input(committee.body(), Agenda.of(committee, meeting),
                committee.meetings(), open, plan.root());
        try (PacketBuilder.Prepared packet = new PacketBuilder(painters.pdfFonts()).prepare(input)) {
            packet.write(out);
        } catch (MissingGlyphException e) {
            throw painters.problems(e);
        }
    }

    private TaskList tasks() {
        if (tasks == null) {
            tasks = TaskLedger.of(plan.committee()).list(new TaskQuery(plan.tasksAsOf(), null, false, Grouping.OWNER));
        }
        return tasks;
    }
}
