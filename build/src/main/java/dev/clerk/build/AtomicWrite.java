package dev.clerk.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file through a temporary file in the same folder, moved into place only when complete,
 * so a failure never leaves a half-written document or clobbers the previous one. Only a regular file (or nothing)
 * is ever replaced: a folder, a named pipe, a device or a socket at the target is refused, never renamed over.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    /**
     * Writes {@code target} with what {@code content} produces; on any failure the target is left as it was.
     *
     * @throws FileSystemException when something other than a regular file is at {@code target} (a folder, a FIFO,
     *                             a device, a socket; symbolic links followed): it is left as it is, nothing written
     */
    public static void write(Path target, Target.Content content) throws Exception {
        refuseSpecial(target);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            permissions(tmp, target);
            // Again: a pipe or folder may have been put there while the content was written.
            refuseSpecial(target);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Refuses a target that is not a regular file: the rename would replace a folder, pipe or device node. */
    static void refuseSpecial(Path target) throws IOException {
        FileType type = FileType.of(target);
        if (type != FileType.MISSING && type != FileType.REGULAR) {
            throw new FileSystemException(target.toString(), null, "is " + type.described()
                    + ", not a regular file; it is left as it is and nothing was written");
        }
    }

    /**
     * A temporary file is private to its owner; the document takes the permissions of the one it replaces,
     * else those of an ordinary file (readable by all, as a folder posted on a web server needs).
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> perms = Files.isRegularFile(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
