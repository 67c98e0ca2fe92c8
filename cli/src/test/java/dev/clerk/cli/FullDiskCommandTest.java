package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that cannot be written, as on a full disk: one sentence naming the file, exit 1, the file there before
 * left as it was and no temporary file behind, for every command that writes a document. The failure is real: Clerk
 * runs in a child JVM under {@code ulimit -f} (the largest file it may write), so every write past 16 KB fails with
 * "File too large" (EFBIG) exactly where a full disk fails with "No space left on device" (ENOSPC); no root, no
 * mount and no device node is needed.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FullDiskCommandTest {
    /** The largest file the child may write, in 1024-byte blocks: less than any PDF of the example. */
    private static final int LIMIT_KB = 16;
    private static final String REASON = ": could not be written: File too large";

    @TempDir
    Path dir;
    Path committee;

    @BeforeEach
    void posixShell() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")),
                "FullDiskCommandTest skipped: no /bin/bash to run Clerk under 'ulimit -f'");
        committee = dir.resolve("committee");
        CliRun.copy(example(), committee);
    }

    @Test
    void aDocumentThatCannotBeWrittenIsNamedAndThePreviousOneKept() throws Exception {
        String march = committee.resolve("meetings/2017-03-27.yaml").toString();
        String may = committee.resolve("meetings/2017-05-22.yaml").toString();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("minutes.pdf", List.of("minutes", march, "--format", "pdf"));
        commands.put("agenda.pdf", List.of("agenda", may, "--format", "pdf"));
        commands.put("packet.pdf", List.of("packet", may));
        commands.put("tasks.pdf", List.of("tasks", committee.toString(), "--format", "pdf"));
        Path outputs = Files.createDirectories(dir.resolve("documents"));
        for (var command : commands.entrySet()) {
            Path output = Files.writeString(outputs.resolve(command.getKey()), "previous");
            List<String> args = new ArrayList<>(command.getValue());
            args.addAll(List.of("-o", output.toString()));
            Result run = clerkOnAFullDisk(args);
            assertThat(run.err()).as("clerk %s", args).isEqualTo("clerk: " + output + REASON + "\n");
            assertThat(run.exitCode()).as("clerk %s", args).isEqualTo(1);
            assertThat(Files.readString(output)).isEqualTo("previous");
        }
        assertThat(names(outputs)).containsExactlyInAnyOrderElementsOf(commands.keySet());
    }

    @Test
    void aBuildNamesEachDocumentItCannotWriteAndKeepsThePreviousOnes() throws Exception {
        Path out = dir.resolve("out");
        assertThat(CliRun.of("build", committee.toString(), "--out", out.toString(), "--quiet").exitCode()).isZero();
        Map<String, byte[]> before = new LinkedHashMap<>();
        for (String name : names(out)) {
            before.put(name, Files.readAllBytes(out.resolve(name)));
        }

        Result run = clerkOnAFullDisk(List.of("build", committee.toString(), "--out", out.toString(), "--force",
                "--quiet"));
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).contains(out.resolve("2017-03-27-minutes.pdf") + REASON,
                out.resolve("2017-05-22-packet.pdf") + REASON, out.resolve("tasks.pdf") + REASON);
        assertThat(lines).allSatisfy(line -> assertThat(line).startsWith(out + "/").endsWith(REASON));
        assertThat(names(out)).containsExactlyInAnyOrderElementsOf(before.keySet());
        for (String line : lines) {
            String name = Path.of(line.substring(0, line.length() - REASON.length())).getFileName().toString();
            assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(before.get(name));
        }
    }

    private record Result(int exitCode, String err) {
    }

    /** Runs Clerk in a child JVM that may write no file larger than {@value #LIMIT_KB} KB. */
    private Result clerkOnAFullDisk(List<String> args) throws Exception {
        StringBuilder command = new StringBuilder("ulimit -f " + LIMIT_KB + " && exec \"$0\" \"$@\"");
        List<String> argv = new ArrayList<>(List.of("/bin/bash", "-c", command.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-Xshare:off", "-cp", System.getProperty("java.class.path"), Clerk.class.getName()));
        argv.addAll(args);
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("clerk %s ends", args).isTrue();
        // stderr.txt is written by the child under the limit, but one line is far below it.
        return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static Path example() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/swtpic"))) {
                return p.resolve("examples/swtpic");
            }
        }
        throw new IllegalStateException("examples/swtpic not found");
    }
}
