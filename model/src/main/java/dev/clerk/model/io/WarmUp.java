package dev.clerk.model.io;

import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Start-up: the schemas and the binding to records take longer to set up the first time than the first file takes
 * to parse, so they are set up on another thread while the program starts and parses; the files a command names
 * are parsed on a third ({@link TreesAhead}). Whatever needs any of it before it is ready waits for it (class
 * initialisation, Jackson's caches and the trees' futures make that safe), so nothing changes but the time.
 */
final class WarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {
    }

    /** Starts setting up, once per process, and parsing {@code files} beside it. */
    static void begin(List<Path> files) {
        if (STARTED.compareAndSet(false, true)) {
            List<Path> ahead = TreesAhead.claim(files);
            // In the order commands read: the committee file first, then the meetings. The thread that parses
            // the files ahead then sets up for meetings, beside the one that sets up for the committee file.
            if (ahead.isEmpty()) {
                start("clerk-warm-up", () -> {
                    setUp(FileKind.COMMITTEE, Body.class);
                    setUp(FileKind.MEETING, Meeting.class);
                });
            } else {
                start("clerk-warm-up", () -> setUp(FileKind.COMMITTEE, Body.class));
                start("clerk-read-ahead", () -> {
                    TreesAhead.parse(ahead);
                    setUp(FileKind.MEETING, Meeting.class);
                });
            }
        }
    }

    private static void start(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** Sets up the schema of {@code kind} and the binding to {@code type}. */
    private static void setUp(FileKind kind, Class<?> type) {
        try {
            SchemaCheck.of(kind);
            Mappers.JSON.readerFor(type);
        } catch (RuntimeException | LinkageError e) {
            // The thread that reads a file meets the same failure and reports it.
        }
    }
}
