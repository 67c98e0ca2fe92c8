package dev.clerk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where a command writes its document when {@code -o} is not given: one rule for every command and format. Word,
 * PDF and web pages go into the committee folder's {@code out/}, under the names {@code clerk build} gives them
 * ({@code out/2017-05-22-agenda.docx}, {@code out/2017-05-22-packet.pdf}, {@code out/tasks.pdf}, and
 * {@code out/2017-05-22-form.docx}, which the build does not make); text meant to be read or piped (Markdown, CSV,
 * JSON) goes to standard output.
 */
final class DefaultOutput {
    /** The folder, in the committee folder, that documents go to. */
    static final String FOLDER = "out";

    private static final Set<String> PRINTED = Set.of("md", "csv", "json");

    private DefaultOutput() {
    }

    /**
     * The document {@code word} ("minutes", "agenda", "form", "packet") of the meeting in {@code meetingFile}, in
     * {@code format}: {@code ROOT/out/2017-05-22-agenda.pdf}; null (standard output) for a text format.
     */
    static Path ofMeeting(Path root, Path meetingFile, String word, String format) {
        return printed(format) ? null : folder(root).resolve(MeetingArgument.key(meetingFile) + "-" + word + "."
                + extension(format));
    }

    /** The committee's document {@code word} ("tasks") in {@code format}: {@code ROOT/out/tasks.pdf}; null for text. */
    static Path ofCommittee(Path root, String word, String format) {
        return printed(format) ? null : folder(root).resolve(word + "." + extension(format));
    }

    /** Whether a document in {@code format} goes to standard output when no -o is given. */
    static boolean printed(String format) {
        return PRINTED.contains(extension(format));
    }

    /** The committee folder's out/. */
    static Path folder(Path root) {
        return root.resolve(FOLDER);
    }

    private static String extension(String format) {
        return format.toLowerCase(Locale.ROOT);
    }
}
