package dev.clerk.cli;

import dev.clerk.model.check.CheckReport;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Problem;
import dev.clerk.model.io.TaskIdWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk check}: validates a committee folder or one of its files. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "Validate a committee folder or one of its files.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "A committee folder, a committee.yaml or a meeting file (default: the current folder).")
    Path path;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Option(names = "--fix", description = "First give an id to every action item that has none, writing it into its file.")
    boolean fix;

    @Override
    public Integer call() throws Exception {
        CheckedCommittee checked = Checker.examine(path);
        if (fix && assignIds(checked)) {
            checked = Checker.examine(path); // what --fix just wrote
        }
        CheckReport report = checked.report();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(report.toJson());
        } else {
            PrintWriter err = spec.commandLine().getErr();
            for (Problem p : report.problems()) {
                err.println(p);
            }
            if (report.isClean()) {
                out.printf("ok: %d committee%s, %d meeting%s, %d action item%s, %d warning%s%n",
                        report.committees(), plural(report.committees()), report.meetings(), plural(report.meetings()),
                        report.actionItems(), plural(report.actionItems()), report.warnings(), plural(report.warnings()));
            } else {
                err.printf("%d error%s, %d warning%s%n", report.errors(), plural(report.errors()),
                        report.warnings(), plural(report.warnings()));
            }
        }
        return report.isClean() ? 0 : Clerk.BAD_INPUT;
    }

    /**
     * Writes the missing task ids, saying whether it wrote any; files that cannot be read are left for the check to
     * report.
     */
    private boolean assignIds(CheckedCommittee checked) throws Exception {
        List<TaskIdWriter.Edit> edits;
        try {
            edits = TaskIdWriter.plan(checked.meetingFiles());
        } catch (InputException e) {
            return false;
        }
        for (TaskIdWriter.Edit edit : edits) {
            AtomicFile.write(edit.file(), edit.text());
            spec.commandLine().getErr().println("assigned task id" + (edit.ids().size() == 1 ? " " : "s ")
                    + String.join(", ", edit.ids()) + " in " + edit.file());
        }
        return !edits.isEmpty();
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
