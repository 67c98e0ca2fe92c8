package dev.clerk.cli;

import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.agenda.NextMeetingDraft;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.FileKind;
import dev.clerk.model.io.ModelWriter;
import dev.clerk.model.io.TaskIdWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clerk next}: drafts the next meeting's file (its agenda) from the minutes of the last one. */
@Command(name = "next", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Draft the next meeting's file from these minutes: standing items, approval of"
        + " the minutes, review of the open action items, the proposed items.")
final class NextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MEETING", description = "The minutes to draft from (a meeting file).")
    Path minutesFile;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The next meeting's date (YYYY-MM-DD); default: the date the minutes give.")
    String date;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it ('-' for standard output); default: meetings/DATE.yaml in the committee"
                    + " folder. Never the minutes it drafts from, committee.yaml, an attachment or a font.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        OutputTarget given = OutputTarget.given("-o", output, true, CommandInputs.ofMeetingWriter()
                .reads(minutesFile, "is the meeting file this command drafts from"));
        MeetingArgument.check(minutesFile);
        CheckedCommittee checked = Checker.read(minutesFile);
        Meeting minutes = checked.meeting(minutesFile).value();
        Path root = CommitteeFolder.root(minutesFile);
        LocalDate day;
        if (date != null) {
            day = Dates.parse("--date", date);
        } else if (minutes.next() != null && minutes.next().date() != null) {
            day = minutes.next().date();
        } else {
            throw new UsageException(minutesFile + ": the minutes do not give the next meeting's date (next.date);"
                    + " give it with --date");
        }
        if (!day.isAfter(minutes.date())) {
            throw new UsageException("--date: the next meeting (" + day + ") must come after these minutes ("
                    + minutes.date() + ")");
        }
        Path home = relativeTo(minutesFile, root).resolve(CommitteeFolder.MEETINGS).resolve(day + ".yaml");
        OutputTarget target = given != null ? given : OutputTarget.fallback(home, true);
        if (!target.isStandardOutput() && Files.isRegularFile(target.path()) && !force) {
            throw new UsageException(target.path() + " already exists; not overwritten (use --force to replace it)");
        }
        checked.valid();
        PrintWriter out = target.info(spec, spec.commandLine().getOut());
        List<TaskIdWriter.Edit> edits = TaskIdWriter.plan(checked.meetingFiles());
        for (TaskIdWriter.Edit edit : edits) {
            AtomicFile.write(edit.file(), edit.text());
            out.println("assigned task id" + (edit.ids().size() == 1 ? " " : "s ") + String.join(", ", edit.ids())
                    + " in " + edit.file());
        }
        if (!edits.isEmpty()) {
            checked = Checker.read(minutesFile); // what this command just wrote
        }
        Committee committee = checked.valid().committee();
        Meeting current = checked.meeting(minutesFile).value();
        Meeting draft = NextMeetingDraft.draft(committee, current, day);
        // On standard output the draft refers to the schema as it would in its place in meetings/.
        String text = "# yaml-language-server: $schema=" + CommitteeFolder.schemaReference(
                target.isStandardOutput() ? home : target.path(), FileKind.MEETING) + "\n"
                + NextMeetingDraft.comment(current, draft) + ModelWriter.yaml(draft, null);
        target.write(spec, o -> o.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int tasks = draft.agenda().stream().mapToInt(i -> i.tasks().size()).sum();
        out.println("wrote " + (target.isStandardOutput() ? "standard output" : target.path()) + ": agenda of " + dev.clerk.model.text.Wording.date(day) + " with " + draft.agenda().size() + " items, "
                + tasks + " open action item" + (tasks == 1 ? "" : "s") + " to review");
        return 0;
    }

    /** The committee folder as the user would name it: relative when the minutes were given relative. */
    private static Path relativeTo(Path given, Path root) {
        if (given.isAbsolute()) {
            return root;
        }
        return Path.of("").toAbsolutePath().relativize(root);
    }
}
