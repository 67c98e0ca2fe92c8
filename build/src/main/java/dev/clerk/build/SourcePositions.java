package dev.clerk.build;

import dev.clerk.compose.doc.Source;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.Examined;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import dev.clerk.model.io.RealPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the source of a composed text (committee.yaml or a meeting, and a field path) into a problem at its line and
 * column, so that whatever painter refuses a text (a character no font has) the message points at the YAML that holds
 * it. A source names its meeting by date and kind, not by file: the meeting file is the one of the committee's
 * meeting files ({@code 2017-03-27.yaml}, {@code 2017-03-27-evening.yml} ...) that holds that meeting, and of two
 * such, the one that holds the character. Text with no source (Clerk's wording around the committee's words) is
 * reported where the character stands in the committee's files. Nothing is read again: the files, their models and
 * their texts are those the command's check read.
 */
public final class SourcePositions {
    private final Path root;
    private final Parsed<Body> body;
    private final CheckedCommittee checked;
    /** The meeting files known, by real path. */
    private final Map<Path, Parsed<Meeting>> meetings = new LinkedHashMap<>();
    private boolean allRead;

    /**
     * Positions in the committee folder {@code root}, whose committee file is {@code body}, as {@code checked} read
     * them.
     */
    public SourcePositions(Path root, Parsed<Body> body, CheckedCommittee checked) {
        this.root = root;
        this.body = body;
        this.checked = checked;
    }

    /** These positions, knowing the parsed {@code meeting} file (one read by the check, or one outside its folder). */
    public SourcePositions with(Parsed<Meeting> meeting) {
        meetings.put(RealPaths.of(Path.of(meeting.file())), meeting);
        return this;
    }

    /**
     * An error about the character {@code codePoint} in the text from {@code source} (null for Clerk's own wording):
     * at its field in the file that holds it.
     */
    public Problem error(Source source, int codePoint, String message) {
        if (source != null && source.file() == Source.File.COMMITTEE) {
            return at(body, source.field(), message);
        }
        if (source != null) {
            Parsed<Meeting> meeting = meeting(source, codePoint);
            if (meeting != null) {
                return at(meeting, source.field(), message);
            }
        }
        // Clerk's wording around the committee's words (a task's history, the item that assigned it), or a meeting
        // file gone since it was read: where the character stands.
        Optional<Problem> found = find(codePoint, message);
        if (found.isPresent()) {
            return found.get();
        }
        if (source == null) {
            // Not in any file: Clerk's own words, in the language committee.yaml chose.
            return Problem.error(body.file(), Position.FILE, "language", message);
        }
        return Problem.error(shown(root.resolve(CommitteeFolder.MEETINGS)), Position.FILE,
                "the meeting of " + source.meeting() + (source.special() ? " (special)" : "") + ": " + source.field(),
                message);
    }

    private static Problem at(Parsed<?> file, String field, String message) {
        return Problem.error(file.file(), file.source().valueAt(field), field, message);
    }

    /**
     * The meeting file {@code source} is in: of the meetings of its date and kind, the one whose text holds
     * {@code codePoint} (a committee may keep two regular meetings of one day), else the first.
     */
    private Parsed<Meeting> meeting(Source source, int codePoint) {
        readAll();
        List<Map.Entry<Path, Parsed<Meeting>>> same = new ArrayList<>();
        for (Map.Entry<Path, Parsed<Meeting>> e : meetings.entrySet()) {
            Meeting m = e.getValue().value();
            if (m.date().equals(source.meeting()) && (m.kind() == MeetingKind.SPECIAL) == source.special()) {
                same.add(e);
            }
        }
        for (Map.Entry<Path, Parsed<Meeting>> e : same) {
            if (same.size() == 1 || text(e.getKey()).map(t -> contains(t, codePoint)).orElse(false)) {
                return e.getValue();
            }
        }
        return same.isEmpty() ? null : same.get(0).getValue();
    }

    /** Adds the committee's meeting files the check could read; one that could not holds no text to point at. */
    private void readAll() {
        if (allRead) {
            return;
        }
        allRead = true;
        for (Examined<Meeting> examined : checked.meetingFiles()) {
            examined.parsed().ifPresent(parsed -> meetings.putIfAbsent(RealPaths.of(Path.of(parsed.file())), parsed));
        }
    }

    /** The first place {@code codePoint} stands in committee.yaml or a meeting file, as an error there. */
    private Optional<Problem> find(int codePoint, String message) {
        readAll();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(RealPaths.of(root.resolve(CommitteeFolder.BODY_FILE)), body.file());
        meetings.forEach((real, parsed) -> files.put(real, parsed.file()));
        for (Map.Entry<Path, String> f : files.entrySet()) {
            Optional<String> text = text(f.getKey());
            int at = text.map(t -> t.indexOf(Character.toString(codePoint))).orElse(-1);
            if (at >= 0) {
                return Optional.of(Problem.error(f.getValue(), Position.of(text.get(), at), "", message));
            }
        }
        return Optional.empty();
    }

    /** The text the check read from the file at {@code real}, the real path of the committee file or a meeting file. */
    private Optional<String> text(Path real) {
        if (real.equals(RealPaths.of(Path.of(body.file())))) {
            return checked.text(Path.of(body.file()));
        }
        Parsed<Meeting> meeting = meetings.get(real);
        return meeting == null ? Optional.empty() : checked.text(Path.of(meeting.file()));
    }

    private static boolean contains(String text, int codePoint) {
        return text.contains(Character.toString(codePoint));
    }

    /** {@code file} as the user would name it: beside committee.yaml as the command shows that one. */
    private String shown(Path file) {
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return Path.of(body.file()).resolveSibling(rel).toString();
    }
}
