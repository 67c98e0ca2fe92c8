package dev.clerk.cli;

import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.Agenda;
import dev.clerk.model.agenda.AgendaMarkdown;
import dev.clerk.model.check.Checker;
import dev.clerk.model.Body;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import dev.clerk.render.pdf.PdfAgendaRenderer;
import dev.clerk.render.docx.DocxAgendaRenderer;
import dev.clerk.render.docx.DocxOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
    enum Format { md, docx, pdf }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The meeting file (as drafted by 'clerk next').")
    Path meetingFile;

    @Option(names = "--format", description = "docx (written to agenda-DATE.docx unless -o is given), pdf (archival"
            + " PDF/A-1b, tagged PDF/UA-1; written to out/DATE-agenda.pdf in the committee folder unless -o is given)"
            + " or md (Markdown text). Default: from the extension of -o, else md.")
    Format format;

    @Option(names = "--font", paramLabel = "FILE",
            description = "For pdf: a TrueType/OpenType font for characters Liberation Sans lacks; repeatable.")
    java.util.List<Path> fonts = new java.util.ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Format f = format != null ? format : fromExtension(output);
        MeetingArgument.check(meetingFile);
        Committee committee = Checker.readValid(meetingFile);
        Meeting read = ModelReader.readMeeting(meetingFile);
        Meeting meeting = committee.meetings().stream().filter(read::equals).findFirst().orElse(read);
        Agenda agenda = Agenda.of(committee, meeting);
        if (f == Format.pdf) {
            Path root = CommitteeFolder.findRoot(meetingFile).orElseThrow();
            Parsed<Body> body = ModelReader.parseBody(root.resolve(CommitteeFolder.BODY_FILE));
            Parsed<Meeting> parsed = ModelReader.parseMeeting(meetingFile);
            PdfAgendaRenderer renderer = new PdfAgendaRenderer(MinutesPdfOutput.fonts(body, root, fonts));
            Path target = output != null ? output
                    : root.resolve(OutFolderDocuments.OUT).resolve(MeetingArgument.key(meetingFile) + "-agenda.pdf");
            MinutesPdfOutput.write(body, parsed, target, out -> renderer.render(agenda, out));
            spec.commandLine().getErr().println("wrote " + target);
            return 0;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (f == Format.docx) {
            new DocxAgendaRenderer(DocxOptions.defaults()).render(agenda, bytes);
            if (output == null) {
                output = Path.of("agenda-" + meeting.date() + ".docx");
            }
        } else {
            AgendaMarkdown.write(agenda, bytes);
        }
        if (output != null) {
            AtomicFile.write(output, out -> bytes.writeTo(out));
            spec.commandLine().getErr().println("wrote " + output);
        } else {
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static Format fromExtension(Path file) {
        if (file == null) {
            return Format.md;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return Format.docx;
        }
        return name.endsWith(".pdf") ? Format.pdf : Format.md;
    }
}
