package dev.clerk.cli;

import dev.clerk.build.Painters;
import dev.clerk.compose.FormComposer;
import dev.clerk.compose.doc.Document;
import dev.clerk.importer.word.WordRecord;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk form}: a Word minutes form for a meeting whose agenda is drafted, to fill in at the meeting. */
@Command(name = "form", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Make a Word minutes form for a meeting whose agenda is drafted: date, time and place filled"
        + " in, an attendance table with a status to pick for everyone on the roster, and under each agenda item"
        + " places for the discussion and blocks for a decision, an action and a motion. Fill it in at the meeting"
        + " in Word or LibreOffice.")
final class FormCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The meeting file with its agenda (as drafted by 'clerk next').")
    Path meetingFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (default: out/<meeting>-form.docx in the committee folder); '-' for standard"
                    + " output. Never a file the committee reads.")
    Path output;

    @Override
    public Integer call() throws Exception {
        OutputTarget given = OutputTarget.given("-o", output, false, CommandInputs.ofDocuments()
                .reads(meetingFile, "is the meeting file this command reads"));
        MeetingArgument.check(meetingFile);
        CheckedCommittee checked = Checker.read(meetingFile);
        Checker.Valid valid = checked.valid();
        Committee committee = valid.committee();
        Parsed<Meeting> parsed = checked.meeting(meetingFile);
        Meeting meeting = parsed.value();
        if (meeting.agenda().isEmpty()) {
            throw new InputException(Problem.error(meetingFile.toString(), Position.FILE, "agenda",
                    "has no items; a minutes form is made from the agenda (list the items under agenda:, or draft"
                            + " them with 'clerk next')"));
        }
        Path root = CommitteeFolder.findRoot(meetingFile).orElseThrow();
        Painters painters = Painters.of(root, valid.body(), checked, List.of());
        painters.positions().with(parsed);
        Document form = FormComposer.compose(committee, meeting);
        OutputTarget target = given != null ? given : OutputTarget.fallback(
                DefaultOutput.ofMeeting(root, meetingFile, "form", "docx"), false);
        target.write(spec, out -> painters.paint(form, Painters.Format.docx, out,
                Painters.record(WordRecord.FORM, meeting)));
        if (!target.isStandardOutput()) {
            spec.commandLine().getOut().println("wrote " + shown(target.path()));
        }
        return 0;
    }

    /** The target relative to the working folder when it is inside it, else absolute. */
    private static Path shown(Path target) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = target.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs) : abs;
    }
}
