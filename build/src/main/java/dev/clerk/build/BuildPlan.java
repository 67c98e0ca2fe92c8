package dev.clerk.build;

import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.Meeting;
import dev.clerk.model.check.CheckReport;
import dev.clerk.model.check.CheckedCommittee;
import dev.clerk.model.check.Checker;
import dev.clerk.model.io.CommitteeFolder;
import dev.clerk.model.io.Examined;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Problem;
import dev.clerk.model.text.Wording;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code clerk build} makes for a committee folder, worked out without rendering anything: for every
 * meeting its minutes (when it has minutes, see {@link Meeting#hasMinutes()}) and its agenda, the agenda packet
 * of each meeting still to come (one without minutes) and of the newest meeting, and the committee's task list, each with its output name and the files its content depends on.
 *
 * <p>Each meeting file and {@code committee.yaml} is read once here: the documents are rendered from what was
 * read, and each planned document carries the content hash of those bytes, which the build records (so that a
 * file edited while a build runs is not taken for rendered).
 *
 * <p>The folder is checked first, as {@code clerk check} does. A meeting file with errors blocks its own
 * documents and those that depend on it (the agendas of later meetings, which carry its open tasks, and the
 * task list); everything else is still planned. Errors in {@code committee.yaml} block everything.
 */
public final class BuildPlan {
    private final Path root;
    private final CheckedCommittee checked;
    private final Committee committee;
    private final Parsed<Body> body;
    private final Map<Path, Parsed<Meeting>> meetings;
    private final List<Problem> problems;
    private final List<PlannedDocument> documents;
    private final Map<String, Blocked> blocked;
    private final LocalDate tasksAsOf;

    private BuildPlan(Path root, CheckedCommittee checked, Committee committee, Parsed<Body> body,
                      Map<Path, Parsed<Meeting>> meetings, List<Problem> problems, List<PlannedDocument> documents, Map<String, Blocked> blocked,
                      LocalDate tasksAsOf) {
        this.root = root;
        this.checked = checked;
        this.committee = committee;
        this.body = body;
        this.meetings = Map.copyOf(meetings);
        this.problems = List.copyOf(problems);
        this.documents = List.copyOf(documents);
        this.blocked = blocked;
        this.tasksAsOf = tasksAsOf;
    }

    /**
     * Plans the documents of the committee folder {@code root} in the given kinds (those the caller can render).
     *
     * @param root  the committee folder, as the user named it (problems and reasons name files from there)
     * @param kinds the kinds of document to plan
     */
    public static BuildPlan of(Path root, Collection<DocumentKind> kinds) {
        Objects.requireNonNull(root, "root");
        return of(root, Checker.examine(root), kinds);
    }

    /**
     * Plans the documents of the committee folder {@code root} as {@code checked} read it: no file is read again, and
     * what each document is recorded as made from is the hash of the bytes that were checked.
     *
     * @param root    the committee folder, as the user named it and as the check was given it
     * @param checked the committee as one check read it
     * @param kinds   the kinds of document to plan
     */
    public static BuildPlan of(Path root, CheckedCommittee checked, Collection<DocumentKind> kinds) {
        Objects.requireNonNull(root, "root");
        Set<DocumentKind> wanted = kinds.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : EnumSet.copyOf(kinds);
        CheckReport report = checked.report();
        Path bodyFile = root.resolve(CommitteeFolder.BODY_FILE);
        Map<String, Blocked> blocked = new LinkedHashMap<>();
        Map<Path, String> read = new HashMap<>();
        Parsed<Body> parsedBody = null;
        if (!checked.hasErrors(bodyFile) && checked.bodyFile().isPresent()) {
            Examined<Body> examined = checked.bodyFile().get();
            parsedBody = examined.parsed().orElse(null);
            examined.content().ifPresent(c -> read.put(normal(bodyFile), c.digest()));
        }
        if (parsedBody == null) {
            blocked.put(bodyFile.toString(), new Blocked(bodyFile.toString(), "has errors; nothing was built"));
            return new BuildPlan(root, checked, null, null, Map.of(), report.problems(), List.of(), blocked, null);
        }
        Body body = parsedBody.value();
        List<Path> fonts = body.fonts().stream().map(f -> root.resolve(stripIndex(f))).toList();

        // Meeting files in date order; each agenda depends on every file before it.
        List<Path> files = new ArrayList<>();
        Set<Path> broken = new HashSet<>();
        List<Meeting> valid = new ArrayList<>();
        Map<Path, Meeting> meetingOf = new HashMap<>();
        Map<Path, Parsed<Meeting>> parsedMeetings = new HashMap<>();
        for (Examined<Meeting> examined : checked.meetingFiles()) {
            Path file = Path.of(examined.file());
            files.add(file);
            Parsed<Meeting> parsed = checked.hasErrors(file) ? null : examined.parsed().orElse(null);
            if (parsed == null) {
                broken.add(normal(file));
                blocked.put(file.toString(), new Blocked(file.toString(), "has errors; its documents were not built"));
            } else {
                valid.add(parsed.value());
                meetingOf.put(file, parsed.value());
                parsedMeetings.put(normal(file), parsed);
                examined.content().ifPresent(c -> read.put(normal(file), c.digest()));
            }
        }
        Committee committee = new Committee(body, valid);
        List<PlannedDocument> documents = new ArrayList<>();
        List<Path> earlier = new ArrayList<>();
        Path firstBroken = null;
        Path newest = files.isEmpty() ? null : files.get(files.size() - 1);
        for (Path file : files) {
            if (broken.contains(normal(file))) {
                firstBroken = firstBroken == null ? file : firstBroken;
                earlier.add(file);
                continue;
            }
            Meeting m = meetingOf.get(file);
            String key = key(file);
            for (DocumentKind kind : wanted) {
                DocumentKind.Scope scope = kind.scope();
                if (scope == DocumentKind.Scope.COMMITTEE || (scope == DocumentKind.Scope.MINUTES && !m.hasMinutes())
                        || (scope == DocumentKind.Scope.PACKET && m.hasMinutes() && file != newest)) {
                    continue;
                }
                List<Path> inputs = new ArrayList<>(List.of(file, bodyFile));
                if (scope != DocumentKind.Scope.MINUTES) {
                    inputs.addAll(earlier);
                }
                if (scope == DocumentKind.Scope.PACKET) {
                    m.allItems().flatMap(i -> i.attachments().stream()).forEach(a -> inputs.add(root.resolve(a.path())));
                }
                if (kind.usesFonts()) {
                    inputs.addAll(fonts);
                }
                PlannedDocument doc = new PlannedDocument(kind, key + "-" + kind.word() + "." + kind.extension(),
                        title(kind, m), m, file, inputs, readOf(inputs, read));
                documents.add(doc);
                if (scope != DocumentKind.Scope.MINUTES && firstBroken != null) {
                    blocked.put(doc.output(), new Blocked(doc.output(), "not built: it carries the open tasks of "
                            + firstBroken + ", which has errors"));
                }
            }
            earlier.add(file);
        }
        LocalDate asOf = committee.meetings().stream().filter(Meeting::hasMinutes).map(Meeting::date)
                .reduce((a, b) -> b).orElse(committee.meetings().isEmpty() ? null
                        : committee.meetings().get(committee.meetings().size() - 1).date());
        if (asOf != null) {
            List<Path> inputs = new ArrayList<>(List.of(bodyFile));
            inputs.addAll(files);
            for (DocumentKind kind : wanted) {
                if (kind.scope() != DocumentKind.Scope.COMMITTEE) {
                    continue;
                }
                List<Path> in = new ArrayList<>(inputs);
                if (kind.usesFonts()) {
                    in.addAll(fonts);
                }
                PlannedDocument doc = new PlannedDocument(kind, kind.word() + "." + kind.extension(),
                        "Open tasks as of " + Wording.date(asOf), null, null, in, readOf(in, read));
                documents.add(doc);
                if (firstBroken != null) {
                    blocked.put(doc.output(), new Blocked(doc.output(), "not built: " + firstBroken + " has errors"));
                }
            }
        }
        return new BuildPlan(root, checked, committee, parsedBody, parsedMeetings, report.problems(), documents, blocked, asOf);
    }

    /** The hashes, as read, of those of {@code inputs} the plan read. */
    private static Map<Path, String> readOf(List<Path> inputs, Map<Path, String> read) {
        Map<Path, String> of = new HashMap<>();
        for (Path p : inputs) {
            String hash = read.get(normal(p));
            if (hash != null) {
                of.put(normal(p), hash);
            }
        }
        return of;
    }

    private static String stripIndex(String font) {
        int comma = font.lastIndexOf(',');
        return comma > 0 && font.substring(comma + 1).chars().allMatch(Character::isDigit)
                ? font.substring(0, comma) : font;
    }

    private static String title(DocumentKind kind, Meeting m) {
        String what = switch (kind.scope()) {
            case MINUTES -> "Minutes";
            case AGENDA -> "Agenda";
            case PACKET -> "Agenda packet";
            case COMMITTEE -> throw new IllegalArgumentException(kind.toString());
        };
        return what + " of " + Wording.date(m.date());
    }

    /** A meeting file's name without its extension: "2017-03-27", "2017-03-27-special". */
    public static String key(Path meetingFile) {
        String name = meetingFile.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** The committee folder, as given. */
    public Path root() {
        return root;
    }

    /** The committee as the plan's check read it: its files, their texts and every problem found. */
    public CheckedCommittee checked() {
        return checked;
    }

    /** The body and its meetings without errors, for the renderers; null when committee.yaml has errors. */
    public Committee committee() {
        return committee;
    }

    /**
     * The committee file as the plan read it (the body of {@link #committee()}, with the position of each field);
     * null when it has errors.
     */
    public Parsed<Body> body() {
        return body;
    }

    /** The meeting read from {@code file}, as the plan parsed it, so that problems point at its lines. */
    public Parsed<Meeting> meeting(Path file) {
        return meetings.get(normal(file));
    }

    /** Everything the check found, errors and warnings, sorted by file and line. */
    public List<Problem> problems() {
        return problems;
    }

    /** Every planned document, meetings in date order, then the committee's; blocked ones included. */
    public List<PlannedDocument> documents() {
        return documents;
    }

    /** The documents that can be built now. */
    public List<PlannedDocument> buildable() {
        return documents.stream().filter(d -> !blocked.containsKey(d.output())).toList();
    }

    /** What cannot be built, and why: meeting files with errors, then the documents that depend on them. */
    public List<Blocked> blocked() {
        return List.copyOf(blocked.values());
    }

    /** The date the task list is drawn up as of: that of the newest meeting with minutes; null without meetings. */
    public LocalDate tasksAsOf() {
        return tasksAsOf;
    }
}
