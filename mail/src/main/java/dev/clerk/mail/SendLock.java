package dev.clerk.mail;

import java.io.Closeable;
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
 * The claim of one {@code clerk send} on a committee: an operating-system lock on {@value #FILE_NAME} beside the
 * send log, held from before the document is built until the last message is logged. A second run meanwhile is
 * refused at once, before it builds or reads anything, so two runs never plan from the same log. The lock is on a
 * file of its own, never replaced, so that a send log rewritten by hand or by a file-sync tool cannot let a
 * second run in. The system releases it when the process ends, even when killed; the empty file stays.
 *
 * <pre>{@code
 * try (SendLock lock = SendLock.take(committeeFolder)) {
 *     ... build, plan, send ...
 * }
 * }</pre>
 */
public final class SendLock implements Closeable {
    /** The lock's file name in the committee folder. */
    public static final String FILE_NAME = "send-log.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SendLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the send lock of the committee folder, or says in one sentence that another run holds it.
     *
     * @throws FileSystemException naming the send log when another {@code clerk send} to this committee is running
     * @throws IOException         when the lock file cannot be made
     */
    public static SendLock take(Path committeeFolder) throws IOException {
        Path file = committeeFolder.resolve(FILE_NAME);
        // Opening a FIFO for writing would wait for a reader: what is not a regular file is refused.
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(file.toString(), null, "is not a regular file; remove it and send again");
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
            throw new FileSystemException(committeeFolder.resolve(SendLog.FILE_NAME).toString(), null,
                    "another clerk send to this committee is running; nothing was sent by this one, which can be run"
                            + " again when the other has finished");
        }
        return new SendLock(channel, lock);
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
