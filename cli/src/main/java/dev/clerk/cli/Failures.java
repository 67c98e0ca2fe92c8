package dev.clerk.cli;

import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Problem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps what a command throws to one-line messages and an exit code; stack traces only with --verbose. */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.matchedOption("--verbose") != null
                || parsed.subcommands().stream().anyMatch(p -> p.matchedOption("--verbose") != null)
                || (parsed.subcommand() != null && parsed.subcommand().matchedOption("--verbose") != null);
        if (e instanceof InputException input) {
            for (Problem p : input.problems()) {
                err.println(p);
            }
            return Clerk.BAD_INPUT;
        }
        if (e instanceof UsageException) {
            err.println("clerk: " + e.getMessage());
            return Clerk.BAD_USAGE;
        }
        if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            err.println("clerk: " + describe(cause));
            if (verbose) {
                e.printStackTrace(err);
            }
            return Clerk.BAD_INPUT;
        }
        err.println("clerk: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return 70;
    }

    private static String describe(Throwable t) {
        if (t instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (t instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
