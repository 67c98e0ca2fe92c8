package dev.clerk.cli;

import dev.clerk.build.Packets;
import dev.clerk.build.Painters;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Problem;
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
        CheckedCommittee checked = Checker.read(meetingFile);
        Checker.Valid valid = checked.valid();
        Committee committee = valid.committee();
        Path root = CommitteeFolder.findRoot(meetingFile).orElseThrow();
        Parsed<Body> body = valid.body();
        Parsed<Meeting> parsed = valid.meeting(meetingFile).orElseThrow();
        OutputTarget target = given != null ? given : OutputTarget.fallback(
                DefaultOutput.ofMeeting(root, meetingFile, "packet", "pdf"), false);
        PrintWriter err = spec.commandLine().getErr();
        try (Packets.Made packet = Packets.prepare(committee, parsed, root, Painters.of(root, body, checked, fonts), ahead,
                strict)) {
            target.write(spec, packet::write);
            List<Problem> findings = packet.findings();
            findings.forEach(err::println);
            target.info(spec, spec.commandLine().getOut()).println("wrote " + (target.isStandardOutput()
                    ? "standard output" : target.path()) + ": " + packet.pages() + " pages, "
                    + packet.supportingDocuments() + " supporting documents"
                    + (findings.isEmpty() ? "" : "; " + findings.size() + " accessibility "
                    + (findings.size() == 1 ? "warning" : "warnings") + " (--strict refuses them)"));
        }
        return 0;
    }

    /** The attachments the meeting file lists, being read; none when it is outside a committee folder. */
    private static ReadAhead readAhead(Path meetingFile) {
        return CommitteeFolder.findRoot(meetingFile)
                .map(root -> ReadAhead.start(root, ModelReader.attachmentsAhead(meetingFile)))
                .orElseGet(ReadAhead::none);
    }
}
