package dev.clerk.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a file that stays in place (the build's and the send log's): held by one run of Clerk at a
 * time, across processes (an operating-system lock) and within one (a second taker is refused too), released when
 * closed or when the process ends, however it ends.
 */
public final class FileLocks implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private FileLocks(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code file} (created if need be), or returns null when another run holds it.
     *
     * @param again what to do once the file is removed, for the message about a file that is not a regular file
     *              ("build again")
     * @throws FileSystemException when the file is a FIFO, a folder or anything but a regular file (opening a FIFO
     *                             for writing would wait for a reader)
     */
    public static FileLocks tryTake(Path file, String again) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(file.toString(), null, "is not a regular file; remove it and " + again);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run in this same program
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new FileLocks(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
