package dev.clerk.model.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

/** Named pipes made for tests with {@code mkfifo}; a test is skipped where there is none (not POSIX). */
public final class Fifos {
    private Fifos() {
    }

    /** Makes a named pipe at {@code path}, which nothing writes to: opening it to read would wait forever. */
    public static Path make(Path path) throws InterruptedException {
        int code;
        try {
            code = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
        } catch (IOException e) {
            code = -1;
        }
        assumeTrue(code == 0, "mkfifo is not available here; skipping a test of named pipes");
        return path;
    }
}
