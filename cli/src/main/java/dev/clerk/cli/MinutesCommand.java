package dev.clerk.cli;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clerk minutes}: writes a meeting's minutes (on this branch: the PDF form). */
@Command(name = "minutes", description = "Write the minutes of a meeting.")
final class MinutesCommand implements Callable<Integer> {
    enum Format { pdf }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The meeting file (meetings/YYYY-MM-DD.yaml).")
    Path meetingFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write (default: YYYY-MM-DD-minutes.pdf in the current folder).")
    Path output;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf (archival PDF/A-1b, tagged PDF/UA-1).")
    Format format;

    @Option(names = "--font", paramLabel = "FILE",
            description = "A TrueType/OpenType font for characters Liberation Sans lacks (CJK, ...); "
                    + "repeatable, tried in order after the fonts committee.yaml lists; "
                    + "FILE.ttc,N picks the N-th font of a collection.")
    List<Path> fonts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path root = CommitteeFolder.findRoot(meetingFile)
                .orElseThrow(() -> new UsageException(meetingFile + ": no committee.yaml in its folder or above"));
        Parsed<Body> body = ModelReader.parseBody(root.resolve(CommitteeFolder.BODY_FILE));
        Parsed<Meeting> meeting = ModelReader.parseMeeting(meetingFile);
        Path target = output != null ? output : Path.of(meeting.value().date() + "-minutes." + format);
        MinutesPdfOutput.write(body, meeting, root, fonts, target);
        spec.commandLine().getOut().println("wrote " + target);
        return 0;
    }
}
