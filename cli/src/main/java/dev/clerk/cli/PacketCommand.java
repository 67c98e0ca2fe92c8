package dev.clerk.cli;

import dev.clerk.model.AgendaItem;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Problem;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import dev.clerk.render.pdf.AttachmentException;
import dev.clerk.render.pdf.MissingGlyphException;
import dev.clerk.render.pdf.PacketBuilder;
import dev.clerk.render.pdf.ReadAhead;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk packet}: the agenda packet of a meeting, one PDF. */
@Command(name = "packet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Make the agenda packet of a meeting: the agenda with a table of contents, then each item's"
        + " materials (the minutes it approves, the open-task list, its attachments), with packet page numbers,"
        + " links and bookmarks.")
final class PacketCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The meeting file (meetings/YYYY-MM-DD.yaml).")
    Path meetingFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write (default: out/YYYY-MM-DD-packet.pdf in the committee folder); '-' for"
                    + " standard output. Never a file the committee reads.")
    Path output;

    @Option(names = "--strict", description = "Refuse attachments that screen readers cannot fully read (untagged,"
            + " or pages without a text layer) instead of listing them.")
    boolean strict;

    @Option(names = "--font", paramLabel = "FILE",
            description = "A TrueType/OpenType font for characters Liberation Sans lacks; repeatable.")
    List<Path> fonts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        OutputTarget given = OutputTarget.given("-o", output, false, CommandInputs.ofDocuments()
                .reads(meetingFile, "is the meeting file this command reads")
                .readsFonts(fonts));
        MeetingArgument.check(meetingFile);
        // The attachments are read on every core while the committee is checked; a check that fails drops them.
        try (ReadAhead ahead = readAhead(meetingFile)) {
            return make(ahead, given);
        }
    }

    private int make(ReadAhead ahead, OutputTarget given) throws Exception {
        Checker.Valid valid = Checker.readValidFiles(meetingFile);
        Committee committee = valid.committee();
        Path root = CommitteeFolder.findRoot(meetingFile).orElseThrow();
        Parsed<Body> body = valid.body();
        Parsed<Meeting> parsed = valid.meeting(meetingFile).orElseThrow();
        Meeting meeting = parsed.value();
        Agenda agenda = Agenda.of(committee, meeting);
        // The task list as it stands going into the meeting, by the rule of the agenda's review table: one set of
        // figures (days overdue, times carried) in the whole packet.
        TaskList tasks = TaskLedger.of(committee).list(TaskQuery.goingInto(meeting.date()));
        PacketBuilder.Input input = new PacketBuilder.Input(committee.body(), agenda, committee.meetings(), tasks, root);
        OutputTarget target = given != null ? given : OutputTarget.fallback(
                root.resolve(OutFolderDocuments.OUT).resolve(MeetingArgument.key(meetingFile) + "-packet.pdf"), false);
        Painters painters = Painters.of(root, body, fonts);
        painters.positions().with(parsed);
        PacketBuilder builder = new PacketBuilder(painters.pdfFonts());
        List<String> paths = itemPaths(meeting.agenda(), "agenda", new ArrayList<>());
        PrintWriter err = spec.commandLine().getErr();
        try (PacketBuilder.Prepared packet = builder.prepare(input, ahead)) {
            List<Problem> findings = new ArrayList<>();
            for (PacketBuilder.Finding f : packet.findings()) {
                String path = paths.get(f.index()) + "." + f.field();
                String message = "item " + f.item() + ": " + f.file() + ": " + f.problem();
                findings.add(strict ? Problem.error(parsed.file(), parsed.source().valueAt(path), path, message)
                        : Problem.warning(parsed.file(), parsed.source().valueAt(path), path, message));
            }
            if (strict && !findings.isEmpty()) {
                throw new InputException(findings);
            }
            target.write(spec, packet::write);
            findings.forEach(err::println);
            target.info(spec, spec.commandLine().getOut()).println("wrote " + (target.isStandardOutput()
                    ? "standard output" : target.path()) + ": " + packet.pages() + " pages, "
                    + (packet.parts().size() - 1) + " supporting documents"
                    + (findings.isEmpty() ? "" : "; " + findings.size() + " accessibility "
                    + (findings.size() == 1 ? "warning" : "warnings") + " (--strict refuses them)"));
        } catch (MissingGlyphException e) {
            throw painters.problems(e);
        } catch (AttachmentException e) {
            String path = paths.get(e.item()) + "." + e.field();
            throw new InputException(Problem.error(parsed.file(), parsed.source().valueAt(path), path, e.getMessage()));
        }
        return 0;
    }

    /** The attachments the meeting file lists, being read; none when it is outside a committee folder. */
    private static ReadAhead readAhead(Path meetingFile) {
        return CommitteeFolder.findRoot(meetingFile)
                .map(root -> ReadAhead.start(root, ModelReader.attachmentsAhead(meetingFile)))
                .orElseGet(ReadAhead::none);
    }

    /** The field path of every item of the meeting file, depth first: the order of the agenda's entries. */
    private static List<String> itemPaths(List<AgendaItem> items, String prefix, List<String> out) {
        for (int i = 0; i < items.size(); i++) {
            String path = prefix + "[" + i + "]";
            out.add(path);
            itemPaths(items.get(i).items(), path + ".items", out);
        }
        return out;
    }
}
