package dev.clerk.cli;

import dev.clerk.build.Blocked;
import dev.clerk.build.BuildPlan;
import dev.clerk.build.CommitteeBuild;
import dev.clerk.build.Outcome;
import dev.clerk.build.Target;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk build}: every document of a committee folder, and an index page, rebuilding only what changed. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Make every document of a committee: for each meeting its minutes (when it has minutes) and"
                + " its agenda, the committee's open-task list, and an index.html linking them all.",
                "Only what changed since the last build is made again (content hashes kept in OUT/.clerk-build)."
                + " A meeting file with errors is reported; the rest is still built, and the exit code is 1."})
final class BuildCommand implements Callable<Integer> {
    /** Whether the standard output is a terminal, where progress is shown. */
    static BooleanSupplier terminal = () -> System.console() != null;
    /** The clock that times the build, in nanoseconds. */
    static LongSupplier nanoTime = System::nanoTime;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The committee folder, or any folder in it (default: the current folder).")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the documents (default: DIR/out); not"
            + " the committee folder itself, nor its meetings/ or attachments/ folder.")
    Path out;

    @Option(names = "--force", description = "Make every document again, even those that are up to date.")
    boolean force;

    @Option(names = "--quiet", description = "No progress and no summary; only problems are printed.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        long started = nanoTime.getAsLong();
        Path root = root(dir);
        Path outDir = out != null ? out : root.resolve(BuiltDocuments.OUT);
        CommandInputs inputs = CommandInputs.ofDocuments().committee(root);
        if (out != null) {
            inputs.refuseAsFolder("--out", out);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        CommitteeBuild build = CommitteeBuild.plan(root);
        BuildPlan plan = build.plan();
        if (out != null) {
            inputs.refuseFilesIn("--out", out, build.outputs());
        }
        plan.problems().forEach(err::println);
        plan.blocked().forEach(b -> err.println(b));
        long warnings = plan.problems().stream().filter(p -> !p.isError()).count();
        long errors = plan.problems().stream().filter(Problem::isError).count();
        if (plan.committee() == null) {
            summary(stdout, outDir, List.of(), plan.blocked(), warnings, errors, started);
            return Clerk.BAD_INPUT;
        }

        Progress progress = new Progress(stdout, build.targets().size(), !quiet && terminal.getAsBoolean());
        CommitteeBuild.Result result = build.run(outDir, Version.fingerprint(), force, progress::showing);
        progress.done();
        List<Outcome> outcomes = result.outcomes();
        result.findings().forEach(err::println);
        warnings += result.findings().size();
        // A problem several documents share (a character of the body's name no font has) is printed once.
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Outcome o : outcomes) {
            if (o.status() == Outcome.Status.FAILED) {
                report(err, o, reported);
            } else if (o.reason() == Outcome.Reason.ALTERED) {
                err.println(outDir.resolve(o.target().output()) + ": differs from what the last build wrote"
                        + " (damaged or replaced); written again");
            }
        }
        changedDuringBuild(err, outcomes);
        long failed = outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).count();
        summary(stdout, outDir, outcomes, plan.blocked(), warnings, errors + failed, started);
        return errors + failed > 0 || !plan.blocked().isEmpty() ? Clerk.BAD_INPUT : 0;
    }

    /** The committee folder as the user named it, so that messages name files the way they typed them. */
    private static Path root(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(Problem.error(dir.toString(), Position.FILE, "", Files.exists(dir)
                    ? "not a folder; give the committee folder" : "no such folder"));
        }
        if (Files.isRegularFile(dir.resolve(CommitteeFolder.BODY_FILE))) {
            return dir;
        }
        Path found = CommitteeFolder.root(dir);
        if (dir.isAbsolute()) {
            return found;
        }
        Path rel = Path.of("").toAbsolutePath().relativize(found);
        return rel.toString().isEmpty() ? Path.of(".") : rel;
    }

    private static void report(PrintWriter err, Outcome o, java.util.Set<String> reported) {
        if (o.error() instanceof InputException input) {
            input.problems().stream().map(Problem::toString).filter(reported::add).forEach(err::println);
            err.println(o.target().output() + ": not built: " + (input.problems().size() == 1 ? "the problem"
                    : "the " + input.problems().size() + " problems") + " above");
        } else {
            Throwable cause = o.error() instanceof UncheckedIOException u ? u.getCause() : o.error();
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            if (cause instanceof java.nio.file.FileSystemException f && f.getFile() != null
                    && Path.of(f.getFile()).endsWith(o.target().output())) {
                // The document itself could not be written (a full disk): the message names it already.
                err.println(message);
                return;
            }
            err.println(o.target().output() + ": not built: " + message);
        }
    }

    /**
     * Names each input that changed while the build was under way: the documents made from it may not show the
     * change, so they are not recorded as built, and the next build makes them again.
     */
    private static void changedDuringBuild(PrintWriter err, List<Outcome> outcomes) {
        java.util.Map<Path, List<String>> outputs = new java.util.LinkedHashMap<>();
        for (Outcome o : outcomes) {
            o.changed().forEach(p -> outputs.computeIfAbsent(p, k -> new ArrayList<>()).add(o.target().output()));
        }
        outputs.forEach((input, made) -> err.println(input + ": changed during the build, so "
                + (made.size() == 1 ? made.get(0) + " may not show the change; the next build makes it again"
                : made.size() + " documents may not show the change; the next build makes them again")));
    }

    private void summary(PrintWriter stdout, Path outDir, List<Outcome> outcomes, List<Blocked> blocked,
                         long warnings, long errors, long started) {
        if (quiet) {
            return;
        }
        long written = outcomes.stream().filter(o -> o.status() == Outcome.Status.WRITTEN).count();
        long upToDate = outcomes.stream().filter(o -> o.status() == Outcome.Status.UP_TO_DATE).count();
        List<String> parts = new ArrayList<>();
        if (written == 0 && upToDate > 0 && blocked.isEmpty() && errors == 0) {
            parts.add("everything up to date (" + count(upToDate, "document") + ")");
        } else {
            parts.add(written + " written");
            parts.add(upToDate + " up to date");
            if (!blocked.isEmpty()) {
                parts.add(blocked.size() + " not built");
            }
        }
        parts.add(count(warnings, "warning"));
        parts.add(count(errors, "error"));
        double seconds = (nanoTime.getAsLong() - started) / 1e9;
        stdout.println(outDir + ": " + String.join(", ", parts) + String.format(Locale.ROOT, " (%.1f s)", seconds));
        stdout.flush();
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** A counter line rewritten in place while documents render, on a terminal only. */
    private static final class Progress {
        private final PrintWriter out;
        private final int total;
        private final boolean shown;
        private int done;
        private int width;

        Progress(PrintWriter out, int total, boolean shown) {
            this.out = out;
            this.total = total;
            this.shown = shown;
        }

        /** The target, announcing itself on the counter line when it is rendered (not when up to date). */
        Target showing(Target t) {
            if (!shown) {
                return t;
            }
            return t.withContent(o -> {
                line(String.format(Locale.ROOT, "[%d/%d] %s", ++done, total, t.output()));
                t.content().writeTo(o);
            });
        }

        private void line(String text) {
            out.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            out.flush();
            width = text.length();
        }

        void done() {
            if (shown && width > 0) {
                out.print("\r" + " ".repeat(width) + "\r");
                out.flush();
            }
        }
    }
}
