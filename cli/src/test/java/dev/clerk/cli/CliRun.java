package dev.clerk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line, as a test sees it.
 *
 * @param exitCode the exit code
 * @param out      what was printed on standard output
 * @param err      what was printed on standard error
 */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Clerk.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
