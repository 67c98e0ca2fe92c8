package dev.clerk.cli;

import dev.clerk.build.Painters;
import dev.clerk.compose.MinutesComposer;
import dev.clerk.compose.doc.Document;
import dev.clerk.importer.word.WordRecord;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputFiles;
import dev.clerk.model.io.Parsed;
import dev.clerk.render.docx.DocxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk minutes}: writes a meeting's minutes, by default to {@code out/YYYY-MM-DD-minutes.docx}. */
@Command(name = "minutes", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Write a meeting's minutes as Word (.docx, default), archival, accessible PDF,"
        + " or an accessible web page (html).")
final class MinutesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The meeting file, e.g. meetings/2017-03-27.yaml.")
    Path meetingFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (default: out/<meeting>-minutes.<format> in the committee folder); '-' for"
                    + " standard output. Never a file the committee reads.")
    Path output;

    @Option(names = "--template", paramLabel = "REF.docx",
            description = "A Word file whose styles, page setup, header and footer to use, like pandoc's --reference-doc.")
    Path template;

    @Option(names = "--format", defaultValue = "docx", paramLabel = "FORMAT",
            description = "docx (default), pdf (archival PDF/A-1b, tagged PDF/UA-1) or html (one accessible web page).")
    Painters.Format format;

    @Option(names = "--font", paramLabel = "FILE",
            description = "For pdf: a TrueType/OpenType font for characters Liberation Sans lacks (CJK, ...); "
                    + "repeatable, tried in order after the fonts committee.yaml lists; "
                    + "FILE.ttc,N picks the N-th font of a collection.")
    List<Path> fonts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        OutputTarget given = OutputTarget.given("-o", output, format == Painters.Format.html, CommandInputs
                .ofDocuments().reads(meetingFile, "is the meeting file this command reads")
                .reads(template, "is the template this command reads (--template)")
                .readsFonts(fonts));
        MeetingArgument.check(meetingFile);
        Path root = CommitteeFolder.root(meetingFile);
        // The minutes need only their own file and the committee file to be sound; a broken other meeting only
        // costs the text of a task they report on.
        CheckedCommittee checked = Checker.read(meetingFile);
        Parsed<Meeting> meeting = checked.meeting(meetingFile);
        Parsed<Body> body = checked.body();
        OutputTarget target = given != null ? given : OutputTarget.fallback(
                DefaultOutput.ofMeeting(root, meetingFile, "minutes", format.name()), format == Painters.Format.html);
        if (template != null && format != Painters.Format.docx) {
            throw new UsageException("--template applies to Word minutes only; PDF and HTML use Clerk's own layout");
        }
        if (!fonts.isEmpty() && format != Painters.Format.pdf) {
            throw new UsageException("--font applies to PDF minutes only; Word and web pages use the reader's fonts");
        }
        Painters painters = Painters.of(root, body, checked, fonts);
        painters.positions().with(meeting);
        if (template != null) {
            painters = painters.withDocx(DocxOptions.withTemplate(
                    new DocxOptions.Template(template.toString(), InputFiles.read(template, InputFiles.Limit.TEMPLATE))));
        }
        Document minutes = MinutesComposer.compose(committee(checked, body, meeting), meeting.value());
        Painters chosen = painters;
        DocxOptions.Record record = Painters.record(WordRecord.MINUTES, meeting.value());
        target.write(spec, out -> chosen.paint(minutes, format, out, record));
        if (!target.isStandardOutput()) {
            spec.commandLine().getOut().println("wrote " + shown(target.path()));
        }
        return 0;
    }

    /**
     * The committee the minutes belong to, for the words of the earlier tasks they report on: its other meetings as
     * far as they can be read (a broken one is left out: it only costs the text of a task reported on).
     */
    private static Committee committee(CheckedCommittee checked, Parsed<Body> body, Parsed<Meeting> meeting) {
        List<Meeting> meetings = new ArrayList<>();
        meetings.add(meeting.value());
        for (Parsed<Meeting> m : checked.soundMeetings()) {
            if (m.value().date().isBefore(meeting.value().date())) {
                meetings.add(m.value());
            }
        }
        return new Committee(body.value(), meetings);
    }

    private static Path shown(Path target) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = target.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs) : abs;
    }
}
