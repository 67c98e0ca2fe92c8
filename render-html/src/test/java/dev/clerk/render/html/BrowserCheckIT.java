package dev.clerk.render.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.testing.ExternalProgram;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Opens the pages of every document of {@link Pages} (the hand-built samples, the worked example's and the
 * fixtures' minutes, agendas and task lists, and a packet's front) in Debian's Chromium (driven by playwright-core), screenshots and prints them, and checks them
 * with axe-core against WCAG 2.1 A and AA and axe's best practices: no violation is allowed.
 *
 * <p>The Node project is {@code src/test/browser}; {@code .ci/run} installs it with {@code npm ci}, and on a
 * laptop this test does so when {@code node_modules} is missing or older than {@code package-lock.json}. No tool
 * downloads a browser of its own. Without chromium or node the test is skipped, with a message; on CI it fails.
 */
class BrowserCheckIT {
    private static final Path BROWSER = Path.of("src", "test", "browser");
    private static final Path OUT = Path.of("target", "browser-check");

    @Test
    void pagesPassAxeInChromium() throws Exception {
        Path chromium = ExternalProgram.require("chromium");
        Path node = ExternalProgram.require("node");
        installNodeModules();

        Files.createDirectories(OUT);
        List<String> command = new ArrayList<>(List.of(node.toString(), "check.mjs", OUT.toAbsolutePath().toString()));
        List<Path> pages = new ArrayList<>();
        for (Samples.Named sample : Pages.all()) {
            Path page = OUT.resolve(sample.name() + ".html");
            try (OutputStream out = Files.newOutputStream(page)) {
                new HtmlRenderer().render(sample.doc(), out);
            }
            pages.add(page);
            command.add(page.toAbsolutePath().toString());
        }

        Result check = run(command, 600, "CHROMIUM", chromium.toString());
        Files.writeString(OUT.resolve("axe.json"), check.stdout);
        assertThat(check.exit)
                .as("node check.mjs found violations or failed (%s); report:%n%s%n%s", OUT.resolve("axe.json"),
                        check.stdout, check.stderr)
                .isZero();
        assertThat(check.stdout).contains("\"violations\": []").doesNotContain("\"id\":");
        for (Path page : pages) {
            String name = page.getFileName().toString().replace(".html", "");
            for (String ext : List.of(".png", ".pdf")) {
                Path shot = OUT.resolve(name + ext);
                assertThat(shot).as("%s", shot).isRegularFile();
                assertThat(Files.size(shot)).as("size of %s", shot).isGreaterThan(1000);
            }
            byte[] png = Files.readAllBytes(OUT.resolve(name + ".png"));
            assertThat(new String(png, 1, 3, UTF_8)).isEqualTo("PNG");
        }
    }

    /** Runs {@code npm ci} unless node_modules is there and as new as the lock file. */
    private static void installNodeModules() throws Exception {
        Path installed = BROWSER.resolve("node_modules").resolve(".package-lock.json");
        Path lock = BROWSER.resolve("package-lock.json");
        if (Files.isRegularFile(installed)
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            return;
        }
        Path npm = ExternalProgram.require("npm");
        Result ci = run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), 300, null, null);
        assertThat(ci.exit).as("npm ci in %s failed:%n%s%n%s", BROWSER, ci.stdout, ci.stderr).isZero();
        // npm ci may keep the lock's time on the copy it writes: mark the install as newer than the lock.
        Files.setLastModifiedTime(installed, FileTime.fromMillis(System.currentTimeMillis()));
    }

    private static Result run(List<String> command, int seconds, String var, String value)
            throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("browser-check", ".out");
        Path stderr = Files.createTempFile("browser-check", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(BROWSER.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            if (var != null) {
                pb.environment().put(var, value);
            }
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " took more than " + seconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private record Result(int exit, String stdout, String stderr) {
    }
}
