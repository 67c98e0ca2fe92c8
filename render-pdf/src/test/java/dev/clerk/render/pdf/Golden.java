package dev.clerk.render.pdf;

import static org.assertj.core.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/golden/; a missing or differing one writes target/golden-actual/. */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String name, String actual) throws Exception {
        String expected;
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String normalized = actual.replace("\r\n", "\n");
        if (normalized.equals(expected)) {
            return;
        }
        Path out = Path.of("target", "golden-actual", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, normalized, StandardCharsets.UTF_8);
        fail((expected == null ? "golden file golden/" + name + " is missing" : "golden/" + name + " differs")
                + "; the actual output is in " + out.toAbsolutePath()
                + " (review it, then copy it to src/test/resources/golden/)");
    }
}
