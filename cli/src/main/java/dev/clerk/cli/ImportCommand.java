package dev.clerk.cli;

import dev.clerk.importer.Guess;
import dev.clerk.importer.ImportOptions;
import dev.clerk.importer.ImportResult;
import dev.clerk.importer.MinutesImporter;
import dev.clerk.model.Body;
import dev.clerk.model.Meeting;
import dev.clerk.model.Person;
import dev.clerk.model.change.Change;
import dev.clerk.model.change.MeetingDiff;
import dev.clerk.model.change.YamlPatch;
import dev.clerk.model.check.CheckReport;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.CommitteeTemplate;
import dev.clerk.model.io.FileKind;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.InputFiles;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.ModelWriter;
import dev.clerk.model.io.Problem;
import dev.clerk.model.io.RosterEdit;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clerk import}: reads existing minutes (text, Markdown, .docx) into a meeting file. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class, description = {
        "Read existing minutes (plain text, Markdown or Word .docx) into a meeting file.",
        "Inside a committee folder (or with --committee) the meeting goes to meetings/YYYY-MM-DD.yaml and names are"
                + " matched to its roster; elsewhere it is printed. Every guess is marked with a '# check:' comment."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The minutes: .txt, .md or .docx.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "MEETING.yaml",
            description = "Where to write the meeting ('-' for standard output). Default: meetings/DATE.yaml of the"
                    + " committee folder, or standard output outside one. Never FILE, committee.yaml, an attachment"
                    + " or a font.")
    String output;

    @Option(names = "--committee", paramLabel = "DIR",
            description = "The committee folder whose roster names are matched to (default: the folder you are in).")
    Path committee;

    @Option(names = "--update-roster", description = "Add the people not yet on the roster to committee.yaml.")
    boolean updateRoster;

    @Option(names = "--force", description = "Overwrite an existing meeting file.")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The meeting date, when the minutes do not give it.")
    LocalDate date;

    @Option(names = "--into", paramLabel = "MEETING.yaml",
            description = "Compare what FILE says with this meeting file and list the differences (field: before → "
                    + "after); nothing is written without --apply. For corrections made in Word to Clerk's minutes.")
    Path into;

    @Option(names = "--report", description = "Also list what was recognised, what was guessed, and where each line"
            + " of FILE went (12: agenda[1].narrative[0]); to standard error when the meeting goes to standard output.")
    boolean report;

    @Option(names = "--apply", description = "With --into: write the differences into the meeting file, keeping its "
            + "comments, key order and task ids, then check it.")
    boolean apply;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (apply && into == null) {
            throw new UsageException("--apply goes with --into MEETING.yaml: the meeting file to correct");
        }
        if (into != null) {
            if (output != null || force) {
                throw new UsageException("--into corrects an existing meeting file; it does not go with -o or --force");
            }
            return into(out, err);
        }
        if (output != null) {
            OutputTarget.given("-o", Path.of(output), true, CommandInputs.ofMeetingWriter()
                    .reads(file, "is the file this command imports").committee(committee));
        }
        Path root = committeeRoot();
        Body roster = root == null ? null : ModelReader.readBody(root.resolve(CommitteeFolder.BODY_FILE));
        if (updateRoster && root == null) {
            throw new UsageException("--update-roster needs a committee folder: give --committee DIR or run inside one");
        }
        ImportResult result = MinutesImporter.importFile(file, new ImportOptions(roster, date));
        Meeting meeting = result.meeting();
        Path target = target(root, meeting);
        if (target != null && Files.isRegularFile(target) && !force) {
            throw new UsageException(target + " already exists; not overwritten (use --into " + target
                    + " to see and apply the differences, or --force to replace it)");
        }
        String yaml = ModelWriter.yaml(meeting, target == null ? null : schemaPath(root, target), result.comments());
        for (String w : result.warnings()) {
            err.println(file + ": warning: " + w);
        }
        // With the meeting on standard output, everything else goes to standard error so the YAML stays clean.
        PrintWriter info = target == null ? err : out;
        if (target == null) {
            out.print(yaml);
            out.flush();
        } else {
            AtomicFile.write(target, yaml);
            info.printf("imported %s to %s: %d attendee%s, %d agenda item%s, %d action item%s, %d motion%s, %d guess%s"
                            + " marked '# check:'%n", file, target,
                    meeting.attendees().size(), plural(meeting.attendees().size()),
                    meeting.allItems().count(), plural(meeting.allItems().count()),
                    meeting.actionItems().size(), plural(meeting.actionItems().size()),
                    meeting.allItems().mapToLong(i -> i.motions().size()).sum(),
                    plural(meeting.allItems().mapToLong(i -> i.motions().size()).sum()),
                    result.guesses().size(), result.guesses().size() == 1 ? "" : "es");
        }
        if (report) {
            report(result, info);
        }
        roster(root, result.newPeople(), info);
        // A pipe or device cannot be read back; only a file is checked.
        if (target != null && Files.isRegularFile(target)) {
            CheckReport report = Checker.check(target);
            for (Problem p : report.problems()) {
                err.println(p);
            }
            if (!report.isClean()) {
                return Clerk.BAD_INPUT;
            }
        }
        return 0;
    }

    /** {@code --into}: the differences between the meeting file and FILE, written into the file with --apply. */
    private int into(PrintWriter out, PrintWriter err) throws Exception {
        Path root = committee != null ? committeeRoot()
                : CommitteeFolder.findRoot(into.toAbsolutePath()).orElse(null);
        Body roster = root == null ? null : ModelReader.readBody(root.resolve(CommitteeFolder.BODY_FILE));
        Meeting before = ModelReader.parseMeeting(into).value();
        ImportResult result = MinutesImporter.importFile(file, new ImportOptions(roster, before.date()));
        Meeting after = result.meeting();
        for (String w : result.warnings()) {
            err.println(file + ": warning: " + w);
        }
        for (Guess g : result.guesses()) {
            err.println(file + ": " + (g.path().isEmpty() ? "" : g.path() + ": ") + g.comment());
        }
        if (!after.date().equals(before.date()) || after.kind() != before.kind()) {
            throw new dev.clerk.model.io.InputException(Problem.error(file.toString(), dev.clerk.model.io.Position.FILE,
                    "", "is the minutes of the " + after.kind() + " meeting of " + after.date() + ", not of the "
                            + before.kind() + " meeting of " + before.date() + " in " + into));
        }
        List<Change> changes = MeetingDiff.between(before, after);
        if (changes.isEmpty()) {
            out.println("no differences: " + into + " already says what " + file + " says");
            return 0;
        }
        out.println(changes.size() + (changes.size() == 1 ? " difference" : " differences") + " between " + into
                + " and " + file + ":");
        for (Change c : changes) {
            out.println("  " + MeetingDiff.describe(c));
        }
        if (!apply) {
            out.println("nothing written; add --apply to write " + (changes.size() == 1 ? "it" : "them") + " into "
                    + into);
            return 0;
        }
        String text = new String(InputFiles.read(into, InputFiles.Limit.COMMITTEE_FILE), StandardCharsets.UTF_8);
        boolean json = into.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        String patched = json ? ModelWriter.json(after) : YamlPatch.apply(text, before, after);
        if (!json && !result.guesses().isEmpty()) {
            // What was read from wording rather than structure is marked in the file, as a first import marks it.
            patched = ModelWriter.withComments(patched, result.checkComments());
        }
        AtomicFile.write(into, patched);
        out.println("applied " + changes.size() + (changes.size() == 1 ? " change" : " changes") + " to " + into);
        CheckReport report = Checker.check(into);
        for (Problem p : report.problems()) {
            err.println(p);
        }
        return report.isClean() ? 0 : Clerk.BAD_INPUT;
    }

    /** {@code --report}: what was read, what was guessed, and each source line's place in the meeting file. */
    private void report(ImportResult result, PrintWriter info) {
        Meeting m = result.meeting();
        long motions = m.allItems().mapToLong(i -> i.motions().size()).sum();
        info.printf("%nrecognised in %s: date %s%s%s, %d attendee%s, %d agenda item%s, %d motion%s, %d action item%s%n",
                file, m.date(), m.start() == null ? "" : ", start " + m.start(), m.end() == null ? "" : ", end " + m.end(),
                m.attendees().size(), plural(m.attendees().size()), m.allItems().count(), plural(m.allItems().count()),
                motions, plural(motions), m.actionItems().size(), plural(m.actionItems().size()));
        info.printf("guessed (%d, each marked '# check:' in the meeting file):%n", result.guesses().size());
        for (Guess g : result.guesses()) {
            info.println("  " + (g.path().isEmpty() ? "" : g.path() + ": ") + g.note());
        }
        if (result.placements().isEmpty()) {
            info.println("where each line went: not recorded for Clerk's own Word documents, read by their structure");
        } else {
            long kept = result.placements().stream().filter(p -> p.guessed()).count();
            info.printf("where each line went (%d line%s, %d kept as written where the importer read no field):%n",
                    result.placements().size(), plural(result.placements().size()), kept);
            result.placements().forEach(p -> info.println("  " + p.describe()));
        }
        info.flush();
    }

    private Path committeeRoot() throws InputException {
        if (committee != null) {
            if (!Files.isRegularFile(committee.resolve(CommitteeFolder.BODY_FILE))) {
                throw new InputException(CommitteeFolder.notInside(committee));
            }
            return committee;
        }
        if (output != null && !output.equals("-")) {
            return CommitteeFolder.findRoot(Path.of(output).toAbsolutePath()).orElse(null);
        }
        Optional<Path> here = CommitteeFolder.findRoot(Path.of("").toAbsolutePath());
        return here.orElse(null);
    }

    private Path target(Path root, Meeting meeting) {
        if (output != null) {
            return output.equals("-") ? null : Path.of(output);
        }
        return root == null ? null : root.resolve(CommitteeFolder.MEETINGS).resolve(meeting.date() + ".yaml");
    }

    /** The schema line's path, when the committee folder holds the schemas that 'clerk init' puts there. */
    private static String schemaPath(Path root, Path target) {
        if (root == null) {
            return null;
        }
        Path schema = root.resolve(CommitteeTemplate.SCHEMA_DIR).resolve(FileKind.MEETING.schemaFile());
        if (!Files.isRegularFile(schema)) {
            return null;
        }
        Path dir = target.toAbsolutePath().normalize().getParent();
        return dir.relativize(schema.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private void roster(Path root, List<Person> people, PrintWriter info) throws Exception {
        if (people.isEmpty()) {
            return;
        }
        if (updateRoster) {
            Path bodyFile = root.resolve(CommitteeFolder.BODY_FILE);
            String before = new String(InputFiles.read(bodyFile, InputFiles.Limit.COMMITTEE_FILE), StandardCharsets.UTF_8);
            String after = RosterEdit.addPeople(bodyFile.toString(), before, people);
            AtomicFile.write(bodyFile, after);
            info.printf("added %d %s to %s: %s%n", people.size(), people.size() == 1 ? "person" : "people", bodyFile,
                    String.join(", ", people.stream().map(Person::name).toList()));
            return;
        }
        info.println();
        info.println("# " + people.size() + (people.size() == 1 ? " person" : " people") + " not yet on the roster;"
                + " paste under 'people:' in committee.yaml (or rerun with --update-roster):");
        info.print(ModelWriter.rosterEntries(people, 2));
        info.flush();
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
