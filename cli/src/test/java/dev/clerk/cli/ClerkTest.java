package dev.clerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: every subcommand is listed, and a run of one has that one under its own name. */
class ClerkTest {
    private static final String[] ALL = {"check", "init", "minutes", "agenda", "form", "packet", "tasks", "next",
            "send", "import", "build", "help"};

    @Test
    void helpListsEverySubcommandUnderTheNameItsAnnotationGives() {
        CommandLine cl = Clerk.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(cl.getSubcommands().keySet()).containsExactly(ALL);
        cl.getSubcommands().forEach((name, sub) -> assertThat(sub.getCommand().getClass()
                .getAnnotation(Command.class).name()).as(name).isEqualTo(name));
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        for (String name : ALL) {
            assertThat(run.out()).contains("  " + name + " ");
        }
    }

    @Test
    void runsTheSubcommandNamedAfterGlobalOptions() {
        CliRun run = CliRun.of("--verbose", "packet", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: clerk packet ");
        assertThat(CliRun.of("help", "tasks").out()).startsWith("Usage: clerk tasks ");
    }

    @Test
    void aMisspeltSubcommandGetsSuggestionsFromAllOfThem() {
        CliRun run = CliRun.of("pakcet", "x.yaml");
        assertThat(run.exitCode()).isEqualTo(Clerk.BAD_USAGE);
        assertThat(run.err()).contains("Unmatched arguments").contains("packet");
    }
}
