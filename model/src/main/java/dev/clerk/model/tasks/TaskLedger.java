package dev.clerk.model.tasks;

import dev.clerk.model.ActionItem;
import dev.clerk.model.Body;
import dev.clerk.model.BodyDefaults;
import dev.clerk.model.Committee;
import dev.clerk.model.Group;
import dev.clerk.model.Meeting;
import dev.clerk.model.NameReference;
import dev.clerk.model.Names;
import dev.clerk.model.Person;
import dev.clerk.model.TaskStatus;
import dev.clerk.model.TaskUpdate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every action item of a committee followed through its meetings: assigned at one meeting, reported on at later
 * ones (new status, note, owner or due date) until it is done or dropped. From it come the carry-forward list
 * that goes into a meeting and the task list as of any day.
 *
 * <p>Meetings count in the committee's order (by date, then start time). As of a day means "as the minutes of the
 * meetings held on or before that day record it"; going into a meeting means "as the minutes of the meetings
 * before it record it", and that meeting counts as one more meeting each open task is carried to.
 */
public final class TaskLedger {
    private static final Comparator<Meeting> ORDER = Comparator.comparing(Meeting::date)
            .thenComparing(m -> m.start() == null ? LocalTime.MIN : m.start());

    private final Body body;
    private final List<Meeting> meetings;
    private final List<Track> tracks = new ArrayList<>();
    private final Map<String, Track> byId = new HashMap<>();
    private final List<LedgerIssue> issues = new ArrayList<>();
    /**
     * The person an owner written by title or office stands for ("Chair Jerdonek", "the Clerk": {@link
     * NameReference}), by canonical owner; null where two meetings' words stand for different people.
     */
    private final Map<String, String> personOf = new HashMap<>();
    /** Owner names as written, to their roster spelling; and any name to its folded form. Both are costly. */
    private final Map<String, String> spelling = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();

    private TaskLedger(Body body, List<Meeting> meetings) {
        this.body = body;
        this.meetings = meetings;
    }

    /** The ledger of a committee. */
    public static TaskLedger of(Committee committee) {
        return of(committee.body(), committee.meetings());
    }

    /**
     * The ledger of some meetings; {@code body} (null when there is none) gives the numbering of items and the
     * roster's spelling of owners. Meetings are taken in date order whatever order they are given in.
     */
    public static TaskLedger of(Body body, List<Meeting> meetings) {
        List<Meeting> sorted = new ArrayList<>(meetings);
        sorted.sort(ORDER);
        TaskLedger ledger = new TaskLedger(body, List.copyOf(sorted));
        ledger.build();
        return ledger;
    }

    private void build() {
        BodyDefaults defaults = body == null ? BodyDefaults.none() : body.defaults();
        for (int mi = 0; mi < meetings.size(); mi++) {
            Meeting m = meetings.get(mi);
            for (Assignments.Assigned a : Assignments.of(m, defaults)) {
                ActionItem item = a.item();
                if (item.id() != null && byId.containsKey(item.id())) {
                    continue; // a duplicate id; the checker reports it
                }
                Track t = new Track(item.id(), tracks.size(), mi, a.origin(), item.task());
                t.add(new Event(mi, m.date(), item.status(), item.owners(), item.due(), item.note()));
                resolve(item.owners(), m);
                tracks.add(t);
                if (item.id() != null) {
                    byId.put(item.id(), t);
                }
            }
        }
        for (int mi = 0; mi < meetings.size(); mi++) {
            Meeting m = meetings.get(mi);
            for (int i = 0; i < m.updates().size(); i++) {
                TaskUpdate u = m.updates().get(i);
                Track t = byId.get(u.task());
                if (t == null || t.meetingIndex >= mi) {
                    continue; // unknown, or not assigned before: the checker reports it
                }
                check(t, u, m, "updates[" + i + "]");
                t.add(new Event(mi, u.date() == null ? m.date() : u.date(), u.status(),
                        u.owners().isEmpty() ? null : u.owners(), u.due(), u.note()));
                resolve(u.owners(), m);
            }
        }
    }

    /** Notes whom the owners of meeting {@code m} that are written by title or office stand for. */
    private void resolve(List<String> owners, Meeting m) {
        NameReference among = null;
        for (String owner : owners) {
            among = among == null ? NameReference.among(body, m) : among;
            Optional<String> person = among.resolve(owner).filter(p -> !Names.same(p, owner));
            if (person.isPresent()) {
                String key = Names.canonical(owner);
                if (personOf.containsKey(key) && !Names.same(personOf.get(key), person.get())) {
                    personOf.put(key, null);
                } else if (!personOf.containsKey(key)) {
                    personOf.put(key, person.get());
                }
            }
        }
    }

    /** The person {@code owner} stands for: the full name behind "Chair Jerdonek" or "the Clerk", else the owner. */
    private String person(String owner) {
        String person = personOf.get(Names.canonical(owner));
        return person == null ? owner : person;
    }

    private void check(Track t, TaskUpdate u, Meeting m, String path) {
        TaskStatus now = t.status;
        if (now.isClosed() && u.status().isClosed()) {
            issues.add(new LedgerIssue(m, path + ".status", "task '" + t.id + "' is already " + now.key() + " (since "
                    + t.closedOn + "); a task is closed once (reopen it with a note first)"));
        } else if (now.isClosed() && u.note() == null) {
            issues.add(new LedgerIssue(m, path + ".status", "task '" + t.id + "' was " + now.key() + " on "
                    + t.closedOn + "; reopening it as " + u.status().key() + " needs a note saying why"));
        }
    }

    /** Problems in the updates' sequence: a task closed twice, a closed task reopened without a note. */
    public List<LedgerIssue> issues() {
        return List.copyOf(issues);
    }

    /** Every task id in use, in the order the tasks were assigned. */
    public List<String> ids() {
        return tracks.stream().map(t -> t.id).filter(Objects::nonNull).toList();
    }

    /** The open tasks going into {@code meeting}: overdue first, then in the order they were assigned. */
    public List<TaskEntry> carriedTo(Meeting meeting) {
        return open(before(meeting));
    }

    /** The open tasks going into a meeting on {@code date} that is not (yet) among the committee's meetings. */
    public List<TaskEntry> carriedTo(LocalDate date) {
        return open(new Cut(countBefore(date), date, true));
    }

    private List<TaskEntry> open(Cut cut) {
        List<TaskEntry> out = new ArrayList<>();
        for (Track t : tracks) {
            if (isOpenAt(t, cut)) {
                out.add(entry(t, cut));
            }
        }
        return sorted(out);
    }

    /** Whether the task was assigned before the cut and is open there: the cheap test before the whole entry. */
    private static boolean isOpenAt(Track t, Cut cut) {
        if (t.meetingIndex >= cut.included) {
            return false;
        }
        TaskStatus status = null;
        for (Event e : t.events) {
            if (e.meetingIndex >= cut.included) {
                break;
            }
            status = e.status;
        }
        return !status.isClosed();
    }

    /**
     * The tasks a review item of {@code meeting} lists, as they stand going into it, in the order given.
     * Ids that name no task assigned before the meeting are left out (the checker reports them).
     */
    public List<TaskEntry> reviewedAt(Meeting meeting, List<String> ids) {
        Cut cut = before(meeting);
        List<TaskEntry> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Track t = byId.get(id);
            TaskEntry e = t == null ? null : entry(t, cut);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether {@code name} is on the roster, a declared group, or has ever owned a task. */
    public boolean knowsOwner(String name) {
        if (body != null && (body.person(name).isPresent() || body.group(name).isPresent())) {
            return true;
        }
        return tracks.stream().flatMap(t -> t.events.stream()).filter(e -> e.owners != null)
                .flatMap(e -> e.owners.stream()).anyMatch(o -> Names.same(o, name) || Names.same(person(o), name));
    }

    /** The task list as {@code query} asks for it. */
    public TaskList list(TaskQuery query) {
        Cut cut = query.goingInto() ? new Cut(countBefore(query.asOf()), query.asOf(), true)
                : new Cut(countThrough(query.asOf()), query.asOf(), false);
        List<TaskEntry> entries = new ArrayList<>();
        for (Track t : tracks) {
            if (!query.includeClosed() && !isOpenAt(t, cut)) {
                continue;
            }
            TaskEntry e = entry(t, cut);
            if (e == null || (e.isClosed() && !query.includeClosed())) {
                continue;
            }
            if (query.owner() != null && e.owners().stream().noneMatch(o -> ownerMatches(o, query.owner()))) {
                continue;
            }
            entries.add(e);
        }
        entries = sorted(entries);
        List<TaskGroup> groups = query.grouping() == Grouping.OWNER ? byOwner(entries, query.owner()) : byMeeting(entries);
        return new TaskList(body == null ? "" : body.name(), query, entries, groups);
    }

    private List<TaskGroup> byOwner(List<TaskEntry> entries, String filter) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<TaskEntry>> grouped = new HashMap<>();
        String none = "\uffff";
        for (TaskEntry e : entries) {
            List<String> owners = e.owners().isEmpty() ? List.of(none) : e.owners();
            for (String o : owners) {
                if (filter != null && o != none && !ownerMatches(o, filter)) {
                    continue;
                }
                // One group per person, however the minutes named them ("Chair Jerdonek", "Christopher Jerdonek").
                String key = o == none ? none : fold(person(o));
                names.putIfAbsent(key, o == none ? null : person(o));
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        return grouped.keySet().stream().sorted()
                .map(k -> TaskGroup.owner(names.get(k), grouped.get(k))).toList();
    }

    private List<TaskGroup> byMeeting(List<TaskEntry> entries) {
        Map<String, List<TaskEntry>> grouped = new LinkedHashMap<>();
        Map<String, Origin> meetings = new HashMap<>();
        List<TaskEntry> inOrder = new ArrayList<>(entries);
        inOrder.sort(Comparator.comparing((TaskEntry e) -> e.origin().meeting()));
        for (TaskEntry e : inOrder) {
            String key = e.origin().meeting() + (e.origin().special() ? "-special" : "");
            meetings.putIfAbsent(key, e.origin());
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<TaskGroup> out = new ArrayList<>();
        grouped.forEach((k, list) -> out.add(TaskGroup.meeting(meetings.get(k).meeting(), meetings.get(k).special(),
                sorted(list))));
        return out;
    }

    /** Whether the task owner {@code owner} is {@code name}, or a group {@code name} belongs to. */
    private boolean ownerMatches(String owner, String name) {
        if (Names.same(owner, name) || Names.same(person(owner), name)) {
            return true;
        }
        if (body == null) {
            return false;
        }
        Optional<Group> group = body.group(owner);
        if (group.isEmpty()) {
            return false;
        }
        if (group.get().isWholeBody()) {
            return body.person(name).map(Person::isMember).orElse(false);
        }
        return group.get().members().stream().anyMatch(m -> Names.same(m, name));
    }

    /** Overdue first (most overdue first), then open tasks as they were given (in assignment order), then closed. */
    private static List<TaskEntry> sorted(List<TaskEntry> entries) {
        record Ranked(TaskEntry entry, int order) {
        }
        List<Ranked> ranked = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ranked.add(new Ranked(entries.get(i), i));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.entry().isClosed())
                .thenComparing(Comparator.comparingInt((Ranked r) -> r.entry().daysOverdue()).reversed())
                .thenComparing(r -> r.entry().closedOn() == null ? LocalDate.MIN : r.entry().closedOn())
                .thenComparing(r -> r.entry().origin().meeting())
                .thenComparingInt(Ranked::order));
        return ranked.stream().map(Ranked::entry).toList();
    }

    private Cut before(Meeting meeting) {
        for (int i = 0; i < meetings.size(); i++) {
            if (meetings.get(i) == meeting) {
                return new Cut(i, meeting.date(), true);
            }
        }
        int index = meetings.indexOf(meeting);
        return new Cut(index >= 0 ? index : countBefore(meeting.date()), meeting.date(), true);
    }

    private int countBefore(LocalDate date) {
        return (int) meetings.stream().filter(m -> m.date().isBefore(date)).count();
    }

    private int countThrough(LocalDate date) {
        return (int) meetings.stream().filter(m -> !m.date().isAfter(date)).count();
    }

    /** The task as the meetings before the cut record it; null when it was not assigned before the cut. */
    private TaskEntry entry(Track t, Cut cut) {
        if (t.meetingIndex >= cut.included) {
            return null;
        }
        TaskStatus status = null;
        List<String> owners = List.of();
        LocalDate due = null;
        LocalDate closedOn = null;
        List<TaskNote> notes = new ArrayList<>();
        int carried = 0;
        int nextMeeting = t.meetingIndex + 1; // the first meeting whose start status is not yet counted
        for (int i = 0; i < t.events.size(); i++) {
            Event e = t.events.get(i);
            if (e.meetingIndex >= cut.included) {
                break;
            }
            // Meetings from nextMeeting to this event's meeting started with the status before the event.
            if (status != null && !status.isClosed()) {
                carried += Math.max(0, e.meetingIndex - nextMeeting + 1);
            }
            nextMeeting = Math.max(nextMeeting, e.meetingIndex + 1);
            if (i == 0) {
                status = e.status;
                owners = names(e.owners);
                due = e.due;
                closedOn = status.isClosed() ? e.date : null;
                if (e.note != null) {
                    notes.add(TaskNote.remark(e.date, e.note));
                }
                continue;
            }
            TaskStatus newStatus = e.status != status ? e.status : null;
            boolean reopened = newStatus != null && status.isClosed() && !newStatus.isClosed();
            List<String> ownersBefore = List.of();
            List<String> newOwners = null;
            if (e.owners != null && !sameNames(e.owners, owners)) {
                ownersBefore = owners;
                newOwners = names(e.owners);
                owners = newOwners;
            }
            LocalDate dueBefore = null;
            LocalDate newDue = null;
            if (e.due != null && !e.due.equals(due)) {
                dueBefore = due;
                newDue = e.due;
                due = e.due;
            }
            if (e.status.isClosed() && !status.isClosed()) {
                closedOn = e.date;
            } else if (!e.status.isClosed()) {
                closedOn = null;
            }
            status = e.status;
            if (newStatus != null || newOwners != null || newDue != null || e.note != null) {
                notes.add(new TaskNote(e.date, newStatus, reopened, ownersBefore, newOwners, dueBefore, newDue, e.note));
            }
        }
        if (!status.isClosed()) {
            carried += Math.max(0, cut.included - nextMeeting) + (cut.upcoming ? 1 : 0);
        }
        int overdue = !status.isClosed() && due != null && due.isBefore(cut.day)
                ? (int) ChronoUnit.DAYS.between(due, cut.day) : 0;
        return new TaskEntry(t.id, t.text, owners, due, status, closedOn, overdue, carried, t.origin, notes);
    }

    /** Owners as the roster spells them, each once. */
    private List<String> names(List<String> owners) {
        List<String> out = new ArrayList<>(owners.size());
        Set<String> seen = new java.util.HashSet<>();
        for (String o : owners) {
            String name = spelling.computeIfAbsent(o, k -> body == null ? k
                    : body.person(k).map(Person::name).or(() -> body.group(k).map(Group::name)).orElse(k));
            if (seen.add(fold(name))) {
                out.add(name);
            }
        }
        return out;
    }

    private String fold(String name) {
        return folded.computeIfAbsent(name, Names::canonical);
    }

    private boolean sameNames(List<String> a, List<String> b) {
        return a.stream().map(this::fold).collect(java.util.stream.Collectors.toSet())
                .equals(b.stream().map(this::fold).collect(java.util.stream.Collectors.toSet()));
    }

    /** The meetings that count ({@code included} of them), the day overdue days are counted to, and whether a
     * meeting being prepared counts as one more carry. */
    private record Cut(int included, LocalDate day, boolean upcoming) {
    }

    /** A change recorded for a task; owners null when unchanged. */
    private record Event(int meetingIndex, LocalDate date, TaskStatus status, List<String> owners, LocalDate due,
                         String note) {
    }

    /** A task while the ledger is built: its fixed facts, its events, and its latest status. */
    private static final class Track {
        final String id;
        final int ordinal;
        final int meetingIndex;
        final Origin origin;
        final String text;
        final List<Event> events = new ArrayList<>();
        TaskStatus status;
        LocalDate closedOn;

        Track(String id, int ordinal, int meetingIndex, Origin origin, String text) {
            this.id = id;
            this.ordinal = ordinal;
            this.meetingIndex = meetingIndex;
            this.origin = origin;
            this.text = text;
        }

        void add(Event e) {
            if (e.status.isClosed() && (status == null || !status.isClosed())) {
                closedOn = e.date;
            } else if (!e.status.isClosed()) {
                closedOn = null;
            }
            status = e.status;
            events.add(e);
        }
    }
}
