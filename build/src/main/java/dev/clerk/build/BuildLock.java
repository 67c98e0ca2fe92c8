package dev.clerk.build;

import dev.clerk.model.io.FileLocks;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The claim of one build on an output folder: an operating-system lock on {@code .clerk-build.lock} beside the
 * manifest, held while the build writes there. Two builds (or a build and {@code clerk send}, which builds what
 * it sends) never write the same folder at once, so the one holding the lock knows that no other build is
 * writing there. The system releases the lock when the process ends, even when it is killed, so an interrupted
 * build never leaves the folder locked; the empty file stays (removing it would let two builds lock two files).
 */
final class BuildLock implements AutoCloseable {
    static final String FILE = ".clerk-build.lock";
    private final FileLocks lock;

    private BuildLock(FileLocks lock) {
        this.lock = lock;
    }

    /** Takes the lock of {@code outDir} (created if need be), or says that another build holds it. */
    static BuildLock take(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        FileLocks lock = FileLocks.tryTake(outDir.resolve(FILE), "build again");
        if (lock == null) {
            throw new FileSystemException(outDir.toString(), null,
                    "another clerk build is writing to this folder; run this one again when it has finished");
        }
        return new BuildLock(lock);
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
