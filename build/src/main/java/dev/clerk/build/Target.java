package dev.clerk.build;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document a build makes, with everything it depends on.
 *
 * @param output   where it goes, relative to the output folder ("2017-03-27-minutes.docx")
 * @param title    what it is, for progress and the index ("Minutes of March 27, 2017")
 * @param inputs   the files its content depends on (meeting, committee file, previous meeting, attachments)
 * @param read     the content hash of each input already read, as it was read, for those the content renders from
 *                 bytes in hand (the meeting and committee files {@link BuildPlan} parsed), by absolute path:
 *                 the build records these rather than what the files hold by the time it gets to them
 * @param content  writes the document
 */
public record Target(String output, String title, List<Path> inputs, Map<Path, String> read, Content content) {
    /** What writes a target's bytes; it may throw the renderer's own exceptions. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole document to {@code out}. */
        void writeTo(OutputStream out) throws Exception;
    }

    public Target {
        Objects.requireNonNull(output, "output");
        if (output.isBlank() || output.startsWith("/") || output.contains("..")) {
            throw new IllegalArgumentException("output: '" + output + "' must be a plain path inside the output folder");
        }
        Objects.requireNonNull(title, "title");
        inputs = List.copyOf(inputs);
        Map<Path, String> normal = new HashMap<>();
        read.forEach((path, hash) -> normal.put(path.toAbsolutePath().normalize(), Objects.requireNonNull(hash, "hash")));
        read = Map.copyOf(normal);
        Objects.requireNonNull(content, "content");
    }

    /** A target whose inputs are all read by its content as it renders: the build hashes them itself. */
    public Target(String output, String title, List<Path> inputs, Content content) {
        this(output, title, inputs, Map.of(), content);
    }

    /** This target, written by {@code other} content (the same document, as a progress display wraps it). */
    public Target withContent(Content other) {
        return new Target(output, title, inputs, read, other);
    }
}
