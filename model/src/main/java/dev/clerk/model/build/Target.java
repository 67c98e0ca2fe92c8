package dev.clerk.model.build;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One document a build makes, with everything it depends on.
 *
 * @param output   where it goes, relative to the output folder ("2017-03-27-minutes.docx")
 * @param title    what it is, for progress and the index ("Minutes of March 27, 2017")
 * @param inputs   the files its content depends on (meeting, committee file, previous meeting, attachments)
 * @param content  writes the document
 */
public record Target(String output, String title, List<Path> inputs, Content content) {
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
        Objects.requireNonNull(content, "content");
    }
}
