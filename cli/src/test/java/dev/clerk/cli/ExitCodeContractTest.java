package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The exit-code contract of the README, the same for every subcommand: 0 done, 1 bad input (a file that cannot be
 * used, not being inside a committee folder), 2 bad usage (an unknown option, a missing argument), 70 a bug; and
 * {@code --help} and {@code --version} exit 0 everywhere.
 */
class ExitCodeContractTest {
    /** Every subcommand but help, which is picocli's. */
    private static final List<String> COMMANDS = List.of("check", "init", "minutes", "agenda", "form", "packet",
            "tasks", "next", "send", "import", "build");

    @TempDir
    static Path tmp;
    /** A committee folder, made by {@code clerk init}. */
    static Path committee;
    /** A folder outside any committee folder, with a meeting file and minutes to import. */
    static Path outside;

    @BeforeAll
    static void folders() throws Exception {
        committee = tmp.resolve("committee");
        assertThat(CliRun.of("init", committee.toString(), "--body", "Test Committee").exitCode()).isZero();
        outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(outside.resolve("2017-03-27.yaml"), "date: 2017-03-27\n");
        Files.writeString(outside.resolve("notes.txt"), "Minutes of March 27, 2017\n");
    }

    @Test
    void theTestCoversEverySubcommand() {
        CommandLine cl = Clerk.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Set<String> all = new java.util.TreeSet<>(cl.getSubcommands().keySet());
        all.remove("help");
        assertThat(all).containsExactlyInAnyOrderElementsOf(COMMANDS);
    }

    static Stream<String> commands() {
        return COMMANDS.stream();
    }

    @ParameterizedTest(name = "clerk {0} --help")
    @MethodSource("commands")
    void helpExitsZeroOnEverySubcommand(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Usage: clerk " + command + " ");
        assertThat(run.err()).isEmpty();
        assertThat(CliRun.of(command, "-h").exitCode()).isZero();
    }

    @ParameterizedTest(name = "clerk {0} --version")
    @MethodSource("commands")
    void versionExitsZeroOnEverySubcommand(String command) {
        assertThat(CliRun.of(command, "--version")).isEqualTo(new CliRun(0, "clerk " + Version.current() + "\n", ""));
    }

    @ParameterizedTest(name = "clerk {0} --no-such-option")
    @MethodSource("commands")
    void anUnknownOptionIsBadUsageOnEverySubcommand(String command) {
        CliRun run = switch (command) {
            case "init" -> CliRun.of(command, tmp.resolve("new").toString(), "--body", "B", "--no-such-option");
            case "check", "tasks", "build" -> CliRun.of(command, "--no-such-option");
            default -> CliRun.of(command, committee.resolve("meetings/2017-03-27.yaml").toString(),
                    "--no-such-option");
        };
        assertThat(run.exitCode()).isEqualTo(Clerk.BAD_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Unknown option: '--no-such-option'");
    }

    /** The commands whose argument is required, and picocli's word for it. */
    static Stream<Arguments> required() {
        return Stream.of(
                Arguments.of("init", "Missing required parameter: 'DIR'"),
                Arguments.of("minutes", "Missing required parameter: 'MEETING'"),
                Arguments.of("agenda", "Missing required parameter: 'MEETING'"),
                Arguments.of("form", "Missing required parameter: 'MEETING'"),
                Arguments.of("packet", "Missing required parameter: 'MEETING'"),
                Arguments.of("next", "Missing required parameter: 'MEETING'"),
                Arguments.of("send", "Missing required parameter: 'MEETING'"),
                Arguments.of("import", "Missing required parameter: 'FILE'"));
    }

    @ParameterizedTest(name = "clerk {0} without its argument")
    @MethodSource("required")
    void aMissingArgumentIsBadUsage(String command, String message) {
        String[] args = command.equals("init") ? new String[] {command, "--body", "B"} : new String[] {command};
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(Clerk.BAD_USAGE);
        assertThat(run.err()).startsWith(message);
    }

    /** Each command that needs a committee, run outside one; the path named in its message. */
    static Stream<Arguments> outsideACommittee() {
        return Stream.of(
                Arguments.of(List.of("check", "DIR"), "DIR"),
                Arguments.of(List.of("build", "DIR"), "DIR"),
                Arguments.of(List.of("tasks", "DIR"), "DIR"),
                Arguments.of(List.of("tasks", "DIR", "--format", "pdf"), "DIR"),
                Arguments.of(List.of("minutes", "MEETING"), "MEETING"),
                Arguments.of(List.of("agenda", "MEETING"), "MEETING"),
                Arguments.of(List.of("agenda", "MEETING", "--format", "docx"), "MEETING"),
                Arguments.of(List.of("form", "MEETING"), "MEETING"),
                Arguments.of(List.of("packet", "MEETING"), "MEETING"),
                Arguments.of(List.of("next", "MEETING", "--date", "2017-05-22"), "MEETING"),
                Arguments.of(List.of("send", "MEETING", "--dry-run"), "MEETING"),
                Arguments.of(List.of("import", "NOTES", "--committee", "DIR"), "DIR"));
    }

    @ParameterizedTest(name = "clerk {0} outside a committee folder")
    @MethodSource("outsideACommittee")
    void notBeingInsideACommitteeFolderIsTheSameBadInputForEveryCommand(List<String> args, String named) {
        CliRun run = CliRun.of(args.stream().map(ExitCodeContractTest::outsidePath).toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Clerk.BAD_INPUT);
        assertThat(run.err().lines().findFirst()).hasValue(outsidePath(named) + ": not inside a committee folder (no"
                + " committee.yaml here or above); create one with 'clerk init'");
    }

    private static String outsidePath(String arg) {
        return switch (arg) {
            case "DIR" -> outside.toString();
            case "MEETING" -> outside.resolve("2017-03-27.yaml").toString();
            case "NOTES" -> outside.resolve("notes.txt").toString();
            default -> arg;
        };
    }

    /** Each command given a file or folder that does not exist, in a committee folder. */
    static Stream<Arguments> missingFiles() {
        return Stream.of(
                Arguments.of(List.of("check", "meetings/2017-03-27.yaml")),
                Arguments.of(List.of("build", "nowhere")),
                Arguments.of(List.of("tasks", "nowhere")),
                Arguments.of(List.of("minutes", "meetings/2017-03-27.yaml")),
                Arguments.of(List.of("agenda", "meetings/2017-03-27.yaml")),
                Arguments.of(List.of("form", "meetings/2017-03-27.yaml")),
                Arguments.of(List.of("packet", "meetings/2017-03-27.yaml")),
                Arguments.of(List.of("next", "meetings/2017-03-27.yaml", "--date", "2017-05-22")),
                Arguments.of(List.of("send", "meetings/2017-03-27.yaml", "--dry-run")),
                Arguments.of(List.of("import", "notes.txt")));
    }

    @ParameterizedTest(name = "clerk {0}: no such file")
    @MethodSource("missingFiles")
    void aFileThatDoesNotExistIsBadInputNamingIt(List<String> args) {
        String missing = committee.resolve(args.get(1)).toString();
        List<String> given = new ArrayList<>(args);
        given.set(1, missing);
        CliRun run = CliRun.of(given.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Clerk.BAD_INPUT);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .matches("(clerk: )?\\Q" + missing + "\\E: no such (file|folder|file or folder)");
    }

    @Test
    void anOutputThatCannotBeWrittenIsBadInput() throws Exception {
        Path meeting = committee.resolve("meetings/2017-03-27.yaml");
        Files.writeString(meeting, "date: 2017-03-27\nagenda:\n  - title: Welcome\n");
        Path blocked = Files.writeString(tmp.resolve("a-file"), "");
        CliRun run = CliRun.of("agenda", meeting.toString(), "-o", blocked.resolve("agenda.md").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Clerk.BAD_INPUT);
        assertThat(run.err()).startsWith("clerk: ").contains(blocked.toString()).doesNotContain("\tat ");
        Files.delete(meeting);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new InputException(Problem.error("m.yaml", new Position(2, 7), "date", "not a date")),
                        Clerk.BAD_INPUT, "m.yaml:2:7: date: not a date\n"),
                Arguments.of(new NoSuchFileException("m.yaml"), Clerk.BAD_INPUT, "clerk: m.yaml: no such file\n"),
                Arguments.of(new UncheckedIOException(new AccessDeniedException("out/x.pdf")), Clerk.BAD_INPUT,
                        "clerk: out/x.pdf: permission denied\n"),
                Arguments.of(new IOException("out/x.pdf: No space left on device"), Clerk.BAD_INPUT,
                        "clerk: out/x.pdf: No space left on device\n"),
                Arguments.of(new UsageException("--date: give a date"), Clerk.BAD_USAGE, "clerk: --date: give a date\n"),
                Arguments.of(new IllegalStateException("a bug"), Clerk.INTERNAL_ERROR,
                        "clerk: internal error: java.lang.IllegalStateException: a bug (run with --verbose for details)\n"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void everyFailureMapsToOneExitCodeAndOneLine(Exception thrown, int code, String message) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Thrower(thrown));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new Failures());
        assertThat(cl.execute()).isEqualTo(code);
        assertThat(err.toString()).isEqualTo(message);
        assertThat(Arrays.asList(Clerk.BAD_INPUT, Clerk.BAD_USAGE, SendCommand.PARTLY_SENT, Clerk.INTERNAL_ERROR))
                .containsExactly(1, 2, 3, 70);
    }

    @CommandLine.Command(name = "thrower")
    static final class Thrower implements java.util.concurrent.Callable<Integer> {
        private final Exception thrown;

        Thrower(Exception thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            throw thrown;
        }
    }
}
