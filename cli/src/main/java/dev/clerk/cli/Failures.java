package dev.clerk.cli;

import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one map from what a command throws to its message and exit code, for every command (the README's table):
 * <ul>
 *   <li>{@link InputException}: a file that cannot be used, each problem on its line as
 *       {@code FILE:LINE:COL: FIELD: message}; {@value Clerk#BAD_INPUT}.</li>
 *   <li>{@link IOException} (also wrapped in {@link UncheckedIOException}): a file that cannot be read or an output
 *       that cannot be written, {@code clerk: FILE: reason}; {@value Clerk#BAD_INPUT}.</li>
 *   <li>{@link UsageException}: the command line asks for what cannot be done, {@code clerk: message};
 *       {@value Clerk#BAD_USAGE}, as picocli gives an unknown option or a missing argument.</li>
 *   <li>Anything else is a bug: {@code clerk: internal error: ...}; {@value Clerk#INTERNAL_ERROR}.</li>
 * </ul>
 * Stack traces only with {@code --verbose}. ({@code clerk send} also returns {@value SendCommand#PARTLY_SENT} itself
 * when some recipients were not reached.)
 */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.matchedOption("--verbose") != null
                || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--verbose") != null)
                || (parsed.subcommand() != null && parsed.subcommand().matchedOption("--verbose") != null);
        int code = exitCode(e);
        if (e instanceof InputException input) {
            for (Problem p : input.problems()) {
                err.println(p);
            }
        } else if (e instanceof UsageException) {
            err.println("clerk: " + e.getMessage());
        } else if (code == Clerk.BAD_INPUT) {
            err.println("clerk: " + describe(e instanceof UncheckedIOException u ? u.getCause() : e));
        } else {
            err.println("clerk: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose && code != Clerk.BAD_USAGE && !(e instanceof InputException)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The exit code of a command that threw {@code e}. */
    static int exitCode(Throwable e) {
        if (e instanceof InputException || e instanceof IOException || e instanceof UncheckedIOException) {
            return Clerk.BAD_INPUT;
        }
        if (e instanceof UsageException) {
            return Clerk.BAD_USAGE;
        }
        return Clerk.INTERNAL_ERROR;
    }

    private static String describe(Throwable t) {
        if (t instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (t instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
