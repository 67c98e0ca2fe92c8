package dev.clerk.cli;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import dev.clerk.render.docx.DocxMinutesRenderer;
import dev.clerk.render.docx.DocxOptions;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk minutes}: writes a meeting's minutes, by default to {@code out/YYYY-MM-DD-minutes.docx}. */
@Command(name = "minutes", description = "Write a meeting's minutes as a Word document (.docx).")
final class MinutesCommand implements Callable<Integer> {
    /** The output formats; the PDF minutes join this list. */
    enum Format { docx }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The meeting file, e.g. meetings/2017-03-27.yaml.")
    Path meetingFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (default: out/<meeting>-minutes.docx in the committee folder).")
    Path output;

    @Option(names = "--template", paramLabel = "REF.docx",
            description = "A Word file whose styles, page setup, header and footer to use, like pandoc's --reference-doc.")
    Path template;

    @Option(names = "--format", defaultValue = "docx", paramLabel = "FORMAT", description = "docx (default).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Meeting meeting = ModelReader.readMeeting(meetingFile);
        Path root = CommitteeFolder.findRoot(meetingFile).orElseThrow(() -> new FileNotFoundException(meetingFile
                + ": no " + CommitteeFolder.BODY_FILE + " in its folder or any folder above it"));
        Body body = ModelReader.readBody(root.resolve(CommitteeFolder.BODY_FILE));
        DocxOptions options = template == null ? DocxOptions.defaults()
                : DocxOptions.withTemplate(new DocxOptions.Template(template.toString(), Files.readAllBytes(template)));
        Path target = output != null ? output : root.resolve("out").resolve(stem(meetingFile) + "-minutes.docx");
        DocxMinutesRenderer renderer = new DocxMinutesRenderer(options);
        AtomicFile.write(target, out -> renderer.render(body, meeting, out));
        spec.commandLine().getOut().println("wrote " + shown(target));
        return 0;
    }

    /** "2017-03-27" for meetings/2017-03-27.yaml, "2017-03-27-special" for a second meeting that day. */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path shown(Path target) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = target.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs) : abs;
    }
}
