package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule for where a document goes without {@code -o}, for every command and format: Word, PDF and web pages into
 * the committee's out/ under the names {@code clerk build} gives them; Markdown, CSV and JSON to standard output.
 */
class DefaultOutputTest {
    @TempDir
    static Path tmp;
    static Path committee;
    /** What {@code clerk build} makes, by file name. */
    static List<String> built;

    @BeforeAll
    static void example() throws Exception {
        committee = tmp.resolve("swtpic");
        CliRun.copy(Path.of("../examples/swtpic"), committee);
        Path out = tmp.resolve("built");
        CliRun build = CliRun.of("build", committee.toString(), "--out", out.toString(), "--quiet");
        assertThat(build.exitCode()).as(build.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            built = files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** Command, format, and the file in out/ it writes (null: standard output). */
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("minutes", "docx", "2017-03-27-minutes.docx"),
                Arguments.of("minutes", "pdf", "2017-03-27-minutes.pdf"),
                Arguments.of("minutes", "html", "2017-03-27-minutes.html"),
                Arguments.of("agenda", "docx", "2017-05-22-agenda.docx"),
                Arguments.of("agenda", "pdf", "2017-05-22-agenda.pdf"),
                Arguments.of("agenda", "html", "2017-05-22-agenda.html"),
                Arguments.of("agenda", "md", null),
                Arguments.of("form", "docx", "2017-05-22-form.docx"),
                Arguments.of("packet", "pdf", "2017-05-22-packet.pdf"),
                Arguments.of("tasks", "docx", "tasks.docx"),
                Arguments.of("tasks", "pdf", "tasks.pdf"),
                Arguments.of("tasks", "html", "tasks.html"),
                Arguments.of("tasks", "md", null),
                Arguments.of("tasks", "csv", null),
                Arguments.of("tasks", "json", null));
    }

    @ParameterizedTest(name = "clerk {0} --format {1}")
    @MethodSource("documents")
    void everyCommandAndFormatWritesWhereTheOneRuleSays(String command, String format, String file) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        switch (command) {
            case "minutes" -> args.add(committee.resolve("meetings/2017-03-27.yaml").toString());
            case "tasks" -> args.addAll(List.of(committee.toString(), "--as-of", "2017-05-21"));
            default -> args.add(committee.resolve("meetings/2017-05-22.yaml").toString());
        }
        if (!command.equals("form") && !command.equals("packet")) {
            args.addAll(List.of("--format", format));
        }
        Path out = committee.resolve("out");
        Path expected = file == null ? null : out.resolve(file);
        if (expected != null) {
            Files.deleteIfExists(expected);
        }
        List<Path> here = inWorkingFolder();
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> strays = new ArrayList<>(inWorkingFolder());
        strays.removeAll(here);
        strays.forEach(f -> f.toFile().delete());
        assertThat(strays).as("written into the working folder").isEmpty();
        if (expected == null) {
            assertThat(run.out()).as("printed").isNotEmpty();
        } else {
            assertThat(expected).isRegularFile().isNotEmptyFile();
            assertThat(run.out() + run.err()).contains("wrote ");
            if (!command.equals("form")) {
                assertThat(built).as("the name clerk build gives it").contains(file);
            }
        }
    }

    @Test
    void theRuleIsWrittenOnce() {
        Path root = Path.of("c");
        assertThat(DefaultOutput.ofMeeting(root, Path.of("c/meetings/2017-05-22-special.yaml"), "agenda", "pdf"))
                .isEqualTo(Path.of("c/out/2017-05-22-special-agenda.pdf"));
        assertThat(DefaultOutput.ofCommittee(root, "tasks", "html")).isEqualTo(Path.of("c/out/tasks.html"));
        assertThat(DefaultOutput.ofCommittee(root, "tasks", "csv")).isNull();
        assertThat(DefaultOutput.ofMeeting(root, Path.of("m.yaml"), "agenda", "md")).isNull();
    }

    private static List<Path> inWorkingFolder() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
            return files.filter(Files::isRegularFile).map(Path::toAbsolutePath).toList();
        }
    }
}
