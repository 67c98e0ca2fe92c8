package dev.clerk.cli;

import dev.clerk.mail.Document;
import dev.clerk.mail.DocumentKind;
import dev.clerk.model.Body;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * The documents the build commands leave in the committee's out/ folder: {@code out/2017-05-22-packet.pdf},
 * {@code out/2017-05-22-agenda.pdf}, {@code out/2017-05-22-minutes.pdf} (or {@code .docx} for minutes circulated
 * in Word). A document older than its meeting file is refused rather than sent stale.
 */
final class OutFolderDocuments implements DocumentSource {
    /** The folder, in the committee folder, that build commands write to. */
    static final String OUT = DefaultOutput.FOLDER;

    @Override
    public Document document(Path committeeFolder, Body body, Path meetingFile, String meetingKey, DocumentKind what)
            throws InputException {
        List<String> extensions = what == DocumentKind.MINUTES ? List.of("pdf", "docx") : List.of("pdf");
        Path out = committeeFolder.resolve(OUT);
        // 'clerk agenda' prints Markdown unless asked for the PDF; packet and minutes write the PDF by default.
        String build = "clerk " + what.key() + " " + meetingFile + (what == DocumentKind.AGENDA ? " --format pdf" : "");
        for (String ext : extensions) {
            Path file = out.resolve(meetingKey + "-" + what.key() + "." + ext);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Path display = SendCommand.display(file);
            // Only the meeting file: editing committee.yaml's lists or server must not force a rebuild.
            if (modified(meetingFile).compareTo(modified(file)) > 0) {
                throw new InputException(Problem.error(display.toString(), Position.FILE, "",
                        "is older than " + SendCommand.display(meetingFile) + "; rebuild it first with: " + build));
            }
            String type = ext.equals("pdf") ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            return new Document(file, type, what.fileName(body, meetingKey, ext));
        }
        Path expected = SendCommand.display(out.resolve(meetingKey + "-" + what.key() + ".pdf"));
        throw new InputException(Problem.error(expected.toString(), Position.FILE, "",
                "does not exist; build it first with: " + build));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
