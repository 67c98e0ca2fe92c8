package dev.clerk.cli;

import dev.clerk.build.Painters;
import dev.clerk.compose.AgendaComposer;
import dev.clerk.compose.MarkdownWriter;
import dev.clerk.compose.doc.Document;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.Parsed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk agenda}: the agenda document of a meeting. */
@Command(name = "agenda", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Make the agenda of a meeting: letterhead, date, time and place, numbered"
        + " items with the open-task table, and the notices.")
final class AgendaCommand implements Callable<Integer> {
    enum Format { md, docx, pdf, html }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The meeting file (as drafted by 'clerk next').")
    Path meetingFile;

    @Option(names = "--format", description = "docx, pdf (archival PDF/A-1b, tagged PDF/UA-1) or html (an accessible"
            + " web page), written to out/<meeting>-agenda.docx, .pdf or .html in the committee folder unless -o is"
            + " given; or md (Markdown text, printed unless -o is given). Default: from the extension of -o, else md.")
    Format format;

    @Option(names = "--font", paramLabel = "FILE",
            description = "For pdf: a TrueType/OpenType font for characters Liberation Sans lacks; repeatable.")
    java.util.List<Path> fonts = new java.util.ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write ('-' for standard output;"
            + " default: see --format). Never a file the committee reads.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Format f = format != null ? format : fromExtension(output);
        boolean text = f == Format.md || f == Format.html;
        OutputTarget given = OutputTarget.given("-o", output, text, CommandInputs.ofDocuments()
                .reads(meetingFile, "is the meeting file this command reads")
                .readsFonts(fonts));
        MeetingArgument.check(meetingFile);
        CheckedCommittee checked = Checker.read(meetingFile);
        Checker.Valid valid = checked.valid();
        Parsed<Meeting> meeting = checked.meeting(meetingFile);
        Agenda agenda = Agenda.of(valid.committee(), meeting.value());
        PrintWriter err = spec.commandLine().getErr();
        if (f != Format.md) {
            Path root = CommitteeFolder.findRoot(meetingFile).orElseThrow();
            Painters painters = Painters.of(root, valid.body(), checked, fonts);
            painters.positions().with(meeting);
            Document doc = AgendaComposer.compose(agenda);
            OutputTarget target = given != null ? given : OutputTarget.fallback(
                    DefaultOutput.ofMeeting(root, meetingFile, "agenda", f.name()), text);
            target.write(spec, out -> painters.paint(doc, Painters.Format.valueOf(f.name()), out));
            if (!target.isStandardOutput()) {
                err.println("wrote " + target.path());
            }
            return 0;
        }
        OutputTarget target = given != null ? given : OutputTarget.fallback(
                DefaultOutput.ofMeeting(CommitteeFolder.root(meetingFile), meetingFile, "agenda", f.name()), true);
        target.write(spec, out -> MarkdownWriter.write(AgendaComposer.compose(agenda), out));
        if (!target.isStandardOutput()) {
            err.println("wrote " + target.path());
        }
        return 0;
    }

    private static Format fromExtension(Path file) {
        if (file == null) {
            return Format.md;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Painters.Format painted = Painters.Format.ofFile(file);
        return painted == null ? Format.md : Format.valueOf(painted.name());
    }
}
