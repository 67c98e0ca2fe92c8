package dev.clerk.model.check;

import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.Examined;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Problem;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A committee folder as one check read it: each file read once, what could be read of it (with the hash and text of
 * the bytes it was read from), and every problem the check found. A command takes what it needs from here rather
 * than reading a file again, so that what it makes comes from the very bytes that were checked, and messages point
 * at the lines the check saw.
 */
public final class CheckedCommittee {
    private final CheckReport report;
    private final Examined<Body> body;
    private final List<Examined<Meeting>> meetings;
    /** The files, normalised to absolute paths, that the check found an error in. */
    private final Set<Path> broken = new HashSet<>();
    /** Meeting files outside the meetings folder that a command named, each read once when first asked for. */
    private final Map<Path, Examined<Meeting>> outside = new ConcurrentHashMap<>();

    CheckedCommittee(CheckReport report, Examined<Body> body, List<Examined<Meeting>> meetings) {
        this.report = report;
        this.body = body;
        this.meetings = List.copyOf(meetings);
        for (Problem p : report.problems()) {
            if (p.isError()) {
                broken.add(normal(Path.of(p.file())));
            }
        }
    }

    /** Everything the check found. */
    public CheckReport report() {
        return report;
    }

    /** The errors the check found, in file order. */
    public List<Problem> errors() {
        return report.problems().stream().filter(Problem::isError).toList();
    }

    /** Whether the check found an error in {@code file} (its own, or one only the whole committee shows). */
    public boolean hasErrors(Path file) {
        return broken.contains(normal(file));
    }

    /** The committee file as far as it was read; empty when the folder has none. */
    public Optional<Examined<Body>> bodyFile() {
        return Optional.ofNullable(body);
    }

    /** The committee's meeting files as far as each was read, in the folder's order. */
    public List<Examined<Meeting>> meetingFiles() {
        return meetings;
    }

    /** The meeting file {@code file} as far as it was read, however it was named; empty when it was not read. */
    public Optional<Examined<Meeting>> meetingFile(Path file) {
        Path wanted = normal(file);
        return meetings.stream().filter(m -> normal(Path.of(m.file())).equals(wanted)).findFirst();
    }

    /**
     * The committee file, refused when it has problems of its own (what only other files show, such as an unknown
     * owner, does not stop a command that needs only the committee file).
     */
    public Parsed<Body> body() throws InputException {
        if (body == null) {
            throw new IllegalStateException("no committee file was read");
        }
        return sound(body);
    }

    /**
     * The meeting read from {@code file}, refused when it has problems of its own. A meeting file outside the
     * committee's meetings folder is read here, once.
     */
    public Parsed<Meeting> meeting(Path file) throws InputException {
        return sound(meetingFile(file).orElseGet(
                () -> outside.computeIfAbsent(normal(file), f -> ModelReader.examineMeeting(file))));
    }

    /**
     * The text {@code file} held when it was read (the committee file, or a meeting file read here), to point at a
     * place in it; empty for a file not read, or one that could not be.
     */
    public Optional<String> text(Path file) {
        Path wanted = normal(file);
        Optional<Examined<?>> read = body != null && normal(Path.of(body.file())).equals(wanted) ? Optional.of(body)
                : meetingFile(file).<Examined<?>>map(m -> m).or(() -> Optional.ofNullable(outside.get(wanted)));
        return read.flatMap(Examined::content).map(Examined.Content::text);
    }

    private static <T> Parsed<T> sound(Examined<T> examined) throws InputException {
        List<Problem> errors = examined.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty() || examined.parsed().isEmpty()) {
            throw new InputException(errors.isEmpty() ? examined.problems() : errors);
        }
        return examined.parsed().get();
    }

    /** The meetings read in full, in the folder's order: those the check could read without a problem of their own. */
    public List<Parsed<Meeting>> soundMeetings() {
        return meetings.stream().filter(Examined::isComplete).map(m -> m.parsed().orElseThrow()).toList();
    }

    /**
     * The committee, refused when the check found any error, so that commands work only from files that make sense
     * together (known task ids, one history per task).
     */
    public Checker.Valid valid() throws InputException {
        List<Problem> errors = errors();
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Parsed<Body> b = body();
        List<Parsed<Meeting>> read = meetings.stream().map(m -> m.parsed().orElseThrow()).toList();
        return new Checker.Valid(new Committee(b.value(), read.stream().map(Parsed::value).toList()), b, read);
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
