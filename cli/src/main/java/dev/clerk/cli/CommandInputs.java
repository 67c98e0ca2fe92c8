package dev.clerk.cli;

import dev.clerk.build.FileType;
import dev.clerk.model.Attachment;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.RealPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files a command reads, which no output of it may be: the files named on its command line (the meeting file,
 * {@code --template}, {@code --font}) and the files of each committee involved (the one the command reads, and the
 * one the output would land in): {@code committee.yaml}, its meeting files, the attachments they list and the fonts
 * {@code committee.yaml} lists. Paths are compared by their real path (symbolic links followed; for a file that does
 * not exist yet, its folder's real path), so a link or a {@code ../} leads nowhere else. A refused output is bad usage
 * (exit 2), said in one sentence that names the path as the user gave it.
 */
final class CommandInputs {
    /** The command's own inputs, by real path: what each is ("is the meeting file this command reads"). */
    private final Map<Path, String> own = new LinkedHashMap<>();
    /** The committee folders involved, by real path. */
    private final Set<Path> committees = new LinkedHashSet<>();
    /** The files of each committee folder, by real path, read when first needed. */
    private final Map<Path, Map<Path, String>> committeeFiles = new LinkedHashMap<>();
    private final boolean writesMeetings;
    private static final String ELSEWHERE = "give a folder for the documents (by default out/ in the committee folder)";

    private CommandInputs(boolean writesMeetings) {
        this.writesMeetings = writesMeetings;
    }

    /** The inputs of a command that writes documents: no output of it may be a committee's file. */
    static CommandInputs ofDocuments() {
        return new CommandInputs(false);
    }

    /**
     * The inputs of a command whose output is a meeting file ({@code next}, {@code import}): a new file in
     * {@code meetings/} is what it makes, and it replaces another meeting's file only when told to with
     * {@code --force}; its own input, {@code committee.yaml}, attachments and fonts stay refused.
     */
    static CommandInputs ofMeetingWriter() {
        return new CommandInputs(true);
    }

    /**
     * Adds a file the command reads, and the committee folder that holds it.
     *
     * @param what what the file is to this command, as the rest of a sentence: "is the meeting file this command reads"
     */
    CommandInputs reads(Path file, String what) {
        if (file != null) {
            own.putIfAbsent(RealPaths.of(file), what);
            committee(file);
        }
        return this;
    }

    /** Adds the fonts given with {@code --font} ("FILE.ttc,N" is the file FILE.ttc), each as {@link #reads}. */
    CommandInputs readsFonts(List<Path> fonts) {
        fonts.forEach(f -> reads(Path.of(fontFile(f.toString())), "is a font this command reads (--font)"));
        return this;
    }

    /** Adds the committee folder at or above {@code path}, when there is one. */
    CommandInputs committee(Path path) {
        if (path != null) {
            CommitteeFolder.findRoot(RealPaths.of(path)).ifPresent(root -> committees.add(RealPaths.of(root)));
        }
        return this;
    }

    /**
     * Refuses {@code output} when it is one of the inputs.
     *
     * @param option the option that gave it ("-o")
     * @throws UsageException "-o meetings/2017-03-27.yaml is the meeting file this command reads; give another output
     *                        path"
     */
    void refuseAsFile(String option, Path output) {
        inputFile(output).ifPresent(what -> {
            throw new UsageException(option + " " + output + " " + what + "; give another output path");
        });
    }

    /**
     * Refuses {@code dir} as the folder documents are written to when it is not a folder, or is a committee folder
     * itself (which holds what Clerk reads, not what it makes), or is or is inside its {@code meetings/} or
     * {@code attachments/} folder.
     *
     * @param option the option that gave it ("--out")
     */
    void refuseAsFolder(String option, Path dir) {
        if (dir.toString().equals(OutputTarget.STANDARD_OUTPUT)) {
            throw new UsageException(option + " -: standard output cannot hold a folder of documents; give a folder");
        }
        FileType type;
        try {
            type = FileType.of(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (type != FileType.MISSING && type != FileType.FOLDER) {
            throw new UsageException(option + " " + dir + " is " + type.described() + ", not a folder; give a folder"
                    + " for the documents");
        }
        Path real = RealPaths.of(dir);
        committee(dir);
        for (Path root : committees) {
            if (real.equals(root)) {
                throw new UsageException(option + " " + dir + " is the committee folder itself, which holds what Clerk"
                        + " reads; " + ELSEWHERE);
            }
            for (String kept : List.of(CommitteeFolder.MEETINGS, "attachments")) {
                Path folder = root.resolve(kept);
                if (real.startsWith(folder)) {
                    throw new UsageException(option + " " + dir + " is " + (real.equals(folder) ? "" : "inside ")
                            + "the committee's " + kept + " folder; " + ELSEWHERE);
                }
            }
        }
    }

    /** Refuses {@code dir} as the folder documents are written to when one named in {@code names} would be an input. */
    void refuseFilesIn(String option, Path dir, List<String> names) {
        for (String name : names) {
            Path file = dir.resolve(name);
            inputFile(file).ifPresent(what -> {
                throw new UsageException(option + " " + dir + " would write " + file + ", which " + what
                        + "; give another folder");
            });
        }
    }

    /** What {@code output} is among the inputs ("is the committee's committee.yaml"), if it is one. */
    private Optional<String> inputFile(Path output) {
        Path real = RealPaths.of(output);
        String own = this.own.get(real);
        if (own != null) {
            return Optional.of(own);
        }
        if (real.getFileName() != null && real.getFileName().toString().equals(CommitteeFolder.BODY_FILE)) {
            // Any folder with a committee.yaml is a committee folder: a document written there would make one.
            return Optional.of(Files.exists(real) ? "is the committee's " + CommitteeFolder.BODY_FILE
                    : "would be read as a committee's " + CommitteeFolder.BODY_FILE);
        }
        committee(output);
        for (Path root : committees) {
            Path meetings = root.resolve(CommitteeFolder.MEETINGS);
            if (!writesMeetings && real.getParent() != null && real.getParent().equals(meetings)
                    && CommitteeFolder.isMeetingFileName(real.getFileName().toString())) {
                return Optional.of(Files.exists(real) ? "is one of the committee's meeting files"
                        : "would be read as one of the committee's meeting files");
            }
            if (Files.exists(real)) {
                String what = filesOf(root).get(real);
                if (what != null) {
                    return Optional.of(what);
                }
            }
        }
        return Optional.empty();
    }

    /** The attachments and fonts of a committee folder, by real path, as far as its files can be read. */
    private Map<Path, String> filesOf(Path root) {
        return committeeFiles.computeIfAbsent(root, r -> {
            Map<Path, String> files = new LinkedHashMap<>();
            Path bodyFile = r.resolve(CommitteeFolder.BODY_FILE);
            if (Files.isRegularFile(bodyFile)) {
                // A committee.yaml that cannot be read lists no fonts here; the command that reads it reports it.
                for (String font : ModelReader.fontsAhead(bodyFile)) {
                    files.putIfAbsent(RealPaths.of(r.resolve(fontFile(font))),
                            "is a font " + CommitteeFolder.BODY_FILE + " lists");
                }
            }
            for (Path meeting : CommitteeFolder.meetingFiles(r)) {
                String shown = CommitteeFolder.MEETINGS + "/" + meeting.getFileName();
                if (Files.isRegularFile(meeting)) {
                    for (Attachment a : ModelReader.attachmentsAhead(meeting)) {
                        files.putIfAbsent(RealPaths.of(r.resolve(a.path())), "is an attachment of " + shown);
                    }
                }
            }
            return files;
        });
    }

    /** The file of a font: "FILE.ttc,N" names the N-th font of the collection FILE.ttc. */
    private static String fontFile(String font) {
        return font.matches(".*,\\d+") ? font.substring(0, font.lastIndexOf(',')) : font;
    }

}
