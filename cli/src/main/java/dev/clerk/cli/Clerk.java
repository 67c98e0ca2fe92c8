package dev.clerk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code clerk} command: turns a committee folder's YAML into the documents a committee circulates. */
@Command(name = "clerk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Minutes, agendas, task lists and agenda packets for public committees, from YAML.",
        subcommands = {CheckCommand.class, InitCommand.class, MinutesCommand.class, AgendaCommand.class,
                PacketCommand.class, TasksCommand.class, NextCommand.class, SendCommand.class, ImportCommand.class,
                BuildCommand.class,
                CommandLine.HelpCommand.class})
public final class Clerk {
    /** Exit code for bad input: a file that cannot be used. */
    public static final int BAD_INPUT = 1;
    /** Exit code for bad usage: an unknown option, a missing argument. */
    public static final int BAD_USAGE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of unexpected failures.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The configured command line, for tests and for {@link #main}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Clerk());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        return cl;
    }
}
