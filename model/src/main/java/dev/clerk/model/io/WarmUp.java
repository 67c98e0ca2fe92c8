package dev.clerk.model.io;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up: the schemas and the binding to records take longer to set up the first time than the first file takes
 * to parse, so they are set up on another thread while the program starts and parses. The files a command names
 * are parsed there first ({@link TreesAhead}). Whatever needs any of it before it is ready waits for it (class
 * initialisation, Jackson's caches and the trees' futures make that safe), so nothing changes but the time.
 */
final class WarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {
    }

    /** Starts setting up, once per process, parsing {@code files} first. */
    static void begin(List<Path> files) {
        if (STARTED.compareAndSet(false, true)) {
            List<Path> ahead = TreesAhead.claim(files);
            Thread t = new Thread(() -> run(ahead), "clerk-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void run(List<Path> files) {
        try {
            TreesAhead.parse(files);
            // In the order commands read: the committee file first, then the meetings.
            SchemaCheck.of(FileKind.COMMITTEE);
            Mappers.JSON.readerFor(Body.class);
            SchemaCheck.of(FileKind.MEETING);
            Mappers.JSON.readerFor(Meeting.class);
        } catch (RuntimeException | LinkageError e) {
            // The thread that reads the file meets the same failure and reports it.
        }
    }
}
