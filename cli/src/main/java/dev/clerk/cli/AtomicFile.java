package dev.clerk.cli;

import dev.clerk.build.AtomicWrite;
import dev.clerk.build.FileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes every output of the command line through a temporary file moved into place only when complete
 * ({@link AtomicWrite}), so a failure never leaves a half-written document or clobbers the previous one. A named
 * pipe or a character device ({@code /dev/stdout}, a shell's {@code >(command)}) is written straight, once the whole
 * document is made, and never replaced; a folder, socket or block device is refused by {@link AtomicWrite}.
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
        if (FileType.of(target).isStream()) {
            // Made first, so that a failure sends nothing half-made down the pipe.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            content.writeTo(bytes);
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                bytes.writeTo(out);
            } catch (IOException e) {
                String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                        : e.getMessage();
                throw new FileSystemException(target.toString(), null, "could not be written: " + reason);
            }
            return;
        }
        AtomicWrite.write(target, content::writeTo);
    }

    static void write(Path target, String text) throws Exception {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
