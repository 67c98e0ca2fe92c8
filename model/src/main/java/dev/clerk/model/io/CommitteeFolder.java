package dev.clerk.model.io;

import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A committee folder: {@code committee.yaml} and {@code meetings/YYYY-MM-DD.yaml}, one file per meeting
 * ({@code 2017-03-27-special.yaml} for a second meeting on one day). Found from any path inside it,
 * as git finds {@code .git}.
 */
public final class CommitteeFolder {
    /** The name of the body file at the top of a committee folder. */
    public static final String BODY_FILE = "committee.yaml";
    /** The folder of meeting files. */
    public static final String MEETINGS = "meetings";
    private static final Pattern MEETING_FILE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(-[A-Za-z0-9][A-Za-z0-9-]*)?\\.(yaml|yml|json)");

    private CommitteeFolder() {
    }

    /** The committee folder that holds {@code path}: the nearest folder at or above it with a committee.yaml. */
    public static Optional<Path> findRoot(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            p = p.getParent();
        }
        for (; p != null; p = p.getParent()) {
            // A committee.yaml that is not a regular file (a pipe) still marks the folder; reading it says what it is.
            Path body = p.resolve(BODY_FILE);
            if (Files.exists(body) && !Files.isDirectory(body)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The committee folder that holds {@code path}, as {@link #findRoot}; when there is none, the one problem every
     * command reports for it: {@code PATH: not inside a committee folder (no committee.yaml here or above); create
     * one with 'clerk init'}.
     *
     * @throws InputException when no folder at or above {@code path} has a committee.yaml
     */
    public static Path root(Path path) throws InputException {
        return findRoot(path).orElseThrow(() -> new InputException(notInside(path)));
    }

    /** The problem of a {@code path} that is not inside a committee folder. */
    public static Problem notInside(Path path) {
        return Problem.error(path.toString(), Position.FILE, "", "not inside a committee folder (no " + BODY_FILE
                + " here or above); create one with 'clerk init'");
    }

    /** The meeting files of a committee folder, sorted by name (and so by date). */
    public static List<Path> meetingFiles(Path root) {
        Path dir = root.resolve(MEETINGS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> isMeetingFileName(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file name has the form of a meeting file. */
    public static boolean isMeetingFileName(String name) {
        return MEETING_FILE.matcher(name).matches();
    }

    /** The date a meeting file's name gives, if it has the form of one. */
    public static Optional<LocalDate> dateOfFileName(String name) {
        Matcher m = MEETING_FILE.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads the whole committee: the body and every meeting. Any error in any file is reported. */
    public static Committee read(Path root) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Body body = null;
        try {
            body = ModelReader.readBody(root.resolve(BODY_FILE));
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        List<Meeting> meetings = new ArrayList<>();
        for (Path file : meetingFiles(root)) {
            try {
                meetings.add(ModelReader.readMeeting(file));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Committee(body, meetings);
    }

    /**
     * How a file at {@code file} refers to the schema of its kind in its {@code # yaml-language-server: $schema=}
     * line: the relative path to the nearest {@code schema/} folder at or above the file's folder that holds it,
     * else the schema's published address.
     */
    public static String schemaReference(Path file, FileKind kind) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path schema = p.resolve(CommitteeTemplate.SCHEMA_DIR).resolve(kind.schemaFile());
            if (Files.isRegularFile(schema)) {
                return dir.relativize(schema).toString().replace('\\', '/');
            }
        }
        return "https://clerk.dev/schema/" + kind.schemaFile();
    }
}
