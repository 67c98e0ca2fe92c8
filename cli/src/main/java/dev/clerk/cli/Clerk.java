package dev.clerk.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code clerk} command: turns a committee folder's YAML into the documents a committee circulates. */
@Command(name = "clerk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Minutes, agendas, task lists and agenda packets for public committees, from YAML.")
public final class Clerk {
    /**
     * The subcommands, in the order help lists them. They are added to the command line in code rather than in
     * the annotation so that a run can add just the one it runs: picocli reads every added command's annotations
     * up front, which took a fifth of the start-up of a short job.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("init", InitCommand::new);
        SUBCOMMANDS.put("minutes", MinutesCommand::new);
        SUBCOMMANDS.put("agenda", AgendaCommand::new);
        SUBCOMMANDS.put("form", FormCommand::new);
        SUBCOMMANDS.put("packet", PacketCommand::new);
        SUBCOMMANDS.put("tasks", TasksCommand::new);
        SUBCOMMANDS.put("next", NextCommand::new);
        SUBCOMMANDS.put("send", SendCommand::new);
        SUBCOMMANDS.put("import", ImportCommand::new);
        SUBCOMMANDS.put("build", BuildCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** Exit code for bad input: a file that cannot be used, an output that cannot be written. */
    public static final int BAD_INPUT = 1;
    /** Exit code for bad usage: an unknown option, a missing argument, options that do not go together. */
    public static final int BAD_USAGE = 2;
    /** Exit code for a bug in Clerk (EX_SOFTWARE of sysexits.h). */
    public static final int INTERNAL_ERROR = 70;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of unexpected failures.")
    boolean verbose;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: under cron's LANG=C the JVM's own streams would print "Łukasz" as "?ukasz".
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        System.setOut(out);
        System.setErr(err);
        PrintWriter outText = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errText = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int code;
        try (StartUp startUp = StartUp.begin(subcommandOf(args), args)) {
            code = run(outText, errText, args);
        }
        outText.flush();
        errText.flush();
        System.exit(code);
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), true,
                StandardCharsets.UTF_8);
    }

    /** Runs the command line with the given output streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        String only = subcommandOf(args);
        return commandLine(out, err, only == null ? SUBCOMMANDS : Map.of(only, SUBCOMMANDS.get(only))).execute(args);
    }

    /** The configured command line with every subcommand, for tests and for help. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, SUBCOMMANDS);
    }

    /** The configured command line with {@code subcommands}, by name, in their order. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, Supplier<Object>> subcommands) {
        CommandLine cl = new CommandLine(new Clerk());
        subcommands.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        return cl;
    }

    /**
     * The subcommand {@code args} run, when it is one of ours; null otherwise (no subcommand, help, a misspelt
     * name), which gets them all, so that help lists them and a misspelling gets suggestions.
     */
    static String subcommandOf(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) && !arg.equals("help") ? arg : null;
            }
        }
        return null;
    }
}
