package dev.clerk.model.io;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up: the schemas and the binding to records take longer to set up the first time than the first file takes
 * to parse, so they are set up on another thread while it is parsed. A file that needs them before they are ready
 * waits for them (class initialisation and Jackson's caches make that safe), so nothing changes but the time.
 */
final class WarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {
    }

    /** Starts setting up, once per process. */
    static void begin() {
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(WarmUp::run, "clerk-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void run() {
        try {
            SchemaCheck.of(FileKind.MEETING);
            Mappers.JSON.readerFor(Meeting.class);
            Mappers.JSON.readerFor(Body.class);
        } catch (RuntimeException | LinkageError e) {
            // The thread that reads the file meets the same failure and reports it.
        }
    }
}
