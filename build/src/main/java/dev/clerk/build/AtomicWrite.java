package dev.clerk.build;

import java.io.FilterOutputStream;
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

    /** Opens the stream a temporary file is written through: the one place a write meets the disk. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    /** How every temporary file is opened; tests put a failing disk in its place. */
    static Opener opener = Files::newOutputStream;

    /**
     * Writes {@code target} with what {@code content} produces; on any failure the target is left as it was and no
     * temporary file is left behind.
     *
     * @throws FileSystemException when something other than a regular file is at {@code target} (a folder, a FIFO,
     *                             a device, a socket; symbolic links followed): it is left as it is, nothing written;
     *                             or when the file cannot be written (a full disk): "out/minutes.pdf: could not be
     *                             written: No space left on device", with that failure as its cause
     */
    public static void write(Path target, Target.Content content) throws Exception {
        refuseSpecial(target);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw notWritten(target, e);
        }
        try {
            Watched watched = null;
            try (Watched out = new Watched(opener.open(tmp))) {
                watched = out;
                content.writeTo(out);
            } catch (Exception e) {
                // A renderer may wrap the stream's failure in its own exception (OpenPDF's ExceptionConverter): what
                // the stream saw is what went wrong.
                IOException failure = watched == null && e instanceof IOException io ? io
                        : watched == null ? null : watched.failure;
                if (failure != null) {
                    throw notWritten(target, failure);
                }
                throw e;
            }
            try {
                permissions(tmp, target);
            } catch (IOException e) {
                throw notWritten(target, e);
            }
            // Again: a pipe or folder may have been put there while the content was written.
            refuseSpecial(target);
            try {
                move(tmp, target);
            } catch (IOException e) {
                throw notWritten(target, e);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** "out/minutes.pdf: could not be written: No space left on device", caused by {@code e}. */
    private static FileSystemException notWritten(Path target, IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        FileSystemException failure = new FileSystemException(target.toString(), null, "could not be written: "
                + (reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason));
        failure.initCause(e);
        return failure;
    }

    /** A stream that keeps the first failure of the stream it wraps, whoever catches it. */
    private static final class Watched extends FilterOutputStream {
        private IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
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
