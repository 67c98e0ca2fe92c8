package dev.clerk.importer;

import dev.clerk.model.Meeting;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.InputFiles;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads existing minutes (plain text, Markdown, or a Word .docx) into a {@link Meeting}: date, time, place,
 * attendance, the agenda's sections with their narrative, decisions, motions and action items, and the next
 * meeting with its follow-ups and proposed items. It never invents: what the document does not say stays empty,
 * and what had to be inferred is listed as a {@link Guess}.
 */
public final class MinutesImporter {
    // The largest files read are InputFiles.Limit.IMPORTED_TEXT and IMPORTED_WORD.
    /** The most text read out of a Word document, in characters. */
    static final int MAX_CHARS = 2 * 1024 * 1024;

    private MinutesImporter() {
    }

    /** Imports a file with no roster to match names against. */
    public static ImportResult importFile(Path path) throws InputException {
        return importFile(path, ImportOptions.none());
    }

    /** Imports a file; .docx is read as Word, anything else as text (Markdown included). */
    public static ImportResult importFile(Path path, ImportOptions options) throws InputException {
        String file = path.toString();
        List<String> warnings = new ArrayList<>();
        String text;
        boolean headings;
        try {
            boolean docx = file.toLowerCase(Locale.ROOT).endsWith(".docx") || file.toLowerCase(Locale.ROOT).endsWith(".docm");
            // A regular file within the limit, checked before it is opened (a pipe would block the import).
            InputFiles.requireReadable(path, docx ? InputFiles.Limit.IMPORTED_WORD : InputFiles.Limit.IMPORTED_TEXT);
            if (docx) {
                ImportResult clerks = ClerkWordImport.read(path, file, options);
                if (clerks != null) {
                    return clerks;
                }
                DocxSource.Text t = DocxSource.read(path, file);
                text = t.text();
                headings = t.headings();
            } else {
                text = TextDecoder.decode(file, InputFiles.read(path, InputFiles.Limit.IMPORTED_TEXT), warnings);
                headings = false;
            }
        } catch (InputFileException e) {
            throw new InputException(Problem.error(file, Position.FILE, "", e.problem()));
        }
        return importText(file, path.getFileName() == null ? file : path.getFileName().toString(), text, headings,
                options, warnings);
    }

    /** Imports minutes given as text; {@code file} names them in messages. */
    public static ImportResult importText(String file, String text, ImportOptions options) throws InputException {
        String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        return importText(file, name, text, false, options, new ArrayList<>());
    }

    private static ImportResult importText(String file, String fileName, String text, boolean headings,
                                           ImportOptions options, List<String> warnings) throws InputException {
        if (SourceLines.isBlank(text.replace("\n", "").replace("\r", ""))) {
            throw new InputException(Problem.error(file, Position.FILE, "", "is empty; there are no minutes to import"));
        }
        SourceLines.Result source = SourceLines.read(TextDecoder.showable(text, warnings));
        long mdHeadings = source.lines().stream().filter(l -> l.kind() == Line.Kind.HEADING).count();
        boolean markdown = headings || mdHeadings >= 2;
        MeetingAssembler assembler = new MeetingAssembler(file, options, warnings);
        Meeting meeting;
        try {
            meeting = assembler.assemble(source, markdown, fileName);
        } catch (RuntimeException | StackOverflowError e) {
            // A recogniser failing on odd text must not end in a stack trace.
            throw new InputException(Problem.error(file, Position.FILE, "", "cannot be imported: " + e));
        }
        return new ImportResult(meeting, assembler.guesses(), assembler.newPeople(meeting), warnings,
                assembler.placements());
    }
}
