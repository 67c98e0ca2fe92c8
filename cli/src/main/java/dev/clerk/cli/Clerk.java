package dev.clerk.cli;

import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.ModelReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /** Exit code for bad input: a file that cannot be used. */
    public static final int BAD_INPUT = 1;
    /** Exit code for bad usage: an unknown option, a missing argument. */
    public static final int BAD_USAGE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of unexpected failures.")
    boolean verbose;

    public static void main(String[] args) {
        String command = subcommandOf(args);
        if (command != null && !command.equals("init")) {
            // The command reads committee files: the files it names are parsed, and the readers set up, while
            // picocli starts.
            ModelReader.warmUp(filesNamed(args));
        }
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
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

    /** The committee files {@code args} name (a meeting file, say), each with its committee's committee.yaml. */
    private static List<Path> filesNamed(String... args) {
        Set<Path> files = new LinkedHashSet<>();
        for (String arg : args) {
            if (arg.startsWith("-") || !arg.matches("(?i).+\\.(yaml|yml|json)")) {
                continue;
            }
            try {
                Path file = Path.of(arg);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                    CommitteeFolder.findRoot(file).ifPresent(root -> files.add(root.resolve(CommitteeFolder.BODY_FILE)));
                }
            } catch (InvalidPathException e) {
                // not a file name; picocli or the command says what is wrong with it
            }
        }
        return List.copyOf(files);
    }

    /**
     * The subcommand {@code args} run, when it is one of ours; null otherwise (no subcommand, help, a misspelt
     * name), which gets them all, so that help lists them and a misspelling gets suggestions.
     */
    private static String subcommandOf(String... args) {
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
