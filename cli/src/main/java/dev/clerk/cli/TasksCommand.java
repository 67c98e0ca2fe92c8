package dev.clerk.cli;

import dev.clerk.build.Painters;
import dev.clerk.model.Committee;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.TaskListJson;
import dev.clerk.model.tasks.Grouping;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.tasks.TaskList;
import dev.clerk.model.tasks.TaskQuery;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk tasks}: the committee's action items, by owner or by meeting, overdue first. */
@Command(name = "tasks", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the action items still open (with --all, the closed ones too), by owner"
        + " or by meeting, overdue first.")
final class TasksCommand implements Callable<Integer> {
    enum Format { md, csv, json, docx, pdf, html }

    /** The clock that gives today's date when --as-of is not given. */
    static Clock clock = Clock.systemDefaultZone();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "The committee folder, or any file or folder in it (default: the current folder).")
    Path path;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "List the tasks as the meetings held on or before DATE (YYYY-MM-DD) record them; default today.")
    String asOf;

    @Option(names = "--owner", paramLabel = "NAME",
            description = "Only the tasks of this person or group (a person also gets the tasks of their groups).")
    String owner;

    @Option(names = "--all", description = "Also list closed tasks, with the date they were closed.")
    boolean all;

    @Option(names = "--by", paramLabel = "owner|meeting", defaultValue = "owner",
            description = "Group by owner (default; a task with two owners is under both) or by the meeting that assigned it.")
    String by;

    @Option(names = "--format", defaultValue = "md",
            description = "md (default), csv, json (printed unless -o is given), docx, pdf (archival PDF/A-1b,"
                    + " tagged PDF/UA-1) or html (an accessible web page), written to out/tasks.docx, .pdf or .html in"
                    + " the committee folder unless -o is given.")
    Format format;

    @Option(names = "--font", paramLabel = "FILE",
            description = "For pdf: a TrueType/OpenType font for characters Liberation Sans lacks; repeatable.")
    java.util.List<Path> fonts = new java.util.ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write ('-' for standard output, also"
            + " for docx and pdf; default: see --format). Never a file the committee reads.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Grouping grouping = switch (by) {
            case "owner" -> Grouping.OWNER;
            case "meeting" -> Grouping.MEETING;
            default -> throw new UsageException("--by: '" + by + "' is not one of owner, meeting");
        };
        LocalDate day = asOf == null ? LocalDate.now(clock) : Dates.parse("--as-of", asOf);
        boolean text = format != Format.docx && format != Format.pdf;
        OutputTarget given = OutputTarget.given("-o", output, text, CommandInputs.ofDocuments().committee(path)
                .readsFonts(fonts));
        if (!java.nio.file.Files.exists(path)) {
            throw new dev.clerk.model.io.InputException(dev.clerk.model.io.Problem.error(path.toString(),
                    dev.clerk.model.io.Position.FILE, "", "no such file or folder"));
        }
        CheckedCommittee checked = Checker.read(path);
        Checker.Valid valid = checked.valid();
        Committee committee = valid.committee();
        TaskLedger ledger = TaskLedger.of(committee);
        if (owner != null && !ledger.knowsOwner(owner)) {
            throw new UsageException("--owner: '" + owner + "' is not on the roster, not a group, and owns no task");
        }
        TaskList list = ledger.list(new TaskQuery(day, owner, all, grouping));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case md -> dev.clerk.compose.MarkdownWriter.write(
                    dev.clerk.compose.TaskListComposer.compose(committee.body(), list), bytes);
            case csv -> dev.clerk.compose.TaskListCsv.write(committee.body(), list, bytes);
            case json -> bytes.writeBytes(TaskListJson.json(list).getBytes(StandardCharsets.UTF_8));
            case docx, pdf, html -> paint(checked, valid, list, bytes);
            default -> throw new IllegalStateException(format.name());
        }
        OutputTarget target = given != null ? given : OutputTarget.fallback(
                DefaultOutput.ofCommittee(dev.clerk.model.io.CommitteeFolder.root(path), "tasks", format.name()), text);
        target.write(spec, out -> bytes.writeTo(out));
        if (!target.isStandardOutput()) {
            spec.commandLine().getErr().println("wrote " + target.path() + ": "
                    + dev.clerk.compose.TaskListComposer.summary(committee.body(), list));
        }
        return 0;
    }

    private void paint(CheckedCommittee checked, Checker.Valid valid, TaskList list, ByteArrayOutputStream bytes)
            throws Exception {
        Path root = dev.clerk.model.io.CommitteeFolder.findRoot(path).orElseThrow();
        Painters.of(root, valid.body(), checked, fonts).paint(
                dev.clerk.compose.TaskListComposer.compose(valid.committee().body(), list),
                Painters.Format.valueOf(format.name()), bytes);
    }
}
