package dev.clerk.cli;

import dev.clerk.model.build.AtomicWrite;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes every output of the command line through a temporary file moved into place only when complete
 * ({@link AtomicWrite}), so a failure never leaves a half-written document or clobbers the previous one.
 */
final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws Exception {
        AtomicWrite.write(target, content::writeTo);
    }

    static void write(Path target, String text) throws Exception {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
