package dev.clerk.mail;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a committed golden file under src/test/resources/golden/. A missing or different golden file
 * writes the actual output under target/golden-actual/ and fails naming that path, so updating one is a reviewed copy.
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        String expected;
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (actual.equals(expected)) {
            return;
        }
        Path out = Path.of("target", "golden-actual", name).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        fail((expected == null ? "no golden file golden/" + name : "differs from golden/" + name)
                + "; the actual output is in " + out + " (review it, then copy it to src/test/resources/golden/)");
    }
}
