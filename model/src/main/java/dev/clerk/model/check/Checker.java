package dev.clerk.model.check;

import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.DistributionList;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Meeting;
import dev.clerk.model.Motion;
import dev.clerk.model.MotionResult;
import dev.clerk.model.NameReference;
import dev.clerk.model.Names;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.Vote;
import dev.clerk.model.io.CommitteeBoundary;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.Examined;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.InputFileException;
import dev.clerk.model.io.InputFiles;
import dev.clerk.model.io.ModelReader;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Position;
import dev.clerk.model.io.Problem;
import dev.clerk.model.tasks.LedgerIssue;
import dev.clerk.model.tasks.TaskLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Checks a committee folder or one of its files: everything the schema checks, then what only the whole
 * committee can tell (task ids, owners, updates, dates, attachments). Every problem is reported, not only the first.
 */
public final class Checker {
    private static final java.util.regex.Pattern PLAIN_NAME =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.(yaml|yml|json)");
    private final List<Problem> problems = new ArrayList<>();
    private int meetings;
    private int actionItems;
    private int committees;
    private final List<Parsed<Meeting>> read = new ArrayList<>();
    /** The committee file as far as it could be read; null when there is none. */
    private Examined<Body> bodyRead;
    /** Each meeting file as far as it could be read, for what their unread parts may name. */
    private final List<Examined<Meeting>> meetingsRead = new ArrayList<>();

    private Checker() {
    }

    /**
     * Checks {@code path}: a committee folder (or any folder inside one), a {@code committee.yaml}, or a meeting file.
     * A meeting file is checked together with its committee, when it has one, so that owners can be resolved.
     */
    public static CheckReport check(Path path) {
        return examine(path).report();
    }

    private CheckReport report() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return new CheckReport(sorted, committees, meetings, actionItems);
    }

    private void run(Path path) {
        if (!Files.exists(path)) {
            problems.add(Problem.error(path.toString(), Position.FILE, "", "no such file or folder"));
            return;
        }
        Optional<Path> root = CommitteeFolder.findRoot(path);
        boolean single = Files.isRegularFile(path);
        if (root.isEmpty()) {
            if (single) {
                // A meeting file outside any committee folder: check it alone.
                Parsed<Meeting> meeting = readMeeting(path);
                if (meeting != null) {
                    checkMeetings(null, null, List.of(meeting), path.toAbsolutePath().getParent());
                }
            } else {
                problems.add(CommitteeFolder.notInside(path));
            }
            return;
        }
        committees = 1;
        Path dir = root.get();
        Path bodyFile = display(path, dir, dir.resolve(CommitteeFolder.BODY_FILE));
        bodyRead = ModelReader.examineBody(bodyFile);
        problems.addAll(bodyRead.problems());
        Parsed<Body> body = bodyRead.parsed().orElse(null);
        if (body != null) {
            checkBody(body);
        }
        for (Path file : CommitteeFolder.meetingFiles(dir)) {
            Parsed<Meeting> m = readMeeting(display(path, dir, file));
            if (m != null) {
                read.add(m);
            }
        }
        checkMeetings(body, single && !isBodyFile(path) ? path : null, read, dir);
    }

    private static boolean isBodyFile(Path path) {
        return path.getFileName().toString().equals(CommitteeFolder.BODY_FILE);
    }

    /** Files are named relative to what the user typed, so messages point where the user looks. */
    private static Path display(Path given, Path root, Path file) {
        Path base = Files.isDirectory(given) ? given : given.getParent() == null ? Path.of("") : given.getParent();
        Path absBase = base.toAbsolutePath().normalize();
        if (file.toAbsolutePath().normalize().startsWith(absBase)) {
            return base.resolve(absBase.relativize(file.toAbsolutePath().normalize()));
        }
        return given.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()) ? given : file;
    }

    /** Reads a meeting file as far as it can be read: its problems are reported, its sound parts checked further. */
    private Parsed<Meeting> readMeeting(Path file) {
        meetings++;
        Examined<Meeting> examined = ModelReader.examineMeeting(file);
        problems.addAll(examined.problems());
        meetingsRead.add(examined);
        return examined.parsed().orElse(null);
    }

    /** Whether a part of the committee file that could not be read may name {@code name}. */
    private boolean rosterMayName(String name) {
        return bodyRead != null && bodyRead.mayMention(name);
    }

    /**
     * Whether {@code name} is someone the committee knows: on the roster, an attendee, a group, one known person named
     * by title or office ("Member Wasserman", "the Chair"), or perhaps named in a part of the committee file or of this
     * meeting's file that could not be read (a reference to it is then not reported: the part is).
     */
    private boolean isKnown(Parsed<Meeting> meeting, Set<String> known, NameReference references, String name) {
        return known.contains(Names.canonical(name)) || references.namesOnePerson(name) || rosterMayName(name)
                || meetingMayName(meeting, name);
    }

    /** Whether a part of a meeting file that could not be read may hold the task id {@code id}. */
    private boolean unreadTask(String id) {
        return meetingsRead.stream().anyMatch(m -> m.mayMention(id));
    }

    private void checkBody(Parsed<Body> parsed) {
        Body body = parsed.value();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < body.people().size(); i++) {
            Integer before = seen.put(Names.canonical(body.people().get(i).name()), i);
            if (before != null) {
                String path = "people[" + i + "].name";
                problems.add(error(parsed, path,
                        "'" + body.people().get(i).name() + "' is already on the roster at people[" + before + "]"));
            }
        }
        for (int g = 0; g < body.groups().size(); g++) {
            List<String> members = body.groups().get(g).members();
            for (int i = 0; i < members.size(); i++) {
                if (body.person(members.get(i)).isEmpty() && !rosterMayName(members.get(i))) {
                    String path = "groups[" + g + "].members[" + i + "]";
                    problems.add(warning(parsed, path,
                            "'" + members.get(i) + "' is not on the roster"));
                }
            }
        }
        checkLists(parsed);
        checkFiles(parsed);
    }

    /** The folders {@code allowOutside} names exist, and the fonts lead inside the boundary to files that can be read. */
    private void checkFiles(Parsed<Body> parsed) {
        Body body = parsed.value();
        Path root = Path.of(parsed.file()).toAbsolutePath().normalize().getParent();
        for (int i = 0; i < body.allowOutside().size(); i++) {
            String folder = body.allowOutside().get(i);
            Path p = root.resolve(folder);
            if (!Files.isDirectory(p)) {
                String path = "allowOutside[" + i + "]";
                problems.add(error(parsed, path, "folder '" + folder
                        + "' " + (Files.exists(p) ? "is not a folder" : "does not exist")));
            }
        }
        CommitteeBoundary boundary = CommitteeBoundary.of(root, body);
        for (int i = 0; i < body.fonts().size(); i++) {
            String font = body.fonts().get(i);
            InputFileException refused = refusal(boundary, fontFile(font), InputFiles.Limit.FONT);
            // A missing font is reported where it is needed, by the PDFs; Word and web pages do without it.
            if (refused != null && refused.reason() != InputFileException.Reason.MISSING) {
                String path = "fonts[" + i + "]";
                problems.add(error(parsed, path, "font '" + font + "' "
                        + refused.problem()));
            }
        }
    }

    /** The file of a font entry: {@code fonts/x.ttc} for {@code fonts/x.ttc,1}. */
    private static String fontFile(String font) {
        int comma = font.lastIndexOf(',');
        return comma > 0 && comma < font.length() - 1 && font.substring(comma + 1).chars().allMatch(Character::isDigit)
                ? font.substring(0, comma) : font;
    }

    /** Distribution lists name people and groups of the body; a name that resolves to no one would leave someone out. */
    private void checkLists(Parsed<Body> parsed) {
        Body body = parsed.value();
        for (int l = 0; l < body.lists().size(); l++) {
            DistributionList list = body.lists().get(l);
            for (int i = 0; i < list.people().size(); i++) {
                if (body.person(list.people().get(i)).isEmpty() && !rosterMayName(list.people().get(i))) {
                    String path = "lists[" + l + "].people[" + i + "]";
                    problems.add(error(parsed, path,
                            "'" + list.people().get(i) + "' is not on the roster"));
                }
            }
            for (int i = 0; i < list.groups().size(); i++) {
                if (body.group(list.groups().get(i)).isEmpty() && !rosterMayName(list.groups().get(i))) {
                    String path = "lists[" + l + "].groups[" + i + "]";
                    problems.add(error(parsed, path,
                            "'" + list.groups().get(i) + "' is not one of the groups"));
                }
            }
        }
    }

    /**
     * Checks the meetings of one committee. When {@code only} is set, problems are reported for that file alone,
     * but the other meetings still count (their task ids are known to its updates).
     */
    private void checkMeetings(Parsed<Body> body, Path only, List<Parsed<Meeting>> all, Path root) {
        Map<String, Located> taskIds = new LinkedHashMap<>();
        for (Parsed<Meeting> m : all) {
            actionItems += m.value().actionItems().size();
        }
        List<Parsed<Meeting>> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(m -> m.value().date()));
        List<Problem> found = new ArrayList<>();
        // Task ids first, over every meeting, so updates and references can be resolved in any order.
        for (Parsed<Meeting> m : sorted) {
            eachAction(m.value(), (path, action) -> {
                if (action.id() == null) {
                    return;
                }
                Located before = taskIds.putIfAbsent(action.id(), new Located(m, path + ".id"));
                if (before != null) {
                    found.add(error(m, path + ".id", "duplicate task id '" + action.id() + "'; first used at "
                            + before.where()));
                }
            });
        }
        Map<LocalDate, Parsed<Meeting>> byFileDate = new HashMap<>();
        for (Parsed<Meeting> m : sorted) {
            checkMeeting(body, m, taskIds, found, root);
            String name = Path.of(m.file()).getFileName().toString();
            Optional<LocalDate> fileDate = CommitteeFolder.dateOfFileName(name);
            if (fileDate.isPresent() && !fileDate.get().equals(m.value().date())) {
                found.add(error(m, "date", "the meeting is dated " + m.value().date() + " but the file is named for "
                        + fileDate.get() + "; rename the file or correct the date"));
            }
        }
        checkSameDay(sorted, found);
        Map<Meeting, Parsed<Meeting>> parsedOf = new IdentityHashMap<>();
        sorted.forEach(m -> parsedOf.put(m.value(), m));
        TaskLedger ledger = TaskLedger.of(body == null ? null : body.value(), sorted.stream().map(Parsed::value).toList());
        for (LedgerIssue issue : ledger.issues()) {
            found.add(error(parsedOf.get(issue.meeting()), issue.path(), issue.message()));
        }
        for (Problem p : found) {
            if (only == null || Path.of(p.file()).toAbsolutePath().normalize().equals(only.toAbsolutePath().normalize())) {
                problems.add(p);
            }
        }
    }

    /** Two meeting files of one day need told apart: at most one of them may be named by the date alone. */
    private static void checkSameDay(List<Parsed<Meeting>> meetings, List<Problem> found) {
        Map<LocalDate, Parsed<Meeting>> plain = new HashMap<>();
        List<Parsed<Meeting>> byName = new ArrayList<>(meetings);
        byName.sort(Comparator.comparing(Parsed::file));
        for (Parsed<Meeting> m : byName) {
            String name = Path.of(m.file()).getFileName().toString();
            if (!PLAIN_NAME.matcher(name).matches()) {
                continue;
            }
            Parsed<Meeting> first = plain.putIfAbsent(m.value().date(), m);
            if (first != null) {
                String ext = name.substring(name.lastIndexOf('.'));
                found.add(error(m, "date", "a second meeting on " + m.value().date() + " (the first is " + first.file()
                        + "); name the file of the second one with a suffix, such as " + m.value().date() + "-special"
                        + ext));
            }
        }
    }

    /**
     * Reads the committee that holds {@code path}, refusing it when {@link #check} finds any error, so that
     * commands work only from files that make sense together (known task ids, one history per task).
     */
    public static Committee readValid(Path path) throws InputException {
        return readValidFiles(path).committee();
    }

    /**
     * A committee that passed the check, with the files it was read from, so that later messages can point at
     * their lines. Each file is read once.
     *
     * @param committee the body and its meetings
     * @param body      the body's file
     * @param meetings  the meeting files, in the folder's order
     */
    public record Valid(Committee committee, Parsed<Body> body, List<Parsed<Meeting>> meetings) {
        public Valid {
            meetings = List.copyOf(meetings);
        }

        /** The meeting read from {@code file}, however the file was named. */
        public Optional<Parsed<Meeting>> meeting(Path file) {
            Path wanted = file.toAbsolutePath().normalize();
            return meetings.stream().filter(m -> Path.of(m.file()).toAbsolutePath().normalize().equals(wanted))
                    .findFirst();
        }
    }

    /** {@link #readValid}, keeping the files read. */
    public static Valid readValidFiles(Path path) throws InputException {
        return read(path).valid();
    }

    /**
     * Checks the committee that holds {@code path}, reading each of its files once, and keeps what was read, for a
     * command to take its committee, meeting and file texts from without reading them again.
     */
    public static CheckedCommittee read(Path path) throws InputException {
        Path folder = CommitteeFolder.root(path);
        if (!path.isAbsolute()) {
            // Name files relative to the current folder when the user did, so messages point where they look.
            folder = Path.of("").toAbsolutePath().relativize(folder);
        }
        return examine(folder);
    }

    /** {@link #check}, keeping what was read, as {@link #read} does; files are named from {@code path} as given. */
    public static CheckedCommittee examine(Path path) {
        Checker checker = new Checker();
        checker.run(path);
        return new CheckedCommittee(checker.report(), checker.bodyRead, checker.meetingsRead);
    }

    private void checkMeeting(Parsed<Body> body, Parsed<Meeting> parsed, Map<String, Located> taskIds,
                              List<Problem> found, Path root) {
        Meeting meeting = parsed.value();
        Set<String> known = new HashSet<>();
        if (body != null) {
            body.value().people().forEach(p -> known.add(Names.canonical(p.name())));
            body.value().groups().forEach(g -> known.add(Names.canonical(g.name())));
        }
        NameReference references = NameReference.among(body == null ? null : body.value(), meeting);
        Map<String, Integer> attendees = new HashMap<>();
        for (int i = 0; i < meeting.attendees().size(); i++) {
            Attendee a = meeting.attendees().get(i);
            known.add(Names.canonical(a.name()));
            Integer before = attendees.put(Names.canonical(a.name()), i);
            if (before != null) {
                found.add(error(parsed, "attendees[" + i + "].name", "'" + a.name()
                        + "' is already listed at attendees[" + before + "]"));
            }
        }
        if (meeting.next() != null && meeting.next().date() != null && !meeting.next().date().isAfter(meeting.date())) {
            found.add(error(parsed, "next.date", "the next meeting (" + meeting.next().date()
                    + ") must come after this one (" + meeting.date() + ")"));
        }
        if (meeting.start() != null && meeting.end() != null && meeting.end().isBefore(meeting.start())) {
            found.add(error(parsed, "end", "the meeting ends (" + meeting.end() + ") before it starts ("
                    + meeting.start() + ")"));
        }
        eachAction(meeting, (path, action) -> {
            if (action.owners().isEmpty()) {
                found.add(warning(parsed, path, "action item has no owner"));
            }
            for (int i = 0; i < action.owners().size(); i++) {
                String owner = action.owners().get(i);
                if (!isKnown(parsed, known, references, owner)) {
                    found.add(warning(parsed, path + ".owners[" + i + "]", "'" + owner
                            + "' is neither on the roster, nor an attendee, nor a declared group"));
                }
            }
            if (action.due() != null && action.due().isBefore(meeting.date())) {
                found.add(warning(parsed, path + ".due", "due " + action.due() + ", before the meeting that assigned it"));
            }
        });
        checkMotions(body, parsed, found);
        CommitteeBoundary boundary = CommitteeBoundary.of(root, body == null ? null : body.value());
        eachItem(meeting, (path, item) -> {
            for (int i = 0; i < item.attachments().size(); i++) {
                String file = item.attachments().get(i).path();
                InputFileException refused = refusal(boundary, file, InputFiles.Limit.ATTACHMENT);
                if (refused != null) {
                    found.add(error(parsed, path + ".attachments[" + i + "].path", "attachment '" + file + "' "
                            + (refused.reason() == InputFileException.Reason.MISSING ? "does not exist (paths are"
                            + " relative to " + root.toAbsolutePath().normalize().getFileName() + "/)"
                            : refused.problem())));
                }
            }
            for (int i = 0; i < item.tasks().size(); i++) {
                if (!taskIds.containsKey(item.tasks().get(i)) && !unreadTask(item.tasks().get(i))) {
                    found.add(error(parsed, path + ".tasks[" + i + "]", "no action item has the id '"
                            + item.tasks().get(i) + "'"));
                }
            }
        });
        if (meeting.next() != null) {
            for (int f = 0; f < meeting.next().followUps().size(); f++) {
                FollowUp followUp = meeting.next().followUps().get(f);
                for (int i = 0; i < followUp.tasks().size(); i++) {
                    if (!taskIds.containsKey(followUp.tasks().get(i)) && !unreadTask(followUp.tasks().get(i))) {
                        found.add(error(parsed, "next.followUps[" + f + "].tasks[" + i + "]",
                                "no action item has the id '" + followUp.tasks().get(i) + "'"));
                    }
                }
            }
        }
        for (int i = 0; i < meeting.updates().size(); i++) {
            TaskUpdate update = meeting.updates().get(i);
            Located task = taskIds.get(update.task());
            String path = "updates[" + i + "]";
            if (task == null && unreadTask(update.task())) {
                // assigned in a part of a file that could not be read, which is reported
            } else if (task == null) {
                found.add(error(parsed, path + ".task", "no action item has the id '" + update.task() + "'"
                        + suggestion(update.task(), taskIds.keySet())));
            } else if (!task.meeting().value().date().isBefore(meeting.date())) {
                found.add(error(parsed, path + ".task", "task '" + update.task() + "' is assigned at "
                        + task.where() + ", not at an earlier meeting"));
            }
            if (update.date() != null && update.date().isAfter(meeting.date())) {
                found.add(error(parsed, path + ".date", "an update reported on " + meeting.date()
                        + " cannot be dated later (" + update.date() + ")"));
            }
            for (int o = 0; o < update.owners().size(); o++) {
                if (!isKnown(parsed, known, references, update.owners().get(o))) {
                    found.add(warning(parsed, path + ".owners[" + o + "]", "'" + update.owners().get(o)
                            + "' is neither on the roster, nor an attendee, nor a declared group"));
                }
            }
        }
    }

    /**
     * Motions agree with the meeting: the mover and seconder were there, a roll call names each member once and only
     * people who were there voted, and the result agrees with the counts. A contradiction is an error; a name found
     * neither on the roster nor in the attendance record is a warning, since either may be incomplete.
     */
    private void checkMotions(Parsed<Body> body, Parsed<Meeting> parsed, List<Problem> found) {
        Meeting meeting = parsed.value();
        Map<String, Integer> attendance = new HashMap<>();
        for (int i = 0; i < meeting.attendees().size(); i++) {
            attendance.putIfAbsent(Names.canonical(meeting.attendees().get(i).name()), i);
        }
        long present = meeting.attendees().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        eachItem(meeting, (itemPath, item) -> {
            for (int j = 0; j < item.motions().size(); j++) {
                Motion motion = item.motions().get(j);
                String path = itemPath + ".motions[" + j + "]";
                checkParticipant(body, parsed, attendance, motion.mover(), path + ".mover", "moved the motion", found);
                checkParticipant(body, parsed, attendance, motion.seconder(), path + ".seconder", "seconded the motion",
                        found);
                if (motion.mover() != null && Names.same(motion.mover(), motion.seconder())) {
                    found.add(error(parsed, path + ".seconder", "'" + motion.seconder()
                            + "' moved the motion and cannot also second it"));
                }
                if (motion.vote() != null) {
                    checkVote(body, parsed, attendance, present, motion, path, found);
                }
            }
        });
    }

    private void checkVote(Parsed<Body> body, Parsed<Meeting> parsed, Map<String, Integer> attendance, long present,
                           Motion motion, String path, List<Problem> found) {
        Vote vote = motion.vote();
        Integer ayes = vote.ayes();
        Integer noes = vote.noes();
        if (ayes != null && noes != null && motion.result() == MotionResult.PASSED && ayes <= noes) {
            found.add(error(parsed, path + ".result", "the motion is recorded as passed, but the vote was " + ayes
                    + " for and " + noes + " against"));
        }
        if (ayes != null && noes != null && motion.result() == MotionResult.FAILED && ayes > noes
                && motion.note() == null) {
            found.add(warning(parsed, path + ".result", "the motion is recorded as failed, but the vote was " + ayes
                    + " for and " + noes + " against; if it needed more than a majority, say so in its note"));
        }
        // An attendee left out of the model (a part of the file that could not be read) may have been present.
        // A roll call is checked name by name below, which says more.
        if (vote.exceedsAttendance(parsed.value().attendees()) && !meetingLacks(parsed, "attendees")) {
            found.add(error(parsed, path + ".vote", vote.total() + " votes are counted (for, against and abstaining), but"
                    + " only " + present + " attendee" + (present == 1 ? " is" : "s are") + " recorded as present"));
        }
        Map<String, String> named = new HashMap<>();
        List<Map.Entry<String, List<String>>> sides = List.of(Map.entry("ayeNames", vote.ayeNames()),
                Map.entry("noNames", vote.noNames()), Map.entry("abstainNames", vote.abstainNames()),
                Map.entry("absentNames", vote.absentNames()));
        for (Map.Entry<String, List<String>> side : sides) {
            boolean voting = !side.getKey().equals("absentNames");
            for (int i = 0; i < side.getValue().size(); i++) {
                String name = side.getValue().get(i);
                String at = path + ".vote." + side.getKey() + "[" + i + "]";
                String before = named.putIfAbsent(Names.canonical(name), at);
                if (before != null) {
                    found.add(error(parsed, at, "'" + name + "' is already named in this vote at "
                            + parsed.source().sourcePath(before)));
                } else if (voting) {
                    checkParticipant(body, parsed, attendance, name, at, "voted", found);
                } else if (!attendance.containsKey(Names.canonical(name)) && !onRoster(body, parsed, name)
                        && (body != null || !attendance.isEmpty())) {
                    found.add(warning(parsed, at, "'" + name + "' is neither on the roster nor an attendee"));
                }
            }
        }
    }

    /**
     * Someone who took part in a motion ({@code did}: moved, seconded or voted) was there: an error when the
     * attendance record says absent or excused, a warning when the name is nowhere, or on the roster but missing
     * from an attendance record that is kept.
     */
    private void checkParticipant(Parsed<Body> body, Parsed<Meeting> parsed, Map<String, Integer> attendance,
                                  String name, String path, String did, List<Problem> found) {
        if (name == null) {
            return;
        }
        Integer at = attendance.get(Names.canonical(name));
        if (at != null) {
            AttendanceStatus status = parsed.value().attendees().get(at).status();
            if (status != AttendanceStatus.PRESENT) {
                found.add(error(parsed, path, "'" + name + "' " + did + " but is recorded as " + status + " at "
                        + parsed.source().sourcePath("attendees[" + at + "]")));
            }
        } else if (!onRoster(body, parsed, name)) {
            if (body != null || !attendance.isEmpty()) {
                found.add(warning(parsed, path, "'" + name + "' is neither on the roster nor an attendee"));
            }
        } else if (!attendance.isEmpty() && !meetingMayName(parsed, name)) {
            found.add(warning(parsed, path, "'" + name + "' " + did + " but is not in the attendance record"));
        }
    }

    /** Whether {@code name} is a person on the roster, or may be one in a part of the files that could not be read. */
    private boolean onRoster(Parsed<Body> body, Parsed<Meeting> meeting, String name) {
        return body != null && body.value().person(name).isPresent() || rosterMayName(name)
                || meetingMayName(meeting, name);
    }

    /** Whether the model of {@code meeting} lacks part of what its file holds at {@code path}. */
    private boolean meetingLacks(Parsed<Meeting> meeting, String path) {
        return meetingsRead.stream().anyMatch(m -> m.file().equals(meeting.file()) && m.lacks(path));
    }

    private boolean meetingMayName(Parsed<Meeting> meeting, String name) {
        return meetingsRead.stream().anyMatch(m -> m.file().equals(meeting.file()) && m.mayMention(name));
    }

    /**
     * Why the file a committee names at {@code declared} cannot be read, or null when it can: it must lead inside
     * the committee folder (or a folder it allows) and be a regular file within the limit. Nothing is opened.
     */
    private static InputFileException refusal(CommitteeBoundary boundary, String declared, InputFiles.Limit limit) {
        try {
            InputFiles.requireReadable(boundary.resolve(declared), limit);
            return null;
        } catch (InputFileException e) {
            return e;
        }
    }

    private static String suggestion(String id, Set<String> ids) {
        return ids.stream().filter(k -> k.equalsIgnoreCase(id) || k.replace("-", "").equalsIgnoreCase(id.replace("-", "")))
                .findFirst().map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    /** A problem at {@code path} of the model, named and placed as in the file (which may hold more than the model). */
    private static Problem error(Parsed<?> m, String path, String message) {
        return Problem.error(m.file(), m.source().valueAt(path), m.source().sourcePath(path), message);
    }

    private static Problem warning(Parsed<?> m, String path, String message) {
        return Problem.warning(m.file(), m.source().valueAt(path), m.source().sourcePath(path), message);
    }

    /** Calls {@code action} with the path of every agenda item, sub-items included. */
    static void eachItem(Meeting meeting, BiConsumer<String, AgendaItem> action) {
        for (int i = 0; i < meeting.agenda().size(); i++) {
            eachItem("agenda[" + i + "]", meeting.agenda().get(i), action);
        }
    }

    private static void eachItem(String path, AgendaItem item, BiConsumer<String, AgendaItem> action) {
        action.accept(path, item);
        for (int i = 0; i < item.items().size(); i++) {
            eachItem(path + ".items[" + i + "]", item.items().get(i), action);
        }
    }

    /** Calls {@code action} with the path of every action item, in agenda items and follow-ups. */
    static void eachAction(Meeting meeting, BiConsumer<String, ActionItem> action) {
        eachItem(meeting, (path, item) -> {
            for (int i = 0; i < item.actions().size(); i++) {
                action.accept(path + ".actions[" + i + "]", item.actions().get(i));
            }
        });
        if (meeting.next() != null) {
            for (int f = 0; f < meeting.next().followUps().size(); f++) {
                List<ActionItem> actions = meeting.next().followUps().get(f).actions();
                for (int i = 0; i < actions.size(); i++) {
                    action.accept("next.followUps[" + f + "].actions[" + i + "]", actions.get(i));
                }
            }
        }
    }

    /** Where a field was found, for "first used at" messages. */
    private record Located(Parsed<Meeting> meeting, String path) {
        String where() {
            Position at = meeting.source().valueAt(path);
            return meeting.file() + ":" + at.line();
        }
    }
}
