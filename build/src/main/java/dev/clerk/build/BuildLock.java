package dev.clerk.build;

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
 * The claim of one build on an output folder: an operating-system lock on {@code .clerk-build.lock} beside the
 * manifest, held while the build writes there. Two builds (or a build and {@code clerk send}, which builds what
 * it sends) never write the same folder at once, so the one holding the lock knows that no other build is
 * writing there. The system releases the lock when the process ends, even when it is killed, so an interrupted
 * build never leaves the folder locked; the empty file stays (removing it would let two builds lock two files).
 */
final class BuildLock implements AutoCloseable {
    static final String FILE = ".clerk-build.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code outDir} (created if need be), or says that another build holds it. */
    static BuildLock take(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE);
        // Opening a FIFO for writing would wait for a reader: what is not a regular file is refused.
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(file.toString(), null, "is not a regular file; remove it and build again");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another build in this same program
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new FileSystemException(outDir.toString(), null,
                    "another clerk build is writing to this folder; run this one again when it has finished");
        }
        return new BuildLock(channel, lock);
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
