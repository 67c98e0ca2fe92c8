package dev.clerk.model.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds outside programs (LibreOffice, qpdf, pandoc) for {@code *IT} tests. A missing program skips the test
 * with a visible message on a developer's laptop, and fails it when {@code CI=true}, so CI always runs it.
 * Shared with the other modules through the model's test jar.
 */
public final class ExternalProgram {
    private ExternalProgram() {
    }

    /** The program on the PATH, or a skipped (locally) or failed (on CI) test. */
    public static Path require(String name) {
        Optional<Path> found = find(name);
        if (found.isEmpty()) {
            String message = "'" + name + "' is not on the PATH; install it (see .ci/run) to run this test";
            if (isCi()) {
                throw new AssertionError(message + " (CI=true: outside programs are required on CI)");
            }
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        return found.get();
    }

    /** The program on the PATH, if it is there. */
    public static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether the tests run on CI, where nothing may be skipped. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
