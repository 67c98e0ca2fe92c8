package dev.clerk.mail;

import dev.clerk.model.io.FileLocks;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

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

    private final FileLocks lock;

    private SendLock(FileLocks lock) {
        this.lock = lock;
    }

    /**
     * Takes the send lock of the committee folder, or says in one sentence that another run holds it.
     *
     * @throws FileSystemException naming the send log when another {@code clerk send} to this committee is running
     * @throws IOException         when the lock file cannot be made
     */
    public static SendLock take(Path committeeFolder) throws IOException {
        FileLocks lock = FileLocks.tryTake(committeeFolder.resolve(FILE_NAME), "send again");
        if (lock == null) {
            throw new FileSystemException(committeeFolder.resolve(SendLog.FILE_NAME).toString(), null,
                    "another clerk send to this committee is running; nothing was sent by this one, which can be run"
                            + " again when the other has finished");
        }
        return new SendLock(lock);
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
