package dev.clerk.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * Compares an output with its committed golden file, {@code src/test/resources/golden/NAME}. When the golden file
 * is missing or differs, the actual output is written to {@code target/golden-actual/NAME} and the test fails
 * naming that path, so that updating a golden file is a reviewed copy.
 */
public final class Golden {
    private Golden() {
    }

    /** Fails unless {@code actual} equals the golden file {@code name}. */
    public static void assertMatches(String name, String actual) {
        Path golden = Path.of("src/test/resources/golden").resolve(name);
        try {
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            if (actual.equals(expected)) {
                return;
            }
            Path out = Path.of("target/golden-actual").resolve(name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            String why = expected == null ? "golden file " + golden + " is missing" : "output differs from " + golden;
            throw new AssertionFailedError(why + "; the actual output is in " + out.toAbsolutePath()
                    + " (review it, then copy it over the golden file)", expected, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
