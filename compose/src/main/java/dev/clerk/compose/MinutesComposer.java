package dev.clerk.compose;

import dev.clerk.compose.doc.Block;
import dev.clerk.compose.doc.Callout;
import dev.clerk.compose.doc.Document;
import dev.clerk.compose.doc.Fields;
import dev.clerk.compose.doc.Furniture;
import dev.clerk.compose.doc.Heading;
import dev.clerk.compose.doc.ItemList;
import dev.clerk.compose.doc.Link;
import dev.clerk.compose.doc.Meta;
import dev.clerk.compose.doc.Numbering;
import dev.clerk.compose.doc.Paragraph;
import dev.clerk.compose.doc.Paragraph.Role;
import dev.clerk.compose.doc.Source;
import dev.clerk.compose.doc.Table;
import dev.clerk.compose.doc.Text;
import dev.clerk.model.ActionItem;
import dev.clerk.model.AgendaItem;
import dev.clerk.model.AttendanceStatus;
import dev.clerk.model.Attachment;
import dev.clerk.model.Attendee;
import dev.clerk.model.Body;
import dev.clerk.model.Committee;
import dev.clerk.model.FollowUp;
import dev.clerk.model.Location;
import dev.clerk.model.Meeting;
import dev.clerk.model.MeetingKind;
import dev.clerk.model.Motion;
import dev.clerk.model.Names;
import dev.clerk.model.NextMeeting;
import dev.clerk.model.TaskUpdate;
import dev.clerk.model.tasks.TaskEntry;
import dev.clerk.model.tasks.TaskLedger;
import dev.clerk.model.text.Attendance;
import dev.clerk.model.text.Outline;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Composes a meeting's minutes in the reference minutes' form: letterhead, the title line, date, place, presiding
 * officer, recorder and status; attendance; each agenda item numbered in the body's style with its presenter and
 * attachments, its narrative verbatim and its motions, decisions and action items set off; the next meeting with
 * its numbered follow-ups and proposed items; the adjournment; reports on earlier action items; and every action
 * item of the meeting in one table.
 *
 * <pre>{@code
 * Document minutes = MinutesComposer.compose(committee, meeting);
 * }</pre>
 */
public final class MinutesComposer {
    /** The characters the running header's line holds: the body's name, the minutes' title and the date. */
    private static final int HEADER_CHARACTERS = 90;
    private final Body body;
    private final Meeting meeting;
    private final TaskLedger ledger;
    private final Phrases p;
    private final List<Block> blocks = new ArrayList<>();
    /** The number, item label, anchor and field of each action item, by identity: two equal tasks are two rows. */
    private final Map<ActionItem, Placed> placed = new IdentityHashMap<>();

    private record Placed(int number, String label, String anchor, Source source) {
    }

    private MinutesComposer(Committee committee, Meeting meeting) {
        this.body = committee.body();
        this.meeting = meeting;
        this.ledger = TaskLedger.of(committee);
        this.p = new Phrases(body.language(), name -> Attendance.nameLanguage(body, meeting, name));
    }

    /**
     * The minutes of {@code meeting}; the committee gives the letterhead, the roster and, for reports on earlier
     * action items, the tasks' own words. The meeting need not be among the committee's meetings.
     */
    public static Document compose(Committee committee, Meeting meeting) {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(meeting, "meeting");
        return new MinutesComposer(committee, meeting).build();
    }

    /** The minutes of {@code meeting} of {@code body}, with no earlier meetings to look tasks up in. */
    public static Document compose(Body body, Meeting meeting) {
        return compose(new Committee(body, List.of(meeting)), meeting);
    }

    private Source field(String path) {
        return Source.meeting(meeting.date(), meeting.kind() == MeetingKind.SPECIAL, path);
    }

    private Document build() {
        Outline outline = Outline.of(meeting.agenda(), body.defaults());
        Map<AgendaItem, String> paths = paths();
        number(outline, paths);
        Letterheads.add(blocks, body, p);
        blocks.add(Heading.title(title()));
        details();
        attendance();
        for (Outline.Entry e : outline.entries()) {
            item(e, paths.get(e.item()));
        }
        next();
        if (meeting.end() != null) {
            blocks.add(new Paragraph(Role.CLOSING, p.phrase("minutes.adjourned", null,
                    Text.of(p.m.time(meeting.end()), field("end")))));
        }
        updates();
        actionTable();
        return new Document(meta(), furniture(), numbering(body), blocks);
    }

    static List<Numbering> numbering(Body body) {
        // Every level the body sets (at least three), so that painters that number for themselves reach each label.
        return IntStream.range(0, Math.max(3, body.defaults().numbering().size()))
                .mapToObj(level -> Phrases.numbering(body.defaults().numberingAt(level))).toList();
    }

    /** Numbers every action item of the meeting, in the order of the consolidated table. */
    private void number(Outline outline, Map<AgendaItem, String> paths) {
        for (Outline.Entry e : outline.entries()) {
            List<ActionItem> actions = e.item().actions();
            for (int i = 0; i < actions.size(); i++) {
                placed.put(actions.get(i), new Placed(placed.size() + 1, e.path(), anchor(e.path()),
                        field(paths.get(e.item()) + ".actions[" + i + "]")));
            }
        }
        if (meeting.next() != null) {
            String label = Outline.labelAfter(meeting.agenda(), body.defaults());
            List<FollowUp> followUps = meeting.next().followUps();
            for (int f = 0; f < followUps.size(); f++) {
                List<ActionItem> actions = followUps.get(f).actions();
                for (int i = 0; i < actions.size(); i++) {
                    placed.put(actions.get(i), new Placed(placed.size() + 1,
                            p.get("minutes.actions.followUp", label, p.get("minutes.next.followUp", f + 1)),
                            "next-meeting", field("next.followUps[" + f + "].actions[" + i + "]")));
                }
            }
        }
    }

    private static String anchor(String path) {
        return "item-" + path.replace(".", "-").replaceAll("-$", "");
    }

    private Map<AgendaItem, String> paths() {
        Map<AgendaItem, String> out = new IdentityHashMap<>();
        paths(meeting.agenda(), "agenda", out);
        return out;
    }

    private static void paths(List<AgendaItem> items, String prefix, Map<AgendaItem, String> out) {
        for (int i = 0; i < items.size(); i++) {
            out.put(items.get(i), prefix + "[" + i + "]");
            paths(items.get(i).items(), prefix + "[" + i + "].items", out);
        }
    }

    private String what() {
        return meeting.title() != null ? meeting.title()
                : p.get(meeting.kind() == MeetingKind.SPECIAL ? "minutes.title.special" : "minutes.title");
    }

    /** The meeting's title from its file, or Clerk's "Minutes" or "Special Meeting Minutes". */
    private Text whatText() {
        return meeting.title() != null ? p.words(meeting.title(), field("title")) : Text.plain(what());
    }

    /**
     * What the running header calls the minutes, on one line beside the body's name: the meeting's title when the
     * line holds it, else Clerk's "Minutes" (an imported title can be a whole sentence, "Minutes of the Annual General
     * Meeting held at the Village Hall on ... at 7.00pm", which would run over the body's name or onto a second line).
     */
    private Text headerWhat() {
        if (meeting.title() == null || body.name().length() + meeting.title().length() + p.date(meeting.date()).length()
                + 3 <= HEADER_CHARACTERS) {
            return whatText();
        }
        return Text.plain(p.get(meeting.kind() == MeetingKind.SPECIAL ? "minutes.title.special" : "minutes.title"));
    }

    /** "Sex Work and Trafficking Policy Impact Committee - March 27, 2017 - Minutes", as the reference minutes. */
    private Text title() {
        return p.phrase("minutes.heading", null, p.words(body.name(), Source.committee("name")),
                Text.of(p.unbreakableDate(meeting.date()), field("date")), whatText());
    }

    private void details() {
        List<Fields.Field> fields = new ArrayList<>();
        Text date = Text.of(p.date(meeting.date()), field("date"));
        Text when = meeting.start() == null ? date
                : p.phrase("format.dateAndTime", null, date, Text.of(p.m.time(meeting.start()), field("start")));
        fields.add(new Fields.Field(p.get("minutes.field.date"), when));
        Location location = meeting.location() != null ? meeting.location() : body.defaults().location();
        if (location != null) {
            Source source = meeting.location() != null ? field("location") : Source.committee("defaults.location");
            fields.add(new Fields.Field(p.get("minutes.field.location"), location(location, source, "\n")));
        }
        if (meeting.presiding() != null) {
            fields.add(new Fields.Field(p.get("minutes.field.presiding"), name(meeting.presiding(), field("presiding"))));
        }
        if (meeting.recorder() != null) {
            fields.add(new Fields.Field(p.get("minutes.field.recorder"), name(meeting.recorder(), field("recorder"))));
        }
        fields.add(new Fields.Field(p.get("minutes.field.status"), status()));
        blocks.add(new Fields(fields));
    }

    /** A place's name and address lines with {@code separator} (Clerk's) between them, each from its field. */
    private Text location(Location location, Source at, String separator) {
        List<Text> lines = new ArrayList<>();
        if (location.name() != null) {
            lines.add(p.words(location.name(), at.at("name")));
        }
        for (int i = 0; i < location.address().size(); i++) {
            lines.add(p.words(location.address().get(i), at.at("address[" + i + "]")));
        }
        return p.join(lines, separator, null);
    }

    /** "Approved on February 14, 2024" or "Draft – not yet approved". */
    private Text status() {
        return meeting.isApproved()
                ? p.phrase("minutes.status.approved", null, Text.of(p.date(meeting.approvedOn()), field("approvedOn")))
                : Text.plain(p.get("minutes.status.draft"));
    }

    private void attendance() {
        Attendance a = Attendance.of(body, meeting);
        if (!a.grouped()) {
            if (!a.attendees().isEmpty()) {
                attendanceLine("minutes.attendance.attendees", a.attendees());
            }
            return;
        }
        attendanceLine("minutes.attendance.present", a.present());
        if (!a.absent().isEmpty()) {
            attendanceLine("minutes.attendance.absent", a.absent());
        }
        if (!a.guests().isEmpty()) {
            attendanceLine("minutes.attendance.guests", a.guests());
        }
        if (!a.staff().isEmpty()) {
            attendanceLine("minutes.attendance.staff", a.staff());
        }
        Attendance.QuorumCount quorum = a.quorum();
        if (quorum != null) {
            String members = p.m.plural("minutes.quorum.members", quorum.seats(), quorum.seats());
            String line = p.get(quorum.reached() ? "minutes.quorum.present" : "minutes.quorum.absent",
                    quorum.present(), members, quorum.needed());
            // Counted by Clerk from the attendance and the roster: Clerk's words, no field says them.
            blocks.add(new Paragraph(Role.ATTENDANCE, Text.plain(line)));
        }
    }

    /** "Present: Name, Organization; Name, Organization (by phone)", each value from its field. */
    private void attendanceLine(String label, List<Attendee> attendees) {
        Text.Builder t = Text.builder().strong(p.get(label)).plain(" ");
        if (attendees.isEmpty()) {
            t.plain(p.get("minutes.attendance.none"));
        }
        for (int i = 0; i < attendees.size(); i++) {
            Attendee a = attendees.get(i);
            if (i > 0) {
                t.plain(p.get("minutes.attendance.separator"));
            }
            Line line = lineOf(a);
            // The attendance gives each name the language its line, else the roster, declares.
            t.add(p.words(a.name(), line.at("name"), a.lang()));
            if (a.affiliation() != null) {
                t.plain(", ").add(p.words(a.affiliation(), line.affiliation()));
            }
            // The status needs no field: the list the name is in says it; "excused" is Clerk's word for it.
            boolean excused = a.status() == AttendanceStatus.EXCUSED;
            if (excused || a.note() != null) {
                t.plain(" (");
                if (excused) {
                    t.plain(p.get("minutes.attendance.excused") + (a.note() != null ? ", " : ""));
                }
                if (a.note() != null) {
                    t.add(p.words(a.note(), line.at("note")));
                }
                t.plain(")");
            }
        }
        blocks.add(new Paragraph(Role.ATTENDANCE, t.build()));
    }

    /** A person's name in the language it declares, if it declares one. */
    private Text name(String name, Source source) {
        return p.name(name, source);
    }

    /**
     * Where an attendee's values come from: the attendee's line in the meeting file, or the member's entry on the
     * roster for a member not listed; the affiliation from the roster when the line leaves it out.
     *
     * @param line        {@code attendees[i]} of the meeting file, or {@code people[k]} of the committee file
     * @param affiliation the field of the affiliation shown
     */
    private record Line(Source line, Source affiliation) {
        Source at(String field) {
            return line == null ? null : line.at(field);
        }
    }

    private Line lineOf(Attendee a) {
        if (lines == null) {
            // By name, the first line that has it: the attendance record, then the roster.
            lines = new java.util.HashMap<>();
            Map<String, Source> roster = new java.util.HashMap<>();
            for (int k = 0; k < body.people().size(); k++) {
                roster.putIfAbsent(Names.canonical(body.people().get(k).name()), Source.committee("people[" + k + "]"));
            }
            List<Attendee> listed = meeting.attendees();
            for (int i = 0; i < listed.size(); i++) {
                String key = Names.canonical(listed.get(i).name());
                Source at = field("attendees[" + i + "]");
                Source person = roster.get(key);
                lines.putIfAbsent(key, new Line(at, listed.get(i).affiliation() != null || person == null
                        ? at.at("affiliation") : person.at("affiliation")));
            }
            roster.forEach((key, person) -> lines.putIfAbsent(key, new Line(person, person.at("affiliation"))));
        }
        return lines.getOrDefault(Names.canonical(a.name()), new Line(null, null));
    }

    private Map<String, Line> lines;

    private void item(Outline.Entry e, String path) {
        AgendaItem item = e.item();
        Source at = field(path);
        blocks.add(Heading.item(e.level(), e.label(), p.words(item.title(), at.at("title"), item.lang()),
                anchor(e.path())));
        Text.Builder details = Text.builder();
        if (item.presenter() != null) {
            details.add(p.phrase("minutes.item.presentedBy", null, name(item.presenter(), at.at("presenter"))));
        }
        if (!item.attachments().isEmpty()) {
            if (!details.isEmpty()) {
                details.plain(" ");
            }
            List<Attachment> list = item.attachments();
            String[] parts = p.m.plural("minutes.item.attachments", list.size(), "\u0000").split("\u0000", -1);
            details.plain(parts[0]);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    details.plain(p.get("minutes.item.attachments.separator"));
                }
                details.add(p.words(list.get(i).title(), at.at("attachments[" + i + "].title")));
            }
            details.plain(parts[1] + (list.get(list.size() - 1).title().endsWith(".") ? "" : "."));
        }
        if (!details.isEmpty()) {
            blocks.add(new Paragraph(Role.DETAILS, details.build()));
        }
        for (int i = 0; i < item.narrative().size(); i++) {
            blocks.add(Paragraph.body(p.linked(item.narrative().get(i), at.at("narrative[" + i + "]"),
                    item.narrativeLanguage(i))));
        }
        for (int i = 0; i < item.motions().size(); i++) {
            Motion m = item.motions().get(i);
            Source ms = at.at("motions[" + i + "]");
            Text.Builder t = Text.builder().add(p.words(Phrases.sentence(m.text()), ms.at("text")));
            Text outcome = p.motionOutcome(m, ms);
            if (!outcome.isEmpty()) {
                // A space, then the outcome: the space joins the outcome's first words, both Clerk's.
                t.add(p.join(List.of(Text.empty(), outcome), " ", null));
            }
            blocks.add(new Callout(Callout.Kind.MOTION, p.get("minutes.callout.motion"), t.build()));
        }
        for (int i = 0; i < item.decisions().size(); i++) {
            blocks.add(new Callout(Callout.Kind.DECISION, p.get("minutes.callout.decision"),
                    p.words(item.decisions().get(i), at.at("decisions[" + i + "]"))));
        }
        for (ActionItem a : item.actions()) {
            Placed where = placed.get(a);
            blocks.add(new Callout(Callout.Kind.ACTION, p.get("minutes.callout.action", where.number()),
                    actionLine(a, where.source())));
        }
    }

    /** "Let Commander McEachern know ... (Minouche Kandel; due July 1, 2017)". */
    private Text actionLine(ActionItem a, Source source) {
        Text task = p.words(a.task(), source.at("task"));
        Text owners = owners(a.owners(), source.at("owners"));
        return a.due() == null ? p.phrase("minutes.action.line", null, task, owners)
                : p.phrase("minutes.action.lineDue", null, task, owners, Text.of(p.date(a.due()), source.at("due")));
    }

    /** "A and B", each name from its place in {@code list}; Clerk's "Unassigned" for none. */
    private Text owners(List<String> owners, Source list) {
        return owners.isEmpty() ? Text.plain(p.get("minutes.unassigned")) : p.listedNames(owners, list);
    }

    /**
     * The next meeting, numbered after the last agenda item as the reference minutes do ("IV. Next Meeting: May 22,
     * 2017"), with its follow-ups numbered 1), 2), ... and, as the last one, the items proposed for its agenda.
     */
    private void next() {
        NextMeeting next = meeting.next();
        if (next == null) {
            return;
        }
        String label = Outline.labelAfter(meeting.agenda(), body.defaults());
        Source at = field("next");
        Text heading = next.date() == null ? Text.plain(p.get("minutes.next.heading"))
                : p.phrase("minutes.next.headingDated", null, Text.of(p.unbreakableDate(next.date()), at.at("date")));
        blocks.add(Heading.item(0, label, heading, "next-meeting"));
        if (next.time() != null || next.location() != null) {
            List<Text> parts = new ArrayList<>();
            if (next.date() != null) {
                parts.add(Text.of(p.m.dateWithWeekday(next.date()), at.at("date")));
            }
            if (next.time() != null) {
                parts.add(Text.of(p.m.time(next.time()), at.at("time")));
            }
            if (next.location() != null) {
                parts.add(location(next.location(), at.at("location"), ", "));
            }
            blocks.add(Paragraph.body(p.join(parts, ", ", null)));
        }
        List<ItemList.Entry> entries = new ArrayList<>();
        List<FollowUp> followUps = next.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            entries.add(new ItemList.Entry(p.get("minutes.next.followUp", i + 1), List.of(
                    Paragraph.body(p.linked(followUps.get(i).text(), at.at("followUps[" + i + "].text"))))));
        }
        if (!next.proposedItems().isEmpty()) {
            List<ItemList.Entry> proposed = new ArrayList<>();
            for (int i = 0; i < next.proposedItems().size(); i++) {
                proposed.add(new ItemList.Entry("•", List.of(Paragraph.body(
                        p.words(next.proposedItems().get(i), at.at("proposedItems[" + i + "]"))))));
            }
            entries.add(new ItemList.Entry(p.get("minutes.next.followUp", followUps.size() + 1), List.of(
                    Paragraph.body(Text.plain(p.get("minutes.next.proposedItems"))),
                    new ItemList(ItemList.Kind.BULLETED, proposed))));
        }
        if (!entries.isEmpty()) {
            blocks.add(new ItemList(ItemList.Kind.NUMBERED, entries));
        }
    }

    /** Reports on earlier action items: the task's own words beside what was reported. */
    private void updates() {
        List<TaskUpdate> updates = meeting.updates();
        if (updates.isEmpty()) {
            return;
        }
        blocks.add(Heading.section(Text.plain(p.get("minutes.updates.heading")), "updates"));
        List<List<Text>> rows = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            TaskUpdate u = updates.get(i);
            Source at = field("updates[" + i + "]");
            TaskEntry task = ledger.reviewedAt(meeting, List.of(u.task())).stream().findFirst().orElse(null);
            Text what = task == null ? Text.plain(p.get("minutes.updates.unknownTask")) : taskText(task);
            Text status = Text.of(p.status(u.status()), at.at("status"));
            if (u.date() != null) {
                status = p.phrase("minutes.updates.statusOn", null, status, Text.of(p.date(u.date()), at.at("date")));
            }
            List<Text> notes = new ArrayList<>();
            if (!u.owners().isEmpty()) {
                notes.add(p.phrase("minutes.updates.owners", null, p.listedNames(u.owners(), at.at("owners"))));
            }
            if (u.due() != null) {
                notes.add(p.phrase("minutes.updates.due", null, Text.of(p.date(u.due()), at.at("due"))));
            }
            Text.Builder note = Text.builder();
            if (!notes.isEmpty()) {
                note.add(p.join(notes, " ", null));
            }
            if (u.note() != null) {
                if (!note.isEmpty()) {
                    note.plain(" ");
                }
                note.add(p.words(Phrases.sentence(u.note()), at.at("note")));
            }
            rows.add(List.of(Text.of(u.task(), at.at("task")), what, status, note.build()));
        }
        blocks.add(new Table(List.of(
                new Table.Column(Text.plain(p.get("minutes.updates.column.task")), 1.35f, true),
                new Table.Column(Text.plain(p.get("minutes.updates.column.action")), 3.2f, false),
                new Table.Column(Text.plain(p.get("minutes.updates.column.status")), 1.4f, false),
                new Table.Column(Text.plain(p.get("minutes.updates.column.note")), 2.6f, false)),
                rows, p.get("minutes.updates.summary")));
    }

    /** A task's own words, from the meeting that assigned it. */
    private Text taskText(TaskEntry task) {
        return p.words(task.task(), task.origin().field() == null ? null
                : Source.meeting(task.origin().meeting(), task.origin().special(), task.origin().field() + ".task"));
    }

    private void actionTable() {
        List<ActionItem> actions = meeting.actionItems();
        if (actions.isEmpty()) {
            return;
        }
        blocks.add(Heading.section(Text.plain(p.get("minutes.actions.heading")), "action-items"));
        boolean ids = actions.stream().anyMatch(a -> a.id() != null);
        List<List<Text>> rows = new ArrayList<>();
        for (ActionItem a : actions) {
            Placed where = placed.get(a);
            Source s = where.source();
            List<Text> row = new ArrayList<>(List.of(
                    Text.plain(Integer.toString(where.number())),
                    p.words(a.task(), s.at("task")),
                    owners(a.owners(), s.at("owners")),
                    a.due() == null ? Text.plain(p.get("format.emptyCell")) : Text.of(p.date(a.due()), s.at("due")),
                    Text.builder().link(where.label(), new Link.Anchor(where.anchor()), null).build()));
            if (ids) {
                row.add(a.id() == null ? Text.plain(p.get("format.emptyCell")) : Text.of(a.id(), s.at("id")));
            }
            rows.add(row);
        }
        List<Table.Column> columns = new ArrayList<>(List.of(
                new Table.Column(Text.plain(p.get("minutes.actions.column.number")), 0.5f, true),
                new Table.Column(Text.plain(p.get("minutes.actions.column.action")), 4.2f, false),
                new Table.Column(Text.plain(p.get("minutes.actions.column.owner")), 1.8f, false),
                new Table.Column(Text.plain(p.get("minutes.actions.column.due")), 1.3f, false),
                new Table.Column(Text.plain(p.get("minutes.actions.column.item")), 0.9f, true)));
        if (ids) {
            columns.add(new Table.Column(Text.plain(p.get("minutes.actions.column.id")), 1.35f, true));
        }
        blocks.add(new Table(columns, rows, p.get("minutes.actions.summary")));
    }

    private Meta meta() {
        List<String> keywords = new ArrayList<>();
        keywords.add(p.get("minutes.keyword"));
        if (body.shortName() != null) {
            keywords.add(body.shortName());
        }
        keywords.add(meeting.date().toString());
        keywords.add(p.get(meeting.isApproved() ? "minutes.keyword.approved" : "minutes.keyword.draft"));
        return new Meta(Meta.Kind.MINUTES,
                p.get("minutes.documentTitle", body.name(), what(), p.date(meeting.date())),
                p.get("minutes.subject", p.get("minutes.kind." + meeting.kind().key()), p.date(meeting.date())),
                body.department() != null ? body.department() : body.name(), keywords, body.language(),
                meeting.date(), meeting.isApproved() ? meeting.approvedOn() : meeting.date(), !meeting.isApproved());
    }

    private Furniture furniture() {
        Text right = p.phrase("minutes.headerRight", null, headerWhat(),
                Text.of(p.date(meeting.date()), field("date")));
        return new Furniture(Text.of(body.name(), Source.committee("name")), right,
                meeting.isApproved() ? status() : Text.plain(p.get("page.draftFooter")), p.get("page.numbers"),
                meeting.isApproved() ? null : p.get("page.draft"));
    }
}
