package dev.clerk.build;

import dev.clerk.compose.doc.Source;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the source of a composed text (committee.yaml or a meeting file, and a field path) into a problem at its
 * line and column, so that whatever painter refuses a text (a character no font has) the message points at the
 * YAML that holds it. Meeting files not already parsed are read only when a problem needs them.
 */
public final class SourcePositions {
    private final Path root;
    private final Parsed<Body> body;
    private final Map<String, Parsed<Meeting>> meetings = new HashMap<>();

    public SourcePositions(Path root, Parsed<Body> body) {
        this.root = root;
        this.body = body;
    }

    /** These positions, knowing the parsed {@code meeting} file already. */
    public SourcePositions with(Parsed<Meeting> meeting) {
        Meeting m = meeting.value();
        meetings.put(key(m.date().toString(), m.kind() == dev.clerk.model.MeetingKind.SPECIAL), meeting);
        return this;
    }

    /** An error about the text from {@code source} (null for Clerk's own wording, reported at committee.yaml). */
    public Problem error(Source source, String message) {
        if (source == null) {
            return Problem.error(body.file(), Position.FILE, "language", message);
        }
        Parsed<?> file = source.file() == Source.File.COMMITTEE ? body : meeting(source);
        if (file == null) {
            return Problem.error(body.file(), Position.FILE, source.toString(), message);
        }
        return Problem.error(file.file(), file.source().valueAt(source.field()), source.field(), message);
    }

    private Parsed<Meeting> meeting(Source source) {
        String key = key(source.meeting().toString(), source.special());
        Parsed<Meeting> known = meetings.get(key);
        if (known != null) {
            return known;
        }
        Path file = root.resolve(CommitteeFolder.MEETINGS).resolve(key + ".yaml");
        if (!Files.isRegularFile(file)) {
            file = root.resolve(CommitteeFolder.MEETINGS).resolve(key + ".json");
        }
        try {
            Parsed<Meeting> parsed = ModelReader.parseMeeting(file);
            meetings.put(key, parsed);
            return parsed;
        } catch (InputException | RuntimeException e) {
            return null;
        }
    }

    private static String key(String date, boolean special) {
        return date + (special ? "-special" : "");
    }
}
