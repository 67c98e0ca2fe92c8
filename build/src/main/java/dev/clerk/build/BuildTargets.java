package dev.clerk.build;

import dev.clerk.compose.AgendaComposer;
import dev.clerk.compose.MarkdownWriter;
import dev.clerk.compose.MinutesComposer;
import dev.clerk.compose.TaskListComposer;
import dev.clerk.compose.TaskListCsv;
import dev.clerk.compose.doc.Document;
import dev.clerk.importer.word.WordRecord;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.io.Problem;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import dev.clerk.render.pdf.ReadAhead;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What renders each kind of document {@code clerk build} plans: the only place where the build meets the
 * renderer modules. Everything else (which documents, their names and inputs) is {@link BuildPlan}'s.
 * A new kind is one more constant of {@link DocumentKind} and one more case in {@link #content}.
 */
public final class BuildTargets {
    /** The kinds this program renders: every kind the plan knows. */
    public static final Set<DocumentKind> KINDS = EnumSet.allOf(DocumentKind.class);

    private final BuildPlan plan;
    private final Painters painters;
    private final List<Target> targets;
    /** What rendering found worth a warning, by output (a packet's attachments that screen readers cannot read). */
    private final Map<String, List<Problem>> findings = new ConcurrentHashMap<>();
    private TaskList tasks;

    /** The targets of {@code plan}'s buildable documents, each rendering only when the build asks it to. */
    public BuildTargets(BuildPlan plan) {
        this.plan = plan;
        // The committee file as the plan read it: every document is rendered from the bytes the plan hashed.
        this.painters = plan.committee() == null ? null : Painters.of(plan.root(), plan.body(), plan.checked(), List.of());
        this.targets = plan.committee() == null ? List.of()
                : plan.buildable().stream().map(d -> d.target(content(d))).toList();
    }

    public List<Target> targets() {
        return targets;
    }

    /** The warnings rendering {@code output} gave, if it was rendered in this run. */
    public List<Problem> findings(String output) {
        return findings.getOrDefault(output, List.of());
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
            case PACKET_PDF -> out -> packet(doc, out);
        };
    }

    private Target.Content paint(java.util.function.Supplier<Document> doc, Painters.Format format) {
        return out -> painters.paint(doc.get(), format, out);
    }

    /** The packet as {@code clerk packet} makes it; its accessibility findings are kept for the build's report. */
    private void packet(PlannedDocument doc, OutputStream out) throws Exception {
        try (Packets.Made packet = Packets.prepare(plan.committee(), plan.meeting(doc.file()), plan.root(), painters,
                ReadAhead.none(), false)) {
            packet.write(out);
            findings.put(doc.output(), packet.findings());
        }
    }

    private TaskList tasks() {
        if (tasks == null) {
            tasks = TaskLedger.of(plan.committee()).list(new TaskQuery(plan.tasksAsOf(), null, false, Grouping.OWNER));
        }
        return tasks;
    }
}
